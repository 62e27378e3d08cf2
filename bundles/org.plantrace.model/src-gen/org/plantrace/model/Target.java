/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Target#getYear <em>Year</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getValue <em>Value</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getFigure <em>Figure</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getScope <em>Scope</em>}</li>
 *   <li>{@link org.plantrace.model.Target#getScopeName <em>Scope Name</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends Element
{
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(String)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Year()
	 * @model
	 * @generated
	 */
	String getYear();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target as printed, e.g. '80%' or 'Circa 2% reduction on 2008/09 anticipated outcome'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.TargetDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.plantrace.model.TargetDirection
	 * @see #setDirection(TargetDirection)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Direction()
	 * @model
	 * @generated
	 */
	TargetDirection getDirection();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.plantrace.model.TargetDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TargetDirection value);

	/**
	 * Returns the value of the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target as a number in the measure's unit (78.9 for '78.9%', -4 for a 4% reduction), for status. When empty, the printed value is read when it is a plain figure; otherwise the measure is baselining.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Figure</em>' attribute.
	 * @see #setFigure(Double)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Figure()
	 * @model
	 * @generated
	 */
	Double getFigure();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getFigure <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Figure</em>' attribute.
	 * @see #getFigure()
	 * @generated
	 */
	void setFigure(Double value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.ScopeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose target this is: corporate (the default), a business group, a borough, or a local area agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.plantrace.model.ScopeKind
	 * @see #setScope(ScopeKind)
	 * @see org.plantrace.model.PlantracePackage#getTarget_Scope()
	 * @model
	 * @generated
	 */
	ScopeKind getScope();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.plantrace.model.ScopeKind
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ScopeKind value);

	/**
	 * Returns the value of the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which business group, borough or local area agreement, e.g. 'Lambeth' or 'TP'; empty for corporate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Name</em>' attribute.
	 * @see #setScopeName(String)
	 * @see org.plantrace.model.PlantracePackage#getTarget_ScopeName()
	 * @model
	 * @generated
	 */
	String getScopeName();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Target#getScopeName <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Name</em>' attribute.
	 * @see #getScopeName()
	 * @generated
	 */
	void setScopeName(String value);

} // Target
