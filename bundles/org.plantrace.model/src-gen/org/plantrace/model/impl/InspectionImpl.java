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

import org.plantrace.model.BusinessGroup;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Inspection;
import org.plantrace.model.InspectionFinding;
import org.plantrace.model.InspectionScore;
import org.plantrace.model.PlantracePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getInspectorate <em>Inspectorate</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getGrading <em>Grading</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getBusinessGroups <em>Business Groups</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionImpl extends NamedImpl implements Inspection
{
	/**
	 * The default value of the '{@link #getInspectorate() <em>Inspectorate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectorate()
	 * @generated
	 * @ordered
	 */
	protected static final String INSPECTORATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInspectorate() <em>Inspectorate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspectorate()
	 * @generated
	 * @ordered
	 */
	protected String inspectorate = INSPECTORATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrading() <em>Grading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrading()
	 * @generated
	 * @ordered
	 */
	protected static final String GRADING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrading() <em>Grading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrading()
	 * @generated
	 * @ordered
	 */
	protected String grading = GRADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected static final int RECOMMENDATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected int recommendations = RECOMMENDATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected static final int AREAS_FOR_IMPROVEMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAreasForImprovement() <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreasForImprovement()
	 * @generated
	 * @ordered
	 */
	protected int areasForImprovement = AREAS_FOR_IMPROVEMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getBusinessGroups() <em>Business Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGroup> businessGroups;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectionFinding> findings;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<InspectionScore> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionImpl()
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
		return PlantracePackage.Literals.INSPECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInspectorate()
	{
		return inspectorate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInspectorate(String newInspectorate)
	{
		String oldInspectorate = inspectorate;
		inspectorate = newInspectorate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION__INSPECTORATE, oldInspectorate, inspectorate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate)
	{
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGrading()
	{
		return grading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrading(String newGrading)
	{
		String oldGrading = grading;
		grading = newGrading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION__GRADING, oldGrading, grading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecommendations()
	{
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendations(int newRecommendations)
	{
		int oldRecommendations = recommendations;
		recommendations = newRecommendations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION__RECOMMENDATIONS, oldRecommendations, recommendations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAreasForImprovement()
	{
		return areasForImprovement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreasForImprovement(int newAreasForImprovement)
	{
		int oldAreasForImprovement = areasForImprovement;
		areasForImprovement = newAreasForImprovement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION__AREAS_FOR_IMPROVEMENT, oldAreasForImprovement, areasForImprovement));
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
			objectives = new EObjectResolvingEList<CorporateObjective>(CorporateObjective.class, this, PlantracePackage.INSPECTION__OBJECTIVES);
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
			businessGroups = new EObjectResolvingEList<BusinessGroup>(BusinessGroup.class, this, PlantracePackage.INSPECTION__BUSINESS_GROUPS);
		}
		return businessGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectionFinding> getFindings()
	{
		if (findings == null)
		{
			findings = new EObjectContainmentEList<InspectionFinding>(InspectionFinding.class, this, PlantracePackage.INSPECTION__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InspectionScore> getScores()
	{
		if (scores == null)
		{
			scores = new EObjectContainmentEList<InspectionScore>(InspectionScore.class, this, PlantracePackage.INSPECTION__SCORES);
		}
		return scores;
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
			case PlantracePackage.INSPECTION__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case PlantracePackage.INSPECTION__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case PlantracePackage.INSPECTION__INSPECTORATE:
				return getInspectorate();
			case PlantracePackage.INSPECTION__DATE:
				return getDate();
			case PlantracePackage.INSPECTION__GRADING:
				return getGrading();
			case PlantracePackage.INSPECTION__RECOMMENDATIONS:
				return getRecommendations();
			case PlantracePackage.INSPECTION__AREAS_FOR_IMPROVEMENT:
				return getAreasForImprovement();
			case PlantracePackage.INSPECTION__OBJECTIVES:
				return getObjectives();
			case PlantracePackage.INSPECTION__BUSINESS_GROUPS:
				return getBusinessGroups();
			case PlantracePackage.INSPECTION__FINDINGS:
				return getFindings();
			case PlantracePackage.INSPECTION__SCORES:
				return getScores();
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
			case PlantracePackage.INSPECTION__INSPECTORATE:
				setInspectorate((String)newValue);
				return;
			case PlantracePackage.INSPECTION__DATE:
				setDate((String)newValue);
				return;
			case PlantracePackage.INSPECTION__GRADING:
				setGrading((String)newValue);
				return;
			case PlantracePackage.INSPECTION__RECOMMENDATIONS:
				setRecommendations((Integer)newValue);
				return;
			case PlantracePackage.INSPECTION__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement((Integer)newValue);
				return;
			case PlantracePackage.INSPECTION__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends CorporateObjective>)newValue);
				return;
			case PlantracePackage.INSPECTION__BUSINESS_GROUPS:
				getBusinessGroups().clear();
				getBusinessGroups().addAll((Collection<? extends BusinessGroup>)newValue);
				return;
			case PlantracePackage.INSPECTION__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends InspectionFinding>)newValue);
				return;
			case PlantracePackage.INSPECTION__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends InspectionScore>)newValue);
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
			case PlantracePackage.INSPECTION__INSPECTORATE:
				setInspectorate(INSPECTORATE_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION__GRADING:
				setGrading(GRADING_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION__RECOMMENDATIONS:
				setRecommendations(RECOMMENDATIONS_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement(AREAS_FOR_IMPROVEMENT_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION__OBJECTIVES:
				getObjectives().clear();
				return;
			case PlantracePackage.INSPECTION__BUSINESS_GROUPS:
				getBusinessGroups().clear();
				return;
			case PlantracePackage.INSPECTION__FINDINGS:
				getFindings().clear();
				return;
			case PlantracePackage.INSPECTION__SCORES:
				getScores().clear();
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
			case PlantracePackage.INSPECTION__INSPECTORATE:
				return INSPECTORATE_EDEFAULT == null ? inspectorate != null : !INSPECTORATE_EDEFAULT.equals(inspectorate);
			case PlantracePackage.INSPECTION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PlantracePackage.INSPECTION__GRADING:
				return GRADING_EDEFAULT == null ? grading != null : !GRADING_EDEFAULT.equals(grading);
			case PlantracePackage.INSPECTION__RECOMMENDATIONS:
				return recommendations != RECOMMENDATIONS_EDEFAULT;
			case PlantracePackage.INSPECTION__AREAS_FOR_IMPROVEMENT:
				return areasForImprovement != AREAS_FOR_IMPROVEMENT_EDEFAULT;
			case PlantracePackage.INSPECTION__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case PlantracePackage.INSPECTION__BUSINESS_GROUPS:
				return businessGroups != null && !businessGroups.isEmpty();
			case PlantracePackage.INSPECTION__FINDINGS:
				return findings != null && !findings.isEmpty();
			case PlantracePackage.INSPECTION__SCORES:
				return scores != null && !scores.isEmpty();
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
		result.append(" (inspectorate: ");
		result.append(inspectorate);
		result.append(", date: ");
		result.append(date);
		result.append(", grading: ");
		result.append(grading);
		result.append(", recommendations: ");
		result.append(recommendations);
		result.append(", areasForImprovement: ");
		result.append(areasForImprovement);
		result.append(')');
		return result.toString();
	}

} //InspectionImpl
