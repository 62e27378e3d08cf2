/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Succession</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A typed link from a priority item to what replaces it in a later framework.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Succession#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.Succession#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link org.plantrace.model.Succession#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getSuccession()
 * @model
 * @generated
 */
public interface Succession extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.SuccessionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the successor relates to the item: the same priority, broadened, narrowed, measured on a changed basis, merged with others, split into several, or withdrawn with no successor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.SuccessionKind
	 * @see #setKind(SuccessionKind)
	 * @see org.plantrace.model.PlantracePackage#getSuccession_Kind()
	 * @model
	 * @generated
	 */
	SuccessionKind getKind();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Succession#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.SuccessionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SuccessionKind value);

	/**
	 * Returns the value of the '<em><b>Successors</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.PriorityItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items that replace this one (none when withdrawn; several when split).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successors</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getSuccession_Successors()
	 * @model
	 * @generated
	 */
	EList<PriorityItem> getSuccessors();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the succession is documented, or why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.plantrace.model.PlantracePackage#getSuccession_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Succession#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Succession
