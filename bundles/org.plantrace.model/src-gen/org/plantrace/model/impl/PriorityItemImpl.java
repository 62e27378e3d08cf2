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
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Succession;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Priority Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#getCorrespondsTo <em>Corresponds To</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#isGroup <em>Group</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#getInForceFrom <em>In Force From</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#getInForceTo <em>In Force To</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PriorityItemImpl#getSuccessions <em>Successions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriorityItemImpl extends AlignmentTargetImpl implements PriorityItem
{
	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityItem> children;

	/**
	 * The cached value of the '{@link #getCorrespondsTo() <em>Corresponds To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrespondsTo()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityItem> correspondsTo;

	/**
	 * The default value of the '{@link #isGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getInForceFrom() <em>In Force From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInForceFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String IN_FORCE_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInForceFrom() <em>In Force From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInForceFrom()
	 * @generated
	 * @ordered
	 */
	protected String inForceFrom = IN_FORCE_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getInForceTo() <em>In Force To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInForceTo()
	 * @generated
	 * @ordered
	 */
	protected static final String IN_FORCE_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInForceTo() <em>In Force To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInForceTo()
	 * @generated
	 * @ordered
	 */
	protected String inForceTo = IN_FORCE_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuccessions() <em>Successions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessions()
	 * @generated
	 * @ordered
	 */
	protected EList<Succession> successions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriorityItemImpl()
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
		return PlantracePackage.Literals.PRIORITY_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityItem> getChildren()
	{
		if (children == null)
		{
			children = new EObjectContainmentEList<PriorityItem>(PriorityItem.class, this, PlantracePackage.PRIORITY_ITEM__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityItem> getCorrespondsTo()
	{
		if (correspondsTo == null)
		{
			correspondsTo = new EObjectResolvingEList<PriorityItem>(PriorityItem.class, this, PlantracePackage.PRIORITY_ITEM__CORRESPONDS_TO);
		}
		return correspondsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGroup()
	{
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(boolean newGroup)
	{
		boolean oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PRIORITY_ITEM__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInForceFrom()
	{
		return inForceFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInForceFrom(String newInForceFrom)
	{
		String oldInForceFrom = inForceFrom;
		inForceFrom = newInForceFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PRIORITY_ITEM__IN_FORCE_FROM, oldInForceFrom, inForceFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInForceTo()
	{
		return inForceTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInForceTo(String newInForceTo)
	{
		String oldInForceTo = inForceTo;
		inForceTo = newInForceTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PRIORITY_ITEM__IN_FORCE_TO, oldInForceTo, inForceTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Succession> getSuccessions()
	{
		if (successions == null)
		{
			successions = new EObjectContainmentEList<Succession>(Succession.class, this, PlantracePackage.PRIORITY_ITEM__SUCCESSIONS);
		}
		return successions;
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
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PRIORITY_ITEM__SUCCESSIONS:
				return ((InternalEList<?>)getSuccessions()).basicRemove(otherEnd, msgs);
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
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				return getChildren();
			case PlantracePackage.PRIORITY_ITEM__CORRESPONDS_TO:
				return getCorrespondsTo();
			case PlantracePackage.PRIORITY_ITEM__GROUP:
				return isGroup();
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_FROM:
				return getInForceFrom();
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_TO:
				return getInForceTo();
			case PlantracePackage.PRIORITY_ITEM__SUCCESSIONS:
				return getSuccessions();
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
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends PriorityItem>)newValue);
				return;
			case PlantracePackage.PRIORITY_ITEM__CORRESPONDS_TO:
				getCorrespondsTo().clear();
				getCorrespondsTo().addAll((Collection<? extends PriorityItem>)newValue);
				return;
			case PlantracePackage.PRIORITY_ITEM__GROUP:
				setGroup((Boolean)newValue);
				return;
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_FROM:
				setInForceFrom((String)newValue);
				return;
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_TO:
				setInForceTo((String)newValue);
				return;
			case PlantracePackage.PRIORITY_ITEM__SUCCESSIONS:
				getSuccessions().clear();
				getSuccessions().addAll((Collection<? extends Succession>)newValue);
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
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				getChildren().clear();
				return;
			case PlantracePackage.PRIORITY_ITEM__CORRESPONDS_TO:
				getCorrespondsTo().clear();
				return;
			case PlantracePackage.PRIORITY_ITEM__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_FROM:
				setInForceFrom(IN_FORCE_FROM_EDEFAULT);
				return;
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_TO:
				setInForceTo(IN_FORCE_TO_EDEFAULT);
				return;
			case PlantracePackage.PRIORITY_ITEM__SUCCESSIONS:
				getSuccessions().clear();
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
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				return children != null && !children.isEmpty();
			case PlantracePackage.PRIORITY_ITEM__CORRESPONDS_TO:
				return correspondsTo != null && !correspondsTo.isEmpty();
			case PlantracePackage.PRIORITY_ITEM__GROUP:
				return group != GROUP_EDEFAULT;
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_FROM:
				return IN_FORCE_FROM_EDEFAULT == null ? inForceFrom != null : !IN_FORCE_FROM_EDEFAULT.equals(inForceFrom);
			case PlantracePackage.PRIORITY_ITEM__IN_FORCE_TO:
				return IN_FORCE_TO_EDEFAULT == null ? inForceTo != null : !IN_FORCE_TO_EDEFAULT.equals(inForceTo);
			case PlantracePackage.PRIORITY_ITEM__SUCCESSIONS:
				return successions != null && !successions.isEmpty();
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
		result.append(" (group: ");
		result.append(group);
		result.append(", inForceFrom: ");
		result.append(inForceFrom);
		result.append(", inForceTo: ");
		result.append(inForceTo);
		result.append(')');
		return result.toString();
	}

} //PriorityItemImpl
