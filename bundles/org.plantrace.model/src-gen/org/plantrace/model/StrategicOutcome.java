/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategic Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.StrategicOutcome#getCode <em>Code</em>}</li>
 *   <li>{@link org.plantrace.model.StrategicOutcome#getChildren <em>Children</em>}</li>
 *   <li>{@link org.plantrace.model.StrategicOutcome#getServes <em>Serves</em>}</li>
 *   <li>{@link org.plantrace.model.StrategicOutcome#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getStrategicOutcome()
 * @model
 * @generated
 */
public interface StrategicOutcome extends Named
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Printed code, e.g. 'CONFIDENCE' or 'A'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.plantrace.model.PlantracePackage#getStrategicOutcome_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.plantrace.model.StrategicOutcome#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.StrategicOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-outcomes (e.g. strategic driver -> corporate priority).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getStrategicOutcome_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicOutcome> getChildren();

	/**
	 * Returns the value of the '<em><b>Serves</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.StrategicOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other outcomes this one also serves besides the one that contains it: a corporate priority listed under several strategic drivers is held once, under the first, and serves the others.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Serves</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getStrategicOutcome_Serves()
	 * @model
	 * @generated
	 */
	EList<StrategicOutcome> getServes();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.CorporateObjective}.
	 * It is bidirectional and its opposite is '{@link org.plantrace.model.CorporateObjective#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objectives that deliver this outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getStrategicOutcome_Objectives()
	 * @see org.plantrace.model.CorporateObjective#getOutcomes
	 * @model opposite="outcomes"
	 * @generated
	 */
	EList<CorporateObjective> getObjectives();

} // StrategicOutcome
