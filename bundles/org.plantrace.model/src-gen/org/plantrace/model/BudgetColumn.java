/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column of a budget table: a financial year and what the figures are for that year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.BudgetColumn#getLabel <em>Label</em>}</li>
 *   <li>{@link org.plantrace.model.BudgetColumn#getYear <em>Year</em>}</li>
 *   <li>{@link org.plantrace.model.BudgetColumn#getBasis <em>Basis</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getBudgetColumn()
 * @model
 * @generated
 */
public interface BudgetColumn extends Element
{
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading as printed, e.g. Revised Budget 2008/09.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.plantrace.model.PlantracePackage#getBudgetColumn_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.plantrace.model.BudgetColumn#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The financial year, e.g. 2008/09.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(String)
	 * @see org.plantrace.model.PlantracePackage#getBudgetColumn_Year()
	 * @model
	 * @generated
	 */
	String getYear();

	/**
	 * Sets the value of the '{@link org.plantrace.model.BudgetColumn#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the figures are: outturn, original budget, revised budget, forecast, budget.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis</em>' attribute.
	 * @see #setBasis(String)
	 * @see org.plantrace.model.PlantracePackage#getBudgetColumn_Basis()
	 * @model
	 * @generated
	 */
	String getBasis();

	/**
	 * Sets the value of the '{@link org.plantrace.model.BudgetColumn#getBasis <em>Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Basis</em>' attribute.
	 * @see #getBasis()
	 * @generated
	 */
	void setBasis(String value);

} // BudgetColumn
