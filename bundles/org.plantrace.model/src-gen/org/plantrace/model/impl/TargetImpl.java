/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plantrace.model.PlantracePackage;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.Target;
import org.plantrace.model.TargetDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getFigure <em>Figure</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.plantrace.model.impl.TargetImpl#getScopeName <em>Scope Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetImpl extends ElementImpl implements Target
{
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final String YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected String year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final TargetDirection DIRECTION_EDEFAULT = TargetDirection.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected TargetDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected static final Double FIGURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected Double figure = FIGURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final ScopeKind SCOPE_EDEFAULT = ScopeKind.CORPORATE;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected ScopeKind scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected String scopeName = SCOPE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlantracePackage.Literals.TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(String newYear)
	{
		String oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue)
	{
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline)
	{
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(TargetDirection newDirection)
	{
		TargetDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getFigure()
	{
		return figure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFigure(Double newFigure)
	{
		Double oldFigure = figure;
		figure = newFigure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__FIGURE, oldFigure, figure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeKind getScope()
	{
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(ScopeKind newScope)
	{
		ScopeKind oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeName()
	{
		return scopeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeName(String newScopeName)
	{
		String oldScopeName = scopeName;
		scopeName = newScopeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TARGET__SCOPE_NAME, oldScopeName, scopeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlantracePackage.TARGET__YEAR:
				return getYear();
			case PlantracePackage.TARGET__VALUE:
				return getValue();
			case PlantracePackage.TARGET__BASELINE:
				return getBaseline();
			case PlantracePackage.TARGET__DIRECTION:
				return getDirection();
			case PlantracePackage.TARGET__FIGURE:
				return getFigure();
			case PlantracePackage.TARGET__SCOPE:
				return getScope();
			case PlantracePackage.TARGET__SCOPE_NAME:
				return getScopeName();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlantracePackage.TARGET__YEAR:
				setYear((String)newValue);
				return;
			case PlantracePackage.TARGET__VALUE:
				setValue((String)newValue);
				return;
			case PlantracePackage.TARGET__BASELINE:
				setBaseline((String)newValue);
				return;
			case PlantracePackage.TARGET__DIRECTION:
				setDirection((TargetDirection)newValue);
				return;
			case PlantracePackage.TARGET__FIGURE:
				setFigure((Double)newValue);
				return;
			case PlantracePackage.TARGET__SCOPE:
				setScope((ScopeKind)newValue);
				return;
			case PlantracePackage.TARGET__SCOPE_NAME:
				setScopeName((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlantracePackage.TARGET__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case PlantracePackage.TARGET__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PlantracePackage.TARGET__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case PlantracePackage.TARGET__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case PlantracePackage.TARGET__FIGURE:
				setFigure(FIGURE_EDEFAULT);
				return;
			case PlantracePackage.TARGET__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case PlantracePackage.TARGET__SCOPE_NAME:
				setScopeName(SCOPE_NAME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlantracePackage.TARGET__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case PlantracePackage.TARGET__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case PlantracePackage.TARGET__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case PlantracePackage.TARGET__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case PlantracePackage.TARGET__FIGURE:
				return FIGURE_EDEFAULT == null ? figure != null : !FIGURE_EDEFAULT.equals(figure);
			case PlantracePackage.TARGET__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case PlantracePackage.TARGET__SCOPE_NAME:
				return SCOPE_NAME_EDEFAULT == null ? scopeName != null : !SCOPE_NAME_EDEFAULT.equals(scopeName);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (year: ");
		result.append(year);
		result.append(", value: ");
		result.append(value);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", direction: ");
		result.append(direction);
		result.append(", figure: ");
		result.append(figure);
		result.append(", scope: ");
		result.append(scope);
		result.append(", scopeName: ");
		result.append(scopeName);
		result.append(')');
		return result.toString();
	}

} //TargetImpl
