/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.StrategicOutcome;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corporate Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getLeads <em>Leads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorporateObjectiveImpl extends AlignableElementImpl implements CorporateObjective
{
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicOutcome> outcomes;

	/**
	 * The cached value of the '{@link #getKeyActivities() <em>Key Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyActivity> keyActivities;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * The cached value of the '{@link #getLeads() <em>Leads</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeads()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGroup> leads;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorporateObjectiveImpl()
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
		return PlantracePackage.Literals.CORPORATE_OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber()
	{
		return eContainer() instanceof org.plantrace.model.Plan plan ? plan.getObjectives().indexOf(this) + 1 : 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StrategicOutcome> getOutcomes()
	{
		if (outcomes == null)
		{
			outcomes = new EObjectWithInverseResolvingEList.ManyInverse<StrategicOutcome>(StrategicOutcome.class, this, PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES, PlantracePackage.STRATEGIC_OUTCOME__OBJECTIVES);
		}
		return outcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyActivity> getKeyActivities()
	{
		if (keyActivities == null)
		{
			keyActivities = new EObjectContainmentEList<KeyActivity>(KeyActivity.class, this, PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES);
		}
		return keyActivities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures()
	{
		if (measures == null)
		{
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, PlantracePackage.CORPORATE_OBJECTIVE__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGroup> getLeads()
	{
		if (leads == null)
		{
			leads = new EObjectResolvingEList<BusinessGroup>(BusinessGroup.class, this, PlantracePackage.CORPORATE_OBJECTIVE__LEADS);
		}
		return leads;
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
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getOutcomes()).basicAdd(otherEnd, msgs);
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
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES:
				return ((InternalEList<?>)getKeyActivities()).basicRemove(otherEnd, msgs);
			case PlantracePackage.CORPORATE_OBJECTIVE__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
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
			case PlantracePackage.CORPORATE_OBJECTIVE__NUMBER:
				return getNumber();
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				return getOutcomes();
			case PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES:
				return getKeyActivities();
			case PlantracePackage.CORPORATE_OBJECTIVE__MEASURES:
				return getMeasures();
			case PlantracePackage.CORPORATE_OBJECTIVE__LEADS:
				return getLeads();
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
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends StrategicOutcome>)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES:
				getKeyActivities().clear();
				getKeyActivities().addAll((Collection<? extends KeyActivity>)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__LEADS:
				getLeads().clear();
				getLeads().addAll((Collection<? extends BusinessGroup>)newValue);
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
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				getOutcomes().clear();
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES:
				getKeyActivities().clear();
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__MEASURES:
				getMeasures().clear();
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__LEADS:
				getLeads().clear();
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
			case PlantracePackage.CORPORATE_OBJECTIVE__NUMBER:
				return getNumber() != NUMBER_EDEFAULT;
			case PlantracePackage.CORPORATE_OBJECTIVE__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case PlantracePackage.CORPORATE_OBJECTIVE__KEY_ACTIVITIES:
				return keyActivities != null && !keyActivities.isEmpty();
			case PlantracePackage.CORPORATE_OBJECTIVE__MEASURES:
				return measures != null && !measures.isEmpty();
			case PlantracePackage.CORPORATE_OBJECTIVE__LEADS:
				return leads != null && !leads.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CorporateObjectiveImpl
