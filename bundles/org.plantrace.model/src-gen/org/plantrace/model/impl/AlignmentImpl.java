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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.PlantracePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Alignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getPublishedKeyActivities <em>Published Key Activities</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getLeadAgents <em>Lead Agents</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getPublishedIn <em>Published In</em>}</li>
 *   <li>{@link org.plantrace.model.impl.AlignmentImpl#getReviewedAgainst <em>Reviewed Against</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlignmentImpl extends ElementImpl implements Alignment
{
	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected AlignmentTarget target;

	/**
	 * The cached value of the '{@link #getKeyActivities() <em>Key Activities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyActivity> keyActivities;

	/**
	 * The default value of the '{@link #getPublishedKeyActivities() <em>Published Key Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedKeyActivities()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_KEY_ACTIVITIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedKeyActivities() <em>Published Key Activities</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedKeyActivities()
	 * @generated
	 * @ordered
	 */
	protected String publishedKeyActivities = PUBLISHED_KEY_ACTIVITIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeadAgents() <em>Lead Agents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadAgents()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGroup> leadAgents;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activities;

	/**
	 * The default value of the '{@link #getPublishedIn() <em>Published In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedIn()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHED_IN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedIn() <em>Published In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedIn()
	 * @generated
	 * @ordered
	 */
	protected String publishedIn = PUBLISHED_IN_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedAgainst() <em>Reviewed Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAgainst()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWED_AGAINST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedAgainst() <em>Reviewed Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAgainst()
	 * @generated
	 * @ordered
	 */
	protected String reviewedAgainst = REVIEWED_AGAINST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlignmentImpl()
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
		return PlantracePackage.Literals.ALIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlignableElement getSource()
	{
		if (eContainerFeatureID() != PlantracePackage.ALIGNMENT__SOURCE) return null;
		return (AlignableElement)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlignmentTarget getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (AlignmentTarget)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantracePackage.ALIGNMENT__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlignmentTarget basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(AlignmentTarget newTarget)
	{
		AlignmentTarget oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.ALIGNMENT__TARGET, oldTarget, target));
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
			keyActivities = new EObjectResolvingEList<KeyActivity>(KeyActivity.class, this, PlantracePackage.ALIGNMENT__KEY_ACTIVITIES);
		}
		return keyActivities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedKeyActivities()
	{
		return publishedKeyActivities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedKeyActivities(String newPublishedKeyActivities)
	{
		String oldPublishedKeyActivities = publishedKeyActivities;
		publishedKeyActivities = newPublishedKeyActivities;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.ALIGNMENT__PUBLISHED_KEY_ACTIVITIES, oldPublishedKeyActivities, publishedKeyActivities));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGroup> getLeadAgents()
	{
		if (leadAgents == null)
		{
			leadAgents = new EObjectResolvingEList<BusinessGroup>(BusinessGroup.class, this, PlantracePackage.ALIGNMENT__LEAD_AGENTS);
		}
		return leadAgents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivities()
	{
		if (activities == null)
		{
			activities = new EDataTypeUniqueEList<String>(String.class, this, PlantracePackage.ALIGNMENT__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublishedIn()
	{
		return publishedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedIn(String newPublishedIn)
	{
		String oldPublishedIn = publishedIn;
		publishedIn = newPublishedIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.ALIGNMENT__PUBLISHED_IN, oldPublishedIn, publishedIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewedAgainst()
	{
		return reviewedAgainst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedAgainst(String newReviewedAgainst)
	{
		String oldReviewedAgainst = reviewedAgainst;
		reviewedAgainst = newReviewedAgainst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.ALIGNMENT__REVIEWED_AGAINST, oldReviewedAgainst, reviewedAgainst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlantracePackage.ALIGNMENT__SOURCE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, PlantracePackage.ALIGNMENT__SOURCE, msgs);
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
			case PlantracePackage.ALIGNMENT__SOURCE:
				return eBasicSetContainer(null, PlantracePackage.ALIGNMENT__SOURCE, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case PlantracePackage.ALIGNMENT__SOURCE:
				return eInternalContainer().eInverseRemove(this, PlantracePackage.ALIGNABLE_ELEMENT__ALIGNMENTS, AlignableElement.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case PlantracePackage.ALIGNMENT__SOURCE:
				return getSource();
			case PlantracePackage.ALIGNMENT__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case PlantracePackage.ALIGNMENT__KEY_ACTIVITIES:
				return getKeyActivities();
			case PlantracePackage.ALIGNMENT__PUBLISHED_KEY_ACTIVITIES:
				return getPublishedKeyActivities();
			case PlantracePackage.ALIGNMENT__LEAD_AGENTS:
				return getLeadAgents();
			case PlantracePackage.ALIGNMENT__ACTIVITIES:
				return getActivities();
			case PlantracePackage.ALIGNMENT__PUBLISHED_IN:
				return getPublishedIn();
			case PlantracePackage.ALIGNMENT__REVIEWED_AGAINST:
				return getReviewedAgainst();
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
			case PlantracePackage.ALIGNMENT__TARGET:
				setTarget((AlignmentTarget)newValue);
				return;
			case PlantracePackage.ALIGNMENT__KEY_ACTIVITIES:
				getKeyActivities().clear();
				getKeyActivities().addAll((Collection<? extends KeyActivity>)newValue);
				return;
			case PlantracePackage.ALIGNMENT__PUBLISHED_KEY_ACTIVITIES:
				setPublishedKeyActivities((String)newValue);
				return;
			case PlantracePackage.ALIGNMENT__LEAD_AGENTS:
				getLeadAgents().clear();
				getLeadAgents().addAll((Collection<? extends BusinessGroup>)newValue);
				return;
			case PlantracePackage.ALIGNMENT__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends String>)newValue);
				return;
			case PlantracePackage.ALIGNMENT__PUBLISHED_IN:
				setPublishedIn((String)newValue);
				return;
			case PlantracePackage.ALIGNMENT__REVIEWED_AGAINST:
				setReviewedAgainst((String)newValue);
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
			case PlantracePackage.ALIGNMENT__TARGET:
				setTarget((AlignmentTarget)null);
				return;
			case PlantracePackage.ALIGNMENT__KEY_ACTIVITIES:
				getKeyActivities().clear();
				return;
			case PlantracePackage.ALIGNMENT__PUBLISHED_KEY_ACTIVITIES:
				setPublishedKeyActivities(PUBLISHED_KEY_ACTIVITIES_EDEFAULT);
				return;
			case PlantracePackage.ALIGNMENT__LEAD_AGENTS:
				getLeadAgents().clear();
				return;
			case PlantracePackage.ALIGNMENT__ACTIVITIES:
				getActivities().clear();
				return;
			case PlantracePackage.ALIGNMENT__PUBLISHED_IN:
				setPublishedIn(PUBLISHED_IN_EDEFAULT);
				return;
			case PlantracePackage.ALIGNMENT__REVIEWED_AGAINST:
				setReviewedAgainst(REVIEWED_AGAINST_EDEFAULT);
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
			case PlantracePackage.ALIGNMENT__SOURCE:
				return getSource() != null;
			case PlantracePackage.ALIGNMENT__TARGET:
				return target != null;
			case PlantracePackage.ALIGNMENT__KEY_ACTIVITIES:
				return keyActivities != null && !keyActivities.isEmpty();
			case PlantracePackage.ALIGNMENT__PUBLISHED_KEY_ACTIVITIES:
				return PUBLISHED_KEY_ACTIVITIES_EDEFAULT == null ? publishedKeyActivities != null : !PUBLISHED_KEY_ACTIVITIES_EDEFAULT.equals(publishedKeyActivities);
			case PlantracePackage.ALIGNMENT__LEAD_AGENTS:
				return leadAgents != null && !leadAgents.isEmpty();
			case PlantracePackage.ALIGNMENT__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case PlantracePackage.ALIGNMENT__PUBLISHED_IN:
				return PUBLISHED_IN_EDEFAULT == null ? publishedIn != null : !PUBLISHED_IN_EDEFAULT.equals(publishedIn);
			case PlantracePackage.ALIGNMENT__REVIEWED_AGAINST:
				return REVIEWED_AGAINST_EDEFAULT == null ? reviewedAgainst != null : !REVIEWED_AGAINST_EDEFAULT.equals(reviewedAgainst);
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
		result.append(" (publishedKeyActivities: ");
		result.append(publishedKeyActivities);
		result.append(", activities: ");
		result.append(activities);
		result.append(", publishedIn: ");
		result.append(publishedIn);
		result.append(", reviewedAgainst: ");
		result.append(reviewedAgainst);
		result.append(')');
		return result.toString();
	}

} //AlignmentImpl
