/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corporate Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.CorporateObjective#getTier <em>Tier</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getLocalRationale <em>Local Rationale</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getNumber <em>Number</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.plantrace.model.CorporateObjective#getLeads <em>Leads</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getCorporateObjective()
 * @model
 * @generated
 */
public interface CorporateObjective extends AlignableElement, AlignmentTarget
{
	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of objective as the plan prints it where a plan has several (e.g. 'Met corporate objective', 'Delivery objective'); empty when the plan has one kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see #setTier(String)
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_Tier()
	 * @model
	 * @generated
	 */
	String getTier();

	/**
	 * Sets the value of the '{@link org.plantrace.model.CorporateObjective#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(String value);

	/**
	 * Returns the value of the '<em><b>Local Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why this objective is deliberately local and traces to no national priority (justified non-alignment). An objective with a rationale and no national link is reported as information, not as an error.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Rationale</em>' attribute.
	 * @see #setLocalRationale(String)
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_LocalRationale()
	 * @model
	 * @generated
	 */
	String getLocalRationale();

	/**
	 * Sets the value of the '{@link org.plantrace.model.CorporateObjective#getLocalRationale <em>Local Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Rationale</em>' attribute.
	 * @see #getLocalRationale()
	 * @generated
	 */
	void setLocalRationale(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based position among the plan's objectives; derived, never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_Number()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return eContainer() instanceof org.plantrace.model.Plan plan ? plan.getObjectives().indexOf(this) + 1 : 0;'"
	 * @generated
	 */
	int getNumber();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.StrategicOutcome}.
	 * It is bidirectional and its opposite is '{@link org.plantrace.model.StrategicOutcome#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_Outcomes()
	 * @see org.plantrace.model.StrategicOutcome#getObjectives
	 * @model opposite="objectives"
	 * @generated
	 */
	EList<StrategicOutcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Key Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.KeyActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Activities</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_KeyActivities()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyActivity> getKeyActivities();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Leads</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.BusinessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business groups leading delivery of the objective.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leads</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getCorporateObjective_Leads()
	 * @model
	 * @generated
	 */
	EList<BusinessGroup> getLeads();

} // CorporateObjective
