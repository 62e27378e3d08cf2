/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tolerance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How far a result may fall short of its target and still be amber rather than red, and how small a change counts as stable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Tolerance#getAmberWithin <em>Amber Within</em>}</li>
 *   <li>{@link org.plantrace.model.Tolerance#isRelative <em>Relative</em>}</li>
 *   <li>{@link org.plantrace.model.Tolerance#getStableWithin <em>Stable Within</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getTolerance()
 * @model
 * @generated
 */
public interface Tolerance extends EObject
{
	/**
	 * Returns the value of the '<em><b>Amber Within</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A result short of the target by at most this much is amber; further short is red. In the measure's unit, or percent of the target when relative. Empty: 5 percent of the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amber Within</em>' attribute.
	 * @see #setAmberWithin(Double)
	 * @see org.plantrace.model.PlantracePackage#getTolerance_AmberWithin()
	 * @model
	 * @generated
	 */
	Double getAmberWithin();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Tolerance#getAmberWithin <em>Amber Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amber Within</em>' attribute.
	 * @see #getAmberWithin()
	 * @generated
	 */
	void setAmberWithin(Double value);

	/**
	 * Returns the value of the '<em><b>Relative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether amberWithin and stableWithin are percentages of the target (or of the earlier figure) rather than amounts in the measure's unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relative</em>' attribute.
	 * @see #setRelative(boolean)
	 * @see org.plantrace.model.PlantracePackage#getTolerance_Relative()
	 * @model
	 * @generated
	 */
	boolean isRelative();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Tolerance#isRelative <em>Relative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relative</em>' attribute.
	 * @see #isRelative()
	 * @generated
	 */
	void setRelative(boolean value);

	/**
	 * Returns the value of the '<em><b>Stable Within</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A change from the earlier figure of at most this much is 'stable' rather than +ve or -ve. Empty: 1 percent of the earlier figure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stable Within</em>' attribute.
	 * @see #setStableWithin(Double)
	 * @see org.plantrace.model.PlantracePackage#getTolerance_StableWithin()
	 * @model
	 * @generated
	 */
	Double getStableWithin();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Tolerance#getStableWithin <em>Stable Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stable Within</em>' attribute.
	 * @see #getStableWithin()
	 * @generated
	 */
	void setStableWithin(Double value);

} // Tolerance
