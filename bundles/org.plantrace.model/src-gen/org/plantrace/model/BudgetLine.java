/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line of a budget table: its label, whether it is a heading, a line or a total, and one amount per column as printed (empty where the plan prints none).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.BudgetLine#getLabel <em>Label</em>}</li>
 *   <li>{@link org.plantrace.model.BudgetLine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.BudgetLine#getAmounts <em>Amounts</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getBudgetLine()
 * @model
 * @generated
 */
public interface BudgetLine extends Element
{
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line as printed, e.g. Police Staff Pay, TOTAL PAY & OVERTIME.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.plantrace.model.PlantracePackage#getBudgetLine_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.plantrace.model.BudgetLine#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.BudgetLineKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Heading, line or total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.BudgetLineKind
	 * @see #setKind(BudgetLineKind)
	 * @see org.plantrace.model.PlantracePackage#getBudgetLine_Kind()
	 * @model
	 * @generated
	 */
	BudgetLineKind getKind();

	/**
	 * Sets the value of the '{@link org.plantrace.model.BudgetLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.BudgetLineKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BudgetLineKind value);

	/**
	 * Returns the value of the '<em><b>Amounts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One amount per column of the budget, as printed (e.g. 6,296 or -134); empty where none is printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amounts</em>' attribute list.
	 * @see org.plantrace.model.PlantracePackage#getBudgetLine_Amounts()
	 * @model
	 * @generated
	 */
	EList<String> getAmounts();

} // BudgetLine
