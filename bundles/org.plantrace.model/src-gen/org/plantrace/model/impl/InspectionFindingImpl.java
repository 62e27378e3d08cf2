/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plantrace.model.BusinessGroup;
import org.plantrace.model.InspectionFinding;
import org.plantrace.model.PlantracePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inspection Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getGrading <em>Grading</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getActionStatus <em>Action Status</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getDue <em>Due</em>}</li>
 *   <li>{@link org.plantrace.model.impl.InspectionFindingImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InspectionFindingImpl extends NamedImpl implements InspectionFinding
{
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
	 * The default value of the '{@link #getActionStatus() <em>Action Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActionStatus() <em>Action Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionStatus()
	 * @generated
	 * @ordered
	 */
	protected String actionStatus = ACTION_STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected static final String DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected String due = DUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected BusinessGroup owner;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InspectionFindingImpl()
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
		return PlantracePackage.Literals.INSPECTION_FINDING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__GRADING, oldGrading, grading));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__RECOMMENDATIONS, oldRecommendations, recommendations));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT, oldAreasForImprovement, areasForImprovement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActionStatus()
	{
		return actionStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionStatus(String newActionStatus)
	{
		String oldActionStatus = actionStatus;
		actionStatus = newActionStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__ACTION_STATUS, oldActionStatus, actionStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDue()
	{
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDue(String newDue)
	{
		String oldDue = due;
		due = newDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__DUE, oldDue, due));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGroup getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (BusinessGroup)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantracePackage.INSPECTION_FINDING__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessGroup basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(BusinessGroup newOwner)
	{
		BusinessGroup oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.INSPECTION_FINDING__OWNER, oldOwner, owner));
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
			case PlantracePackage.INSPECTION_FINDING__GRADING:
				return getGrading();
			case PlantracePackage.INSPECTION_FINDING__RECOMMENDATIONS:
				return getRecommendations();
			case PlantracePackage.INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT:
				return getAreasForImprovement();
			case PlantracePackage.INSPECTION_FINDING__ACTION_STATUS:
				return getActionStatus();
			case PlantracePackage.INSPECTION_FINDING__DUE:
				return getDue();
			case PlantracePackage.INSPECTION_FINDING__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlantracePackage.INSPECTION_FINDING__GRADING:
				setGrading((String)newValue);
				return;
			case PlantracePackage.INSPECTION_FINDING__RECOMMENDATIONS:
				setRecommendations((Integer)newValue);
				return;
			case PlantracePackage.INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement((Integer)newValue);
				return;
			case PlantracePackage.INSPECTION_FINDING__ACTION_STATUS:
				setActionStatus((String)newValue);
				return;
			case PlantracePackage.INSPECTION_FINDING__DUE:
				setDue((String)newValue);
				return;
			case PlantracePackage.INSPECTION_FINDING__OWNER:
				setOwner((BusinessGroup)newValue);
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
			case PlantracePackage.INSPECTION_FINDING__GRADING:
				setGrading(GRADING_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION_FINDING__RECOMMENDATIONS:
				setRecommendations(RECOMMENDATIONS_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT:
				setAreasForImprovement(AREAS_FOR_IMPROVEMENT_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION_FINDING__ACTION_STATUS:
				setActionStatus(ACTION_STATUS_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION_FINDING__DUE:
				setDue(DUE_EDEFAULT);
				return;
			case PlantracePackage.INSPECTION_FINDING__OWNER:
				setOwner((BusinessGroup)null);
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
			case PlantracePackage.INSPECTION_FINDING__GRADING:
				return GRADING_EDEFAULT == null ? grading != null : !GRADING_EDEFAULT.equals(grading);
			case PlantracePackage.INSPECTION_FINDING__RECOMMENDATIONS:
				return recommendations != RECOMMENDATIONS_EDEFAULT;
			case PlantracePackage.INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT:
				return areasForImprovement != AREAS_FOR_IMPROVEMENT_EDEFAULT;
			case PlantracePackage.INSPECTION_FINDING__ACTION_STATUS:
				return ACTION_STATUS_EDEFAULT == null ? actionStatus != null : !ACTION_STATUS_EDEFAULT.equals(actionStatus);
			case PlantracePackage.INSPECTION_FINDING__DUE:
				return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
			case PlantracePackage.INSPECTION_FINDING__OWNER:
				return owner != null;
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
		result.append(" (grading: ");
		result.append(grading);
		result.append(", recommendations: ");
		result.append(recommendations);
		result.append(", areasForImprovement: ");
		result.append(areasForImprovement);
		result.append(", actionStatus: ");
		result.append(actionStatus);
		result.append(", due: ");
		result.append(due);
		result.append(')');
		return result.toString();
	}

} //InspectionFindingImpl
