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

import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.FrameworkStatus;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.PriorityItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#isNational <em>National</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getInForceFrom <em>In Force From</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getInForceTo <em>In Force To</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.impl.FrameworkImpl#getSupersededBy <em>Superseded By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameworkImpl extends AlignmentTargetImpl implements Framework
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FrameworkKind KIND_EDEFAULT = FrameworkKind.PSA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FrameworkKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #isNational() <em>National</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNational()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NATIONAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNational() <em>National</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNational()
	 * @generated
	 * @ordered
	 */
	protected boolean national = NATIONAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityItem> items;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FrameworkStatus STATUS_EDEFAULT = FrameworkStatus.IN_FORCE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FrameworkStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersededBy() <em>Superseded By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersededBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Framework> supersededBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkImpl()
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
		return PlantracePackage.Literals.FRAMEWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FrameworkKind newKind)
	{
		FrameworkKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod()
	{
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod)
	{
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher()
	{
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher)
	{
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNational()
	{
		return national;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNational(boolean newNational)
	{
		boolean oldNational = national;
		national = newNational;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__NATIONAL, oldNational, national));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityItem> getItems()
	{
		if (items == null)
		{
			items = new EObjectContainmentEList<PriorityItem>(PriorityItem.class, this, PlantracePackage.FRAMEWORK__ITEMS);
		}
		return items;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__IN_FORCE_FROM, oldInForceFrom, inForceFrom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__IN_FORCE_TO, oldInForceTo, inForceTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FrameworkStatus newStatus)
	{
		FrameworkStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.FRAMEWORK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Framework> getSupersededBy()
	{
		if (supersededBy == null)
		{
			supersededBy = new EObjectResolvingEList<Framework>(Framework.class, this, PlantracePackage.FRAMEWORK__SUPERSEDED_BY);
		}
		return supersededBy;
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
			case PlantracePackage.FRAMEWORK__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
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
			case PlantracePackage.FRAMEWORK__KIND:
				return getKind();
			case PlantracePackage.FRAMEWORK__PERIOD:
				return getPeriod();
			case PlantracePackage.FRAMEWORK__PUBLISHER:
				return getPublisher();
			case PlantracePackage.FRAMEWORK__NATIONAL:
				return isNational();
			case PlantracePackage.FRAMEWORK__ITEMS:
				return getItems();
			case PlantracePackage.FRAMEWORK__IN_FORCE_FROM:
				return getInForceFrom();
			case PlantracePackage.FRAMEWORK__IN_FORCE_TO:
				return getInForceTo();
			case PlantracePackage.FRAMEWORK__STATUS:
				return getStatus();
			case PlantracePackage.FRAMEWORK__SUPERSEDED_BY:
				return getSupersededBy();
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
			case PlantracePackage.FRAMEWORK__KIND:
				setKind((FrameworkKind)newValue);
				return;
			case PlantracePackage.FRAMEWORK__PERIOD:
				setPeriod((String)newValue);
				return;
			case PlantracePackage.FRAMEWORK__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case PlantracePackage.FRAMEWORK__NATIONAL:
				setNational((Boolean)newValue);
				return;
			case PlantracePackage.FRAMEWORK__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends PriorityItem>)newValue);
				return;
			case PlantracePackage.FRAMEWORK__IN_FORCE_FROM:
				setInForceFrom((String)newValue);
				return;
			case PlantracePackage.FRAMEWORK__IN_FORCE_TO:
				setInForceTo((String)newValue);
				return;
			case PlantracePackage.FRAMEWORK__STATUS:
				setStatus((FrameworkStatus)newValue);
				return;
			case PlantracePackage.FRAMEWORK__SUPERSEDED_BY:
				getSupersededBy().clear();
				getSupersededBy().addAll((Collection<? extends Framework>)newValue);
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
			case PlantracePackage.FRAMEWORK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__NATIONAL:
				setNational(NATIONAL_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__ITEMS:
				getItems().clear();
				return;
			case PlantracePackage.FRAMEWORK__IN_FORCE_FROM:
				setInForceFrom(IN_FORCE_FROM_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__IN_FORCE_TO:
				setInForceTo(IN_FORCE_TO_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlantracePackage.FRAMEWORK__SUPERSEDED_BY:
				getSupersededBy().clear();
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
			case PlantracePackage.FRAMEWORK__KIND:
				return kind != KIND_EDEFAULT;
			case PlantracePackage.FRAMEWORK__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case PlantracePackage.FRAMEWORK__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case PlantracePackage.FRAMEWORK__NATIONAL:
				return national != NATIONAL_EDEFAULT;
			case PlantracePackage.FRAMEWORK__ITEMS:
				return items != null && !items.isEmpty();
			case PlantracePackage.FRAMEWORK__IN_FORCE_FROM:
				return IN_FORCE_FROM_EDEFAULT == null ? inForceFrom != null : !IN_FORCE_FROM_EDEFAULT.equals(inForceFrom);
			case PlantracePackage.FRAMEWORK__IN_FORCE_TO:
				return IN_FORCE_TO_EDEFAULT == null ? inForceTo != null : !IN_FORCE_TO_EDEFAULT.equals(inForceTo);
			case PlantracePackage.FRAMEWORK__STATUS:
				return status != STATUS_EDEFAULT;
			case PlantracePackage.FRAMEWORK__SUPERSEDED_BY:
				return supersededBy != null && !supersededBy.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", period: ");
		result.append(period);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", national: ");
		result.append(national);
		result.append(", inForceFrom: ");
		result.append(inForceFrom);
		result.append(", inForceTo: ");
		result.append(inForceTo);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //FrameworkImpl
