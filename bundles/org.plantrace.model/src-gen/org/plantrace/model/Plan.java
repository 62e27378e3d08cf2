/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Plan#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getVersion <em>Version</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getOutcomeLabel <em>Outcome Label</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getObjectiveLabel <em>Objective Label</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getActivityLabel <em>Activity Label</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getActivityPrefix <em>Activity Prefix</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getYears <em>Years</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getFrameworks <em>Frameworks</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getOutcomes <em>Outcomes</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getBusinessGroups <em>Business Groups</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getMeasureSets <em>Measure Sets</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getInspections <em>Inspections</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getParentPlans <em>Parent Plans</em>}</li>
 *   <li>{@link org.plantrace.model.Plan#getDefaultTolerance <em>Default Tolerance</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Named
{
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First financial year of the plan, e.g. '2009/10'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_PeriodStart()
	 * @model
	 * @generated
	 */
	String getPeriodStart();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(String value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_PeriodEnd()
	 * @model
	 * @generated
	 */
	String getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.plantrace.model.PlantracePackage#getPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Outcome Label</b></em>' attribute.
	 * The default value is <code>"Strategic outcome"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this plan calls its top level (strategic outcome, priority, strategic driver).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome Label</em>' attribute.
	 * @see #setOutcomeLabel(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_OutcomeLabel()
	 * @model default="Strategic outcome"
	 * @generated
	 */
	String getOutcomeLabel();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getOutcomeLabel <em>Outcome Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome Label</em>' attribute.
	 * @see #getOutcomeLabel()
	 * @generated
	 */
	void setOutcomeLabel(String value);

	/**
	 * Returns the value of the '<em><b>Objective Label</b></em>' attribute.
	 * The default value is <code>"Corporate objective"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objective Label</em>' attribute.
	 * @see #setObjectiveLabel(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_ObjectiveLabel()
	 * @model default="Corporate objective"
	 * @generated
	 */
	String getObjectiveLabel();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getObjectiveLabel <em>Objective Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective Label</em>' attribute.
	 * @see #getObjectiveLabel()
	 * @generated
	 */
	void setObjectiveLabel(String value);

	/**
	 * Returns the value of the '<em><b>Activity Label</b></em>' attribute.
	 * The default value is <code>"Key activity"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity Label</em>' attribute.
	 * @see #setActivityLabel(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_ActivityLabel()
	 * @model default="Key activity"
	 * @generated
	 */
	String getActivityLabel();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getActivityLabel <em>Activity Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity Label</em>' attribute.
	 * @see #getActivityLabel()
	 * @generated
	 */
	void setActivityLabel(String value);

	/**
	 * Returns the value of the '<em><b>Activity Prefix</b></em>' attribute.
	 * The default value is <code>"KA"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prefix of printed key-activity numbers, e.g. 'KA' for KA1, KA2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity Prefix</em>' attribute.
	 * @see #setActivityPrefix(String)
	 * @see org.plantrace.model.PlantracePackage#getPlan_ActivityPrefix()
	 * @model default="KA"
	 * @generated
	 */
	String getActivityPrefix();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getActivityPrefix <em>Activity Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity Prefix</em>' attribute.
	 * @see #getActivityPrefix()
	 * @generated
	 */
	void setActivityPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The years targets are set for, in column order (e.g. 2009/10, 2008/09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Years</em>' attribute list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Years()
	 * @model
	 * @generated
	 */
	EList<String> getYears();

	/**
	 * Returns the value of the '<em><b>Frameworks</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.Framework}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The national frameworks (usually in other files) this plan must trace to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frameworks</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Frameworks()
	 * @model
	 * @generated
	 */
	EList<Framework> getFrameworks();

	/**
	 * Returns the value of the '<em><b>Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.StrategicOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcomes</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Outcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<StrategicOutcome> getOutcomes();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.CorporateObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<CorporateObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Business Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.BusinessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Groups</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_BusinessGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessGroup> getBusinessGroups();

	/**
	 * Returns the value of the '<em><b>Measure Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.MeasureSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plan-level sets of measures that are not held by one objective (e.g. a table of key performance indicators); each measure may say which objectives it contributes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Sets</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_MeasureSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasureSet> getMeasureSets();

	/**
	 * Returns the value of the '<em><b>Inspections</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Inspection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inspections and audits of the organisation the plan reports on (HMIC, Audit Commission), with their findings, actions and scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspections</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Inspections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Inspection> getInspections();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Budget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget tables as the plan prints them: revenue and capital, per business group, columns per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Budget> getBudgets();

	/**
	 * Returns the value of the '<em><b>Parent Plans</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plans this plan delivers (a borough or directorate plan lists the corporate plan); its objectives align to their objectives, so the golden thread runs from the national frameworks through the parent plan to this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Plans</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getPlan_ParentPlans()
	 * @model
	 * @generated
	 */
	EList<Plan> getParentPlans();

	/**
	 * Returns the value of the '<em><b>Default Tolerance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tolerances for the status of measures that have none of their own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Tolerance</em>' containment reference.
	 * @see #setDefaultTolerance(Tolerance)
	 * @see org.plantrace.model.PlantracePackage#getPlan_DefaultTolerance()
	 * @model containment="true"
	 * @generated
	 */
	Tolerance getDefaultTolerance();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Plan#getDefaultTolerance <em>Default Tolerance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Tolerance</em>' containment reference.
	 * @see #getDefaultTolerance()
	 * @generated
	 */
	void setDefaultTolerance(Tolerance value);

} // Plan
