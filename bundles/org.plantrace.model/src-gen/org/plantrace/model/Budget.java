/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A budget table as the plan prints it: revenue or capital, of a business group (or of the organisation), with its columns (years and bases) and lines (headings, lines, totals).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Budget#getBusinessGroup <em>Business Group</em>}</li>
 *   <li>{@link org.plantrace.model.Budget#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.Budget#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.plantrace.model.Budget#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.plantrace.model.Budget#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends Named
{
	/**
	 * Returns the value of the '<em><b>Business Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business group whose budget this is; unset for the organisation as a whole or a body outside the business groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Group</em>' reference.
	 * @see #setBusinessGroup(BusinessGroup)
	 * @see org.plantrace.model.PlantracePackage#getBudget_BusinessGroup()
	 * @model
	 * @generated
	 */
	BusinessGroup getBusinessGroup();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Budget#getBusinessGroup <em>Business Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Group</em>' reference.
	 * @see #getBusinessGroup()
	 * @generated
	 */
	void setBusinessGroup(BusinessGroup value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.BudgetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue or capital.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.BudgetKind
	 * @see #setKind(BudgetKind)
	 * @see org.plantrace.model.PlantracePackage#getBudget_Kind()
	 * @model
	 * @generated
	 */
	BudgetKind getKind();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Budget#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.BudgetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BudgetKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the amounts as printed, e.g. £000.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.plantrace.model.PlantracePackage#getBudget_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Budget#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.BudgetColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The columns of amounts, in printed order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getBudget_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetColumn> getColumns();

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lines in printed order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getBudget_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getLines();

} // Budget
