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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.Budget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Framework;
import org.plantrace.model.Inspection;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.Plan;
import org.plantrace.model.PlanStatus;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Tolerance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getOutcomeLabel <em>Outcome Label</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getObjectiveLabel <em>Objective Label</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getActivityLabel <em>Activity Label</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getActivityPrefix <em>Activity Prefix</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getYears <em>Years</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getFrameworks <em>Frameworks</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getBusinessGroups <em>Business Groups</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getMeasureSets <em>Measure Sets</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getInspections <em>Inspections</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getParentPlans <em>Parent Plans</em>}</li>
 *   <li>{@link org.plantrace.model.impl.PlanImpl#getDefaultTolerance <em>Default Tolerance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends NamedImpl implements Plan
{
	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected String periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected String periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcomeLabel() <em>Outcome Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_LABEL_EDEFAULT = "Strategic outcome";

	/**
	 * The cached value of the '{@link #getOutcomeLabel() <em>Outcome Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomeLabel()
	 * @generated
	 * @ordered
	 */
	protected String outcomeLabel = OUTCOME_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectiveLabel() <em>Objective Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectiveLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVE_LABEL_EDEFAULT = "Corporate objective";

	/**
	 * The cached value of the '{@link #getObjectiveLabel() <em>Objective Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectiveLabel()
	 * @generated
	 * @ordered
	 */
	protected String objectiveLabel = OBJECTIVE_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivityLabel() <em>Activity Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_LABEL_EDEFAULT = "Key activity";

	/**
	 * The cached value of the '{@link #getActivityLabel() <em>Activity Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityLabel()
	 * @generated
	 * @ordered
	 */
	protected String activityLabel = ACTIVITY_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivityPrefix() <em>Activity Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_PREFIX_EDEFAULT = "KA";

	/**
	 * The cached value of the '{@link #getActivityPrefix() <em>Activity Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivityPrefix()
	 * @generated
	 * @ordered
	 */
	protected String activityPrefix = ACTIVITY_PREFIX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getYears() <em>Years</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYears()
	 * @generated
	 * @ordered
	 */
	protected EList<String> years;

	/**
	 * The cached value of the '{@link #getFrameworks() <em>Frameworks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameworks()
	 * @generated
	 * @ordered
	 */
	protected EList<Framework> frameworks;

	/**
	 * The cached value of the '{@link #getOutcomes() <em>Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<StrategicOutcome> outcomes;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<CorporateObjective> objectives;

	/**
	 * The cached value of the '{@link #getBusinessGroups() <em>Business Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGroup> businessGroups;

	/**
	 * The cached value of the '{@link #getMeasureSets() <em>Measure Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureSets()
	 * @generated
	 * @ordered
	 */
	protected EList<MeasureSet> measureSets;

	/**
	 * The cached value of the '{@link #getInspections() <em>Inspections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspections()
	 * @generated
	 * @ordered
	 */
	protected EList<Inspection> inspections;

	/**
	 * The cached value of the '{@link #getBudgets() <em>Budgets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgets()
	 * @generated
	 * @ordered
	 */
	protected EList<Budget> budgets;

	/**
	 * The cached value of the '{@link #getParentPlans() <em>Parent Plans</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<Plan> parentPlans;

	/**
	 * The cached value of the '{@link #getDefaultTolerance() <em>Default Tolerance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultTolerance()
	 * @generated
	 * @ordered
	 */
	protected Tolerance defaultTolerance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl()
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
		return PlantracePackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner)
	{
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodStart()
	{
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(String newPeriodStart)
	{
		String oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodEnd()
	{
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(String newPeriodEnd)
	{
		String oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus)
	{
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion()
	{
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion)
	{
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcomeLabel()
	{
		return outcomeLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcomeLabel(String newOutcomeLabel)
	{
		String oldOutcomeLabel = outcomeLabel;
		outcomeLabel = newOutcomeLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__OUTCOME_LABEL, oldOutcomeLabel, outcomeLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectiveLabel()
	{
		return objectiveLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectiveLabel(String newObjectiveLabel)
	{
		String oldObjectiveLabel = objectiveLabel;
		objectiveLabel = newObjectiveLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__OBJECTIVE_LABEL, oldObjectiveLabel, objectiveLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivityLabel()
	{
		return activityLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivityLabel(String newActivityLabel)
	{
		String oldActivityLabel = activityLabel;
		activityLabel = newActivityLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__ACTIVITY_LABEL, oldActivityLabel, activityLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivityPrefix()
	{
		return activityPrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivityPrefix(String newActivityPrefix)
	{
		String oldActivityPrefix = activityPrefix;
		activityPrefix = newActivityPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__ACTIVITY_PREFIX, oldActivityPrefix, activityPrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getYears()
	{
		if (years == null)
		{
			years = new EDataTypeUniqueEList<String>(String.class, this, PlantracePackage.PLAN__YEARS);
		}
		return years;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Framework> getFrameworks()
	{
		if (frameworks == null)
		{
			frameworks = new EObjectResolvingEList<Framework>(Framework.class, this, PlantracePackage.PLAN__FRAMEWORKS);
		}
		return frameworks;
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
			outcomes = new EObjectContainmentEList<StrategicOutcome>(StrategicOutcome.class, this, PlantracePackage.PLAN__OUTCOMES);
		}
		return outcomes;
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
			objectives = new EObjectContainmentEList<CorporateObjective>(CorporateObjective.class, this, PlantracePackage.PLAN__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGroup> getBusinessGroups()
	{
		if (businessGroups == null)
		{
			businessGroups = new EObjectContainmentEList<BusinessGroup>(BusinessGroup.class, this, PlantracePackage.PLAN__BUSINESS_GROUPS);
		}
		return businessGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MeasureSet> getMeasureSets()
	{
		if (measureSets == null)
		{
			measureSets = new EObjectContainmentEList<MeasureSet>(MeasureSet.class, this, PlantracePackage.PLAN__MEASURE_SETS);
		}
		return measureSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Inspection> getInspections()
	{
		if (inspections == null)
		{
			inspections = new EObjectContainmentEList<Inspection>(Inspection.class, this, PlantracePackage.PLAN__INSPECTIONS);
		}
		return inspections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Budget> getBudgets()
	{
		if (budgets == null)
		{
			budgets = new EObjectContainmentEList<Budget>(Budget.class, this, PlantracePackage.PLAN__BUDGETS);
		}
		return budgets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Plan> getParentPlans()
	{
		if (parentPlans == null)
		{
			parentPlans = new EObjectResolvingEList<Plan>(Plan.class, this, PlantracePackage.PLAN__PARENT_PLANS);
		}
		return parentPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tolerance getDefaultTolerance()
	{
		return defaultTolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaultTolerance(Tolerance newDefaultTolerance, NotificationChain msgs)
	{
		Tolerance oldDefaultTolerance = defaultTolerance;
		defaultTolerance = newDefaultTolerance;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__DEFAULT_TOLERANCE, oldDefaultTolerance, newDefaultTolerance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultTolerance(Tolerance newDefaultTolerance)
	{
		if (newDefaultTolerance != defaultTolerance)
		{
			NotificationChain msgs = null;
			if (defaultTolerance != null)
				msgs = ((InternalEObject)defaultTolerance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlantracePackage.PLAN__DEFAULT_TOLERANCE, null, msgs);
			if (newDefaultTolerance != null)
				msgs = ((InternalEObject)newDefaultTolerance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlantracePackage.PLAN__DEFAULT_TOLERANCE, null, msgs);
			msgs = basicSetDefaultTolerance(newDefaultTolerance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.PLAN__DEFAULT_TOLERANCE, newDefaultTolerance, newDefaultTolerance));
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
			case PlantracePackage.PLAN__OUTCOMES:
				return ((InternalEList<?>)getOutcomes()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
				return ((InternalEList<?>)getBusinessGroups()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__MEASURE_SETS:
				return ((InternalEList<?>)getMeasureSets()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__INSPECTIONS:
				return ((InternalEList<?>)getInspections()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__BUDGETS:
				return ((InternalEList<?>)getBudgets()).basicRemove(otherEnd, msgs);
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				return basicSetDefaultTolerance(null, msgs);
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
			case PlantracePackage.PLAN__OWNER:
				return getOwner();
			case PlantracePackage.PLAN__PERIOD_START:
				return getPeriodStart();
			case PlantracePackage.PLAN__PERIOD_END:
				return getPeriodEnd();
			case PlantracePackage.PLAN__STATUS:
				return getStatus();
			case PlantracePackage.PLAN__VERSION:
				return getVersion();
			case PlantracePackage.PLAN__OUTCOME_LABEL:
				return getOutcomeLabel();
			case PlantracePackage.PLAN__OBJECTIVE_LABEL:
				return getObjectiveLabel();
			case PlantracePackage.PLAN__ACTIVITY_LABEL:
				return getActivityLabel();
			case PlantracePackage.PLAN__ACTIVITY_PREFIX:
				return getActivityPrefix();
			case PlantracePackage.PLAN__YEARS:
				return getYears();
			case PlantracePackage.PLAN__FRAMEWORKS:
				return getFrameworks();
			case PlantracePackage.PLAN__OUTCOMES:
				return getOutcomes();
			case PlantracePackage.PLAN__OBJECTIVES:
				return getObjectives();
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
				return getBusinessGroups();
			case PlantracePackage.PLAN__MEASURE_SETS:
				return getMeasureSets();
			case PlantracePackage.PLAN__INSPECTIONS:
				return getInspections();
			case PlantracePackage.PLAN__BUDGETS:
				return getBudgets();
			case PlantracePackage.PLAN__PARENT_PLANS:
				return getParentPlans();
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				return getDefaultTolerance();
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
			case PlantracePackage.PLAN__OWNER:
				setOwner((String)newValue);
				return;
			case PlantracePackage.PLAN__PERIOD_START:
				setPeriodStart((String)newValue);
				return;
			case PlantracePackage.PLAN__PERIOD_END:
				setPeriodEnd((String)newValue);
				return;
			case PlantracePackage.PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case PlantracePackage.PLAN__VERSION:
				setVersion((String)newValue);
				return;
			case PlantracePackage.PLAN__OUTCOME_LABEL:
				setOutcomeLabel((String)newValue);
				return;
			case PlantracePackage.PLAN__OBJECTIVE_LABEL:
				setObjectiveLabel((String)newValue);
				return;
			case PlantracePackage.PLAN__ACTIVITY_LABEL:
				setActivityLabel((String)newValue);
				return;
			case PlantracePackage.PLAN__ACTIVITY_PREFIX:
				setActivityPrefix((String)newValue);
				return;
			case PlantracePackage.PLAN__YEARS:
				getYears().clear();
				getYears().addAll((Collection<? extends String>)newValue);
				return;
			case PlantracePackage.PLAN__FRAMEWORKS:
				getFrameworks().clear();
				getFrameworks().addAll((Collection<? extends Framework>)newValue);
				return;
			case PlantracePackage.PLAN__OUTCOMES:
				getOutcomes().clear();
				getOutcomes().addAll((Collection<? extends StrategicOutcome>)newValue);
				return;
			case PlantracePackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends CorporateObjective>)newValue);
				return;
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
				getBusinessGroups().clear();
				getBusinessGroups().addAll((Collection<? extends BusinessGroup>)newValue);
				return;
			case PlantracePackage.PLAN__MEASURE_SETS:
				getMeasureSets().clear();
				getMeasureSets().addAll((Collection<? extends MeasureSet>)newValue);
				return;
			case PlantracePackage.PLAN__INSPECTIONS:
				getInspections().clear();
				getInspections().addAll((Collection<? extends Inspection>)newValue);
				return;
			case PlantracePackage.PLAN__BUDGETS:
				getBudgets().clear();
				getBudgets().addAll((Collection<? extends Budget>)newValue);
				return;
			case PlantracePackage.PLAN__PARENT_PLANS:
				getParentPlans().clear();
				getParentPlans().addAll((Collection<? extends Plan>)newValue);
				return;
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				setDefaultTolerance((Tolerance)newValue);
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
			case PlantracePackage.PLAN__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case PlantracePackage.PLAN__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case PlantracePackage.PLAN__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case PlantracePackage.PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlantracePackage.PLAN__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case PlantracePackage.PLAN__OUTCOME_LABEL:
				setOutcomeLabel(OUTCOME_LABEL_EDEFAULT);
				return;
			case PlantracePackage.PLAN__OBJECTIVE_LABEL:
				setObjectiveLabel(OBJECTIVE_LABEL_EDEFAULT);
				return;
			case PlantracePackage.PLAN__ACTIVITY_LABEL:
				setActivityLabel(ACTIVITY_LABEL_EDEFAULT);
				return;
			case PlantracePackage.PLAN__ACTIVITY_PREFIX:
				setActivityPrefix(ACTIVITY_PREFIX_EDEFAULT);
				return;
			case PlantracePackage.PLAN__YEARS:
				getYears().clear();
				return;
			case PlantracePackage.PLAN__FRAMEWORKS:
				getFrameworks().clear();
				return;
			case PlantracePackage.PLAN__OUTCOMES:
				getOutcomes().clear();
				return;
			case PlantracePackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				return;
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
				getBusinessGroups().clear();
				return;
			case PlantracePackage.PLAN__MEASURE_SETS:
				getMeasureSets().clear();
				return;
			case PlantracePackage.PLAN__INSPECTIONS:
				getInspections().clear();
				return;
			case PlantracePackage.PLAN__BUDGETS:
				getBudgets().clear();
				return;
			case PlantracePackage.PLAN__PARENT_PLANS:
				getParentPlans().clear();
				return;
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				setDefaultTolerance((Tolerance)null);
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
			case PlantracePackage.PLAN__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case PlantracePackage.PLAN__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case PlantracePackage.PLAN__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case PlantracePackage.PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlantracePackage.PLAN__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case PlantracePackage.PLAN__OUTCOME_LABEL:
				return OUTCOME_LABEL_EDEFAULT == null ? outcomeLabel != null : !OUTCOME_LABEL_EDEFAULT.equals(outcomeLabel);
			case PlantracePackage.PLAN__OBJECTIVE_LABEL:
				return OBJECTIVE_LABEL_EDEFAULT == null ? objectiveLabel != null : !OBJECTIVE_LABEL_EDEFAULT.equals(objectiveLabel);
			case PlantracePackage.PLAN__ACTIVITY_LABEL:
				return ACTIVITY_LABEL_EDEFAULT == null ? activityLabel != null : !ACTIVITY_LABEL_EDEFAULT.equals(activityLabel);
			case PlantracePackage.PLAN__ACTIVITY_PREFIX:
				return ACTIVITY_PREFIX_EDEFAULT == null ? activityPrefix != null : !ACTIVITY_PREFIX_EDEFAULT.equals(activityPrefix);
			case PlantracePackage.PLAN__YEARS:
				return years != null && !years.isEmpty();
			case PlantracePackage.PLAN__FRAMEWORKS:
				return frameworks != null && !frameworks.isEmpty();
			case PlantracePackage.PLAN__OUTCOMES:
				return outcomes != null && !outcomes.isEmpty();
			case PlantracePackage.PLAN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
				return businessGroups != null && !businessGroups.isEmpty();
			case PlantracePackage.PLAN__MEASURE_SETS:
				return measureSets != null && !measureSets.isEmpty();
			case PlantracePackage.PLAN__INSPECTIONS:
				return inspections != null && !inspections.isEmpty();
			case PlantracePackage.PLAN__BUDGETS:
				return budgets != null && !budgets.isEmpty();
			case PlantracePackage.PLAN__PARENT_PLANS:
				return parentPlans != null && !parentPlans.isEmpty();
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				return defaultTolerance != null;
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
		result.append(" (owner: ");
		result.append(owner);
		result.append(", periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", status: ");
		result.append(status);
		result.append(", version: ");
		result.append(version);
		result.append(", outcomeLabel: ");
		result.append(outcomeLabel);
		result.append(", objectiveLabel: ");
		result.append(objectiveLabel);
		result.append(", activityLabel: ");
		result.append(activityLabel);
		result.append(", activityPrefix: ");
		result.append(activityPrefix);
		result.append(", years: ");
		result.append(years);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
