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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlantracePackage.PRIORITY_ITEM__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
		result.append(')');
		return result.toString();
	}

} //PriorityItemImpl
