/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A traced link from an objective, key activity or measure to a national priority item, or to a whole framework (meaning all of its items).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Alignment#getSource <em>Source</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getTarget <em>Target</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getPublishedKeyActivities <em>Published Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getLeadAgents <em>Lead Agents</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getPublishedIn <em>Published In</em>}</li>
 *   <li>{@link org.plantrace.model.Alignment#getReviewedAgainst <em>Reviewed Against</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getAlignment()
 * @model
 * @generated
 */
public interface Alignment extends Element
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.plantrace.model.AlignableElement#getAlignments <em>Alignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' container reference.
	 * @see org.plantrace.model.PlantracePackage#getAlignment_Source()
	 * @see org.plantrace.model.AlignableElement#getAlignments
	 * @model opposite="alignments" changeable="false"
	 * @generated
	 */
	AlignableElement getSource();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(AlignmentTarget)
	 * @see org.plantrace.model.PlantracePackage#getAlignment_Target()
	 * @model required="true"
	 * @generated
	 */
	AlignmentTarget getTarget();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Alignment#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(AlignmentTarget value);

	/**
	 * Returns the value of the '<em><b>Key Activities</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.KeyActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key activities of the source objective through which it delivers the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Activities</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getAlignment_KeyActivities()
	 * @model
	 * @generated
	 */
	EList<KeyActivity> getKeyActivities();

	/**
	 * Returns the value of the '<em><b>Published Key Activities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key-activity numbers as cited in the published document (e.g. 'KA1 - 3, KA6'); validation checks they exist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published Key Activities</em>' attribute.
	 * @see #setPublishedKeyActivities(String)
	 * @see org.plantrace.model.PlantracePackage#getAlignment_PublishedKeyActivities()
	 * @model
	 * @generated
	 */
	String getPublishedKeyActivities();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Alignment#getPublishedKeyActivities <em>Published Key Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published Key Activities</em>' attribute.
	 * @see #getPublishedKeyActivities()
	 * @generated
	 */
	void setPublishedKeyActivities(String value);

	/**
	 * Returns the value of the '<em><b>Lead Agents</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.BusinessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Agents</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getAlignment_LeadAgents()
	 * @model
	 * @generated
	 */
	EList<BusinessGroup> getLeadAgents();

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business group activity statements delivering this alignment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' attribute list.
	 * @see org.plantrace.model.PlantracePackage#getAlignment_Activities()
	 * @model
	 * @generated
	 */
	EList<String> getActivities();

	/**
	 * Returns the value of the '<em><b>Published In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The published table this link was taken from, e.g. 'Appendix E'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published In</em>' attribute.
	 * @see #setPublishedIn(String)
	 * @see org.plantrace.model.PlantracePackage#getAlignment_PublishedIn()
	 * @model
	 * @generated
	 */
	String getPublishedIn();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Alignment#getPublishedIn <em>Published In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published In</em>' attribute.
	 * @see #getPublishedIn()
	 * @generated
	 */
	void setPublishedIn(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed Against</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fingerprint of the target (its code, title and description) when the link was made or last reviewed. When the target's wording or definition changes in its framework file, the fingerprints differ and the link is suspect until someone reviews it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed Against</em>' attribute.
	 * @see #setReviewedAgainst(String)
	 * @see org.plantrace.model.PlantracePackage#getAlignment_ReviewedAgainst()
	 * @model
	 * @generated
	 */
	String getReviewedAgainst();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Alignment#getReviewedAgainst <em>Reviewed Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed Against</em>' attribute.
	 * @see #getReviewedAgainst()
	 * @generated
	 */
	void setReviewedAgainst(String value);

} // Alignment
