/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.PriorityItem#getChildren <em>Children</em>}</li>
 *   <li>{@link org.plantrace.model.PriorityItem#getCorrespondsTo <em>Corresponds To</em>}</li>
 *   <li>{@link org.plantrace.model.PriorityItem#isGroup <em>Group</em>}</li>
 *   <li>{@link org.plantrace.model.PriorityItem#getInForceFrom <em>In Force From</em>}</li>
 *   <li>{@link org.plantrace.model.PriorityItem#getInForceTo <em>In Force To</em>}</li>
 *   <li>{@link org.plantrace.model.PriorityItem#getSuccessions <em>Successions</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getPriorityItem()
 * @model
 * @generated
 */
public interface PriorityItem extends AlignmentTarget
{
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.PriorityItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-items: priority actions of a PSA, priorities under a Mayor's theme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<PriorityItem> getChildren();

	/**
	 * Returns the value of the '<em><b>Corresponds To</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.PriorityItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Equivalent items in other frameworks, e.g. the APACS SPI a National Indicator maps to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Corresponds To</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_CorrespondsTo()
	 * @model
	 * @generated
	 */
	EList<PriorityItem> getCorrespondsTo();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for a heading that only groups children (e.g. a Mayor's theme); aligning to it is not expected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(boolean)
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_Group()
	 * @model
	 * @generated
	 */
	boolean isGroup();

	/**
	 * Sets the value of the '{@link org.plantrace.model.PriorityItem#isGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #isGroup()
	 * @generated
	 */
	void setGroup(boolean value);

	/**
	 * Returns the value of the '<em><b>In Force From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day this item is in force, when it differs from its framework (ISO date).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Force From</em>' attribute.
	 * @see #setInForceFrom(String)
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_InForceFrom()
	 * @model
	 * @generated
	 */
	String getInForceFrom();

	/**
	 * Sets the value of the '{@link org.plantrace.model.PriorityItem#getInForceFrom <em>In Force From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Force From</em>' attribute.
	 * @see #getInForceFrom()
	 * @generated
	 */
	void setInForceFrom(String value);

	/**
	 * Returns the value of the '<em><b>In Force To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day this item is in force, when it ends before its framework (ISO date), e.g. a target removed mid-period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Force To</em>' attribute.
	 * @see #setInForceTo(String)
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_InForceTo()
	 * @model
	 * @generated
	 */
	String getInForceTo();

	/**
	 * Sets the value of the '{@link org.plantrace.model.PriorityItem#getInForceTo <em>In Force To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Force To</em>' attribute.
	 * @see #getInForceTo()
	 * @generated
	 */
	void setInForceTo(String value);

	/**
	 * Returns the value of the '<em><b>Successions</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Succession}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What replaces this item once it is withdrawn or its framework is superseded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Successions</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPriorityItem_Successions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Succession> getSuccessions();

} // PriorityItem
