/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Tolerance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tolerance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.ToleranceImpl#getAmberWithin <em>Amber Within</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ToleranceImpl#isRelative <em>Relative</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ToleranceImpl#getStableWithin <em>Stable Within</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ToleranceImpl extends MinimalEObjectImpl.Container implements Tolerance
{
	/**
	 * The default value of the '{@link #getAmberWithin() <em>Amber Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberWithin()
	 * @generated
	 * @ordered
	 */
	protected static final Double AMBER_WITHIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmberWithin() <em>Amber Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberWithin()
	 * @generated
	 * @ordered
	 */
	protected Double amberWithin = AMBER_WITHIN_EDEFAULT;

	/**
	 * The default value of the '{@link #isRelative() <em>Relative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelative()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RELATIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRelative() <em>Relative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRelative()
	 * @generated
	 * @ordered
	 */
	protected boolean relative = RELATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStableWithin() <em>Stable Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableWithin()
	 * @generated
	 * @ordered
	 */
	protected static final Double STABLE_WITHIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStableWithin() <em>Stable Within</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStableWithin()
	 * @generated
	 * @ordered
	 */
	protected Double stableWithin = STABLE_WITHIN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ToleranceImpl()
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
		return PlantracePackage.Literals.TOLERANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAmberWithin()
	{
		return amberWithin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmberWithin(Double newAmberWithin)
	{
		Double oldAmberWithin = amberWithin;
		amberWithin = newAmberWithin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TOLERANCE__AMBER_WITHIN, oldAmberWithin, amberWithin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRelative()
	{
		return relative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelative(boolean newRelative)
	{
		boolean oldRelative = relative;
		relative = newRelative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TOLERANCE__RELATIVE, oldRelative, relative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getStableWithin()
	{
		return stableWithin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStableWithin(Double newStableWithin)
	{
		Double oldStableWithin = stableWithin;
		stableWithin = newStableWithin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.TOLERANCE__STABLE_WITHIN, oldStableWithin, stableWithin));
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
			case PlantracePackage.TOLERANCE__AMBER_WITHIN:
				return getAmberWithin();
			case PlantracePackage.TOLERANCE__RELATIVE:
				return isRelative();
			case PlantracePackage.TOLERANCE__STABLE_WITHIN:
				return getStableWithin();
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
			case PlantracePackage.TOLERANCE__AMBER_WITHIN:
				setAmberWithin((Double)newValue);
				return;
			case PlantracePackage.TOLERANCE__RELATIVE:
				setRelative((Boolean)newValue);
				return;
			case PlantracePackage.TOLERANCE__STABLE_WITHIN:
				setStableWithin((Double)newValue);
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
			case PlantracePackage.TOLERANCE__AMBER_WITHIN:
				setAmberWithin(AMBER_WITHIN_EDEFAULT);
				return;
			case PlantracePackage.TOLERANCE__RELATIVE:
				setRelative(RELATIVE_EDEFAULT);
				return;
			case PlantracePackage.TOLERANCE__STABLE_WITHIN:
				setStableWithin(STABLE_WITHIN_EDEFAULT);
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
			case PlantracePackage.TOLERANCE__AMBER_WITHIN:
				return AMBER_WITHIN_EDEFAULT == null ? amberWithin != null : !AMBER_WITHIN_EDEFAULT.equals(amberWithin);
			case PlantracePackage.TOLERANCE__RELATIVE:
				return relative != RELATIVE_EDEFAULT;
			case PlantracePackage.TOLERANCE__STABLE_WITHIN:
				return STABLE_WITHIN_EDEFAULT == null ? stableWithin != null : !STABLE_WITHIN_EDEFAULT.equals(stableWithin);
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
		result.append(" (amberWithin: ");
		result.append(amberWithin);
		result.append(", relative: ");
		result.append(relative);
		result.append(", stableWithin: ");
		result.append(stableWithin);
		result.append(')');
		return result.toString();
	}

} //ToleranceImpl
