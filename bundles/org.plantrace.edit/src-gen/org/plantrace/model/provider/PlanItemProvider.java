/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.plantrace.model.Plan;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;

/**
 * This is the item provider adapter for a {@link org.plantrace.model.Plan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanItemProvider extends NamedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addOwnerPropertyDescriptor(object);
			addPeriodStartPropertyDescriptor(object);
			addPeriodEndPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addVersionPropertyDescriptor(object);
			addOutcomeLabelPropertyDescriptor(object);
			addObjectiveLabelPropertyDescriptor(object);
			addActivityLabelPropertyDescriptor(object);
			addActivityPrefixPropertyDescriptor(object);
			addYearsPropertyDescriptor(object);
			addFrameworksPropertyDescriptor(object);
			addParentPlansPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_owner_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodStartPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_periodStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_periodStart_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__PERIOD_START,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Period End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeriodEndPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_periodEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_periodEnd_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__PERIOD_END,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_status_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_version_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomeLabelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_outcomeLabel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_outcomeLabel_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__OUTCOME_LABEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Objective Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectiveLabelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_objectiveLabel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_objectiveLabel_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__OBJECTIVE_LABEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activity Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivityLabelPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_activityLabel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_activityLabel_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__ACTIVITY_LABEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Activity Prefix feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivityPrefixPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_activityPrefix_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_activityPrefix_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__ACTIVITY_PREFIX,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Years feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearsPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_years_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_years_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__YEARS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Frameworks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrameworksPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_frameworks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_frameworks_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__FRAMEWORKS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parent Plans feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParentPlansPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_parentPlans_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_parentPlans_feature", "_UI_Plan_type"),
				 PlantracePackage.Literals.PLAN__PARENT_PLANS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__OUTCOMES);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__OBJECTIVES);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__BUSINESS_GROUPS);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__MEASURE_SETS);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__INSPECTIONS);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__BUDGETS);
			childrenFeatures.add(PlantracePackage.Literals.PLAN__DEFAULT_TOLERANCE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Plan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Plan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Plan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Plan_type") :
			getString("_UI_Plan_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Plan.class))
		{
			case PlantracePackage.PLAN__OWNER:
			case PlantracePackage.PLAN__PERIOD_START:
			case PlantracePackage.PLAN__PERIOD_END:
			case PlantracePackage.PLAN__STATUS:
			case PlantracePackage.PLAN__VERSION:
			case PlantracePackage.PLAN__OUTCOME_LABEL:
			case PlantracePackage.PLAN__OBJECTIVE_LABEL:
			case PlantracePackage.PLAN__ACTIVITY_LABEL:
			case PlantracePackage.PLAN__ACTIVITY_PREFIX:
			case PlantracePackage.PLAN__YEARS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlantracePackage.PLAN__OUTCOMES:
			case PlantracePackage.PLAN__OBJECTIVES:
			case PlantracePackage.PLAN__BUSINESS_GROUPS:
			case PlantracePackage.PLAN__MEASURE_SETS:
			case PlantracePackage.PLAN__INSPECTIONS:
			case PlantracePackage.PLAN__BUDGETS:
			case PlantracePackage.PLAN__DEFAULT_TOLERANCE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__OUTCOMES,
				 PlantraceFactory.eINSTANCE.createStrategicOutcome()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__OBJECTIVES,
				 PlantraceFactory.eINSTANCE.createCorporateObjective()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__BUSINESS_GROUPS,
				 PlantraceFactory.eINSTANCE.createBusinessGroup()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__MEASURE_SETS,
				 PlantraceFactory.eINSTANCE.createMeasureSet()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__INSPECTIONS,
				 PlantraceFactory.eINSTANCE.createInspection()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__BUDGETS,
				 PlantraceFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(PlantracePackage.Literals.PLAN__DEFAULT_TOLERANCE,
				 PlantraceFactory.eINSTANCE.createTolerance()));
	}

}
