/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plantrace.model.BudgetLine;
import org.plantrace.model.BudgetLineKind;
import org.plantrace.model.PlantracePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.BudgetLineImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetLineImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.impl.BudgetLineImpl#getAmounts <em>Amounts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetLineImpl extends ElementImpl implements BudgetLine
{
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetLineKind KIND_EDEFAULT = BudgetLineKind.LINE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BudgetLineKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAmounts() <em>Amounts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmounts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> amounts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetLineImpl()
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
		return PlantracePackage.Literals.BUDGET_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel()
	{
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel)
	{
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.BUDGET_LINE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLineKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BudgetLineKind newKind)
	{
		BudgetLineKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.BUDGET_LINE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAmounts()
	{
		if (amounts == null)
		{
			amounts = new EDataTypeUniqueEList<String>(String.class, this, PlantracePackage.BUDGET_LINE__AMOUNTS);
		}
		return amounts;
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
			case PlantracePackage.BUDGET_LINE__LABEL:
				return getLabel();
			case PlantracePackage.BUDGET_LINE__KIND:
				return getKind();
			case PlantracePackage.BUDGET_LINE__AMOUNTS:
				return getAmounts();
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
			case PlantracePackage.BUDGET_LINE__LABEL:
				setLabel((String)newValue);
				return;
			case PlantracePackage.BUDGET_LINE__KIND:
				setKind((BudgetLineKind)newValue);
				return;
			case PlantracePackage.BUDGET_LINE__AMOUNTS:
				getAmounts().clear();
				getAmounts().addAll((Collection<? extends String>)newValue);
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
			case PlantracePackage.BUDGET_LINE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case PlantracePackage.BUDGET_LINE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlantracePackage.BUDGET_LINE__AMOUNTS:
				getAmounts().clear();
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
			case PlantracePackage.BUDGET_LINE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case PlantracePackage.BUDGET_LINE__KIND:
				return kind != KIND_EDEFAULT;
			case PlantracePackage.BUDGET_LINE__AMOUNTS:
				return amounts != null && !amounts.isEmpty();
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
		result.append(" (label: ");
		result.append(label);
		result.append(", kind: ");
		result.append(kind);
		result.append(", amounts: ");
		result.append(amounts);
		result.append(')');
		return result.toString();
	}

} //BudgetLineImpl
