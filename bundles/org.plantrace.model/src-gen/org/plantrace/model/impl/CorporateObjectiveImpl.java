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

import org.plantrace.model.AlignmentTarget;
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
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getTier <em>Tier</em>}</li>
 *   <li>{@link org.plantrace.model.impl.CorporateObjectiveImpl#getLocalRationale <em>Local Rationale</em>}</li>
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final String TIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected String tier = TIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalRationale() <em>Local Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalRationale() <em>Local Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalRationale()
	 * @generated
	 * @ordered
	 */
	protected String localRationale = LOCAL_RATIONALE_EDEFAULT;

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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.CORPORATE_OBJECTIVE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTier()
	{
		return tier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(String newTier)
	{
		String oldTier = tier;
		tier = newTier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.CORPORATE_OBJECTIVE__TIER, oldTier, tier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalRationale()
	{
		return localRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalRationale(String newLocalRationale)
	{
		String oldLocalRationale = localRationale;
		localRationale = newLocalRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.CORPORATE_OBJECTIVE__LOCAL_RATIONALE, oldLocalRationale, localRationale));
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
			case PlantracePackage.CORPORATE_OBJECTIVE__CODE:
				return getCode();
			case PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION:
				return getDescription();
			case PlantracePackage.CORPORATE_OBJECTIVE__TIER:
				return getTier();
			case PlantracePackage.CORPORATE_OBJECTIVE__LOCAL_RATIONALE:
				return getLocalRationale();
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
			case PlantracePackage.CORPORATE_OBJECTIVE__CODE:
				setCode((String)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__TIER:
				setTier((String)newValue);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__LOCAL_RATIONALE:
				setLocalRationale((String)newValue);
				return;
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
			case PlantracePackage.CORPORATE_OBJECTIVE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__TIER:
				setTier(TIER_EDEFAULT);
				return;
			case PlantracePackage.CORPORATE_OBJECTIVE__LOCAL_RATIONALE:
				setLocalRationale(LOCAL_RATIONALE_EDEFAULT);
				return;
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
			case PlantracePackage.CORPORATE_OBJECTIVE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case PlantracePackage.CORPORATE_OBJECTIVE__TIER:
				return TIER_EDEFAULT == null ? tier != null : !TIER_EDEFAULT.equals(tier);
			case PlantracePackage.CORPORATE_OBJECTIVE__LOCAL_RATIONALE:
				return LOCAL_RATIONALE_EDEFAULT == null ? localRationale != null : !LOCAL_RATIONALE_EDEFAULT.equals(localRationale);
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

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass)
	{
		if (baseClass == AlignmentTarget.class)
		{
			switch (derivedFeatureID)
			{
				case PlantracePackage.CORPORATE_OBJECTIVE__CODE: return PlantracePackage.ALIGNMENT_TARGET__CODE;
				case PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION: return PlantracePackage.ALIGNMENT_TARGET__DESCRIPTION;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass)
	{
		if (baseClass == AlignmentTarget.class)
		{
			switch (baseFeatureID)
			{
				case PlantracePackage.ALIGNMENT_TARGET__CODE: return PlantracePackage.CORPORATE_OBJECTIVE__CODE;
				case PlantracePackage.ALIGNMENT_TARGET__DESCRIPTION: return PlantracePackage.CORPORATE_OBJECTIVE__DESCRIPTION;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(", description: ");
		result.append(description);
		result.append(", tier: ");
		result.append(tier);
		result.append(", localRationale: ");
		result.append(localRationale);
		result.append(')');
		return result.toString();
	}

} //CorporateObjectiveImpl
