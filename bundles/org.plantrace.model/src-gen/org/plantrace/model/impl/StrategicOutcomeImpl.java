/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.CorporateObjective;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.StrategicOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategic Outcome</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.StrategicOutcomeImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.plantrace.model.impl.StrategicOutcomeImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.plantrace.model.impl.StrategicOutcomeImpl#getServes <em>Serves</em>}</li>
 *   <li>{@link org.plantrace.model.impl.StrategicOutcomeImpl#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategicOutcomeImpl extends NamedImpl implements StrategicOutcome
{
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicOutcome> children;

	/**
	 * The cached value of the '{@link #getServes() <em>Serves</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServes()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicOutcome> serves;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<CorporateObjective> objectives;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategicOutcomeImpl()
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
		return PlantracePackage.Literals.STRATEGIC_OUTCOME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.STRATEGIC_OUTCOME__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicOutcome> getChildren()
	{
		if (children == null)
		{
			children = new EObjectContainmentEList<StrategicOutcome>(StrategicOutcome.class, this, PlantracePackage.STRATEGIC_OUTCOME__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicOutcome> getServes()
	{
		if (serves == null)
		{
			serves = new EObjectResolvingEList<StrategicOutcome>(StrategicOutcome.class, this, PlantracePackage.STRATEGIC_OUTCOME__SERVES);
		}
		return serves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CorporateObjective> getObjectives()
	{
		if (objectives == null)
		{
			objectives = new EObjectWithInverseResolvingEList.ManyInverse<CorporateObjective>(CorporateObjective.class, this, PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES, PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getObjectives()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlantracePackage.STRATEGIC_OUTCOME__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case PlantracePackage.STRATEGIC_OUTCOME__CODE:
				return getCode();
			case PlantracePackage.STRATEGIC_OUTCOME__CHILDREN:
				return getChildren();
			case PlantracePackage.STRATEGIC_OUTCOME__SERVES:
				return getServes();
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				return getObjectives();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlantracePackage.STRATEGIC_OUTCOME__CODE:
				setCode((String)newValue);
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends StrategicOutcome>)newValue);
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__SERVES:
				getServes().clear();
				getServes().addAll((Collection<? extends StrategicOutcome>)newValue);
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends CorporateObjective>)newValue);
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
			case PlantracePackage.STRATEGIC_OUTCOME__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__CHILDREN:
				getChildren().clear();
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__SERVES:
				getServes().clear();
				return;
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				getObjectives().clear();
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
			case PlantracePackage.STRATEGIC_OUTCOME__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlantracePackage.STRATEGIC_OUTCOME__CHILDREN:
				return children != null && !children.isEmpty();
			case PlantracePackage.STRATEGIC_OUTCOME__SERVES:
				return serves != null && !serves.isEmpty();
			case PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(')');
		return result.toString();
	}

} //StrategicOutcomeImpl
