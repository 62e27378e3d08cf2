/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A national (or local) priority framework, kept in its own file and reused by plans.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Framework#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#isNational <em>National</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getItems <em>Items</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getInForceFrom <em>In Force From</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getInForceTo <em>In Force To</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.Framework#getSupersededBy <em>Superseded By</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getFramework()
 * @model
 * @generated
 */
public interface Framework extends AlignmentTarget
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.FrameworkKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.FrameworkKind
	 * @see #setKind(FrameworkKind)
	 * @see org.plantrace.model.PlantracePackage#getFramework_Kind()
	 * @model
	 * @generated
	 */
	FrameworkKind getKind();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.FrameworkKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FrameworkKind value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.plantrace.model.PlantracePackage#getFramework_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.plantrace.model.PlantracePackage#getFramework_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>National</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this framework counts as a national priority for the traceability rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>National</em>' attribute.
	 * @see #setNational(boolean)
	 * @see org.plantrace.model.PlantracePackage#getFramework_National()
	 * @model default="true"
	 * @generated
	 */
	boolean isNational();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#isNational <em>National</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National</em>' attribute.
	 * @see #isNational()
	 * @generated
	 */
	void setNational(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.PriorityItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getFramework_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<PriorityItem> getItems();

	/**
	 * Returns the value of the '<em><b>In Force From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day the framework is in force, as an ISO date (2008-04-01); empty when not known (then it counts as in force from any date).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Force From</em>' attribute.
	 * @see #setInForceFrom(String)
	 * @see org.plantrace.model.PlantracePackage#getFramework_InForceFrom()
	 * @model
	 * @generated
	 */
	String getInForceFrom();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getInForceFrom <em>In Force From</em>}' attribute.
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
	 * Last day the framework is in force, as an ISO date (2011-03-31); empty while it is in force.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Force To</em>' attribute.
	 * @see #setInForceTo(String)
	 * @see org.plantrace.model.PlantracePackage#getFramework_InForceTo()
	 * @model
	 * @generated
	 */
	String getInForceTo();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getInForceTo <em>In Force To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Force To</em>' attribute.
	 * @see #getInForceTo()
	 * @generated
	 */
	void setInForceTo(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.FrameworkStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the framework is in force, withdrawn without replacement, or superseded by another framework (named in supersededBy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.FrameworkStatus
	 * @see #setStatus(FrameworkStatus)
	 * @see org.plantrace.model.PlantracePackage#getFramework_Status()
	 * @model
	 * @generated
	 */
	FrameworkStatus getStatus();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Framework#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.FrameworkStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FrameworkStatus value);

	/**
	 * Returns the value of the '<em><b>Superseded By</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.Framework}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The frameworks that replace this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Superseded By</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getFramework_SupersededBy()
	 * @model
	 * @generated
	 */
	EList<Framework> getSupersededBy();

} // Framework
