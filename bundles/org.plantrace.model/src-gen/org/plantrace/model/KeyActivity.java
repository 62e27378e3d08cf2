/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.KeyActivity#getNumber <em>Number</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getKeyActivity()
 * @model
 * @generated
 */
public interface KeyActivity extends AlignableElement
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based position within its objective (KA1, KA2, ...); derived, so reordering renumbers while the id stays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see org.plantrace.model.PlantracePackage#getKeyActivity_Number()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel get='return eContainer() instanceof org.plantrace.model.CorporateObjective objective ? objective.getKeyActivities().indexOf(this) + 1 : 0;'"
	 * @generated
	 */
	int getNumber();

} // KeyActivity
