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
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.Budget;
import org.plantrace.model.BudgetColumn;
import org.plantrace.model.BudgetKind;
import org.plantrace.model.BudgetLine;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.PlantracePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.BudgetImpl#getBusinessGroup <em>Business Group</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetImpl#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends NamedImpl implements Budget
{
	/**
	 * The cached value of the '{@link #getBusinessGroup() <em>Business Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessGroup()
	 * @generated
	 * @ordered
	 */
	protected BusinessGroup businessGroup;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetKind KIND_EDEFAULT = BudgetKind.REVENUE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BudgetKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetColumn> columns;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> lines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl()
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
		return PlantracePackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGroup getBusinessGroup()
	{
		if (businessGroup != null && businessGroup.eIsProxy())
		{
			InternalEObject oldBusinessGroup = (InternalEObject)businessGroup;
			businessGroup = (BusinessGroup)eResolveProxy(oldBusinessGroup);
			if (businessGroup != oldBusinessGroup)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantracePackage.BUDGET__BUSINESS_GROUP, oldBusinessGroup, businessGroup));
			}
		}
		return businessGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessGroup basicGetBusinessGroup()
	{
		return businessGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessGroup(BusinessGroup newBusinessGroup)
	{
		BusinessGroup oldBusinessGroup = businessGroup;
		businessGroup = newBusinessGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.BUDGET__BUSINESS_GROUP, oldBusinessGroup, businessGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BudgetKind newKind)
	{
		BudgetKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.BUDGET__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit)
	{
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.BUDGET__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetColumn> getColumns()
	{
		if (columns == null)
		{
			columns = new EObjectContainmentEList<BudgetColumn>(BudgetColumn.class, this, PlantracePackage.BUDGET__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getLines()
	{
		if (lines == null)
		{
			lines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, PlantracePackage.BUDGET__LINES);
		}
		return lines;
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
			case PlantracePackage.BUDGET__COLUMNS:
				return ((InternalEList<?>)getColumns()).basicRemove(otherEnd, msgs);
			case PlantracePackage.BUDGET__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
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
			case PlantracePackage.BUDGET__BUSINESS_GROUP:
				if (resolve) return getBusinessGroup();
				return basicGetBusinessGroup();
			case PlantracePackage.BUDGET__KIND:
				return getKind();
			case PlantracePackage.BUDGET__UNIT:
				return getUnit();
			case PlantracePackage.BUDGET__COLUMNS:
				return getColumns();
			case PlantracePackage.BUDGET__LINES:
				return getLines();
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
			case PlantracePackage.BUDGET__BUSINESS_GROUP:
				setBusinessGroup((BusinessGroup)newValue);
				return;
			case PlantracePackage.BUDGET__KIND:
				setKind((BudgetKind)newValue);
				return;
			case PlantracePackage.BUDGET__UNIT:
				setUnit((String)newValue);
				return;
			case PlantracePackage.BUDGET__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends BudgetColumn>)newValue);
				return;
			case PlantracePackage.BUDGET__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends BudgetLine>)newValue);
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
			case PlantracePackage.BUDGET__BUSINESS_GROUP:
				setBusinessGroup((BusinessGroup)null);
				return;
			case PlantracePackage.BUDGET__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlantracePackage.BUDGET__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlantracePackage.BUDGET__COLUMNS:
				getColumns().clear();
				return;
			case PlantracePackage.BUDGET__LINES:
				getLines().clear();
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
			case PlantracePackage.BUDGET__BUSINESS_GROUP:
				return businessGroup != null;
			case PlantracePackage.BUDGET__KIND:
				return kind != KIND_EDEFAULT;
			case PlantracePackage.BUDGET__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case PlantracePackage.BUDGET__COLUMNS:
				return columns != null && !columns.isEmpty();
			case PlantracePackage.BUDGET__LINES:
				return lines != null && !lines.isEmpty();
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
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //BudgetImpl
