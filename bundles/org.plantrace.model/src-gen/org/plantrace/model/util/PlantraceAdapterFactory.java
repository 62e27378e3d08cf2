/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.plantrace.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.plantrace.model.PlantracePackage
 * @generated
 */
public class PlantraceAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlantracePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlantraceAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = PlantracePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlantraceSwitch<Adapter> modelSwitch =
		new PlantraceSwitch<Adapter>()
		{
			@Override
			public Adapter caseIdentified(Identified object)
			{
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseElement(Element object)
			{
				return createElementAdapter();
			}
			@Override
			public Adapter caseNamed(Named object)
			{
				return createNamedAdapter();
			}
			@Override
			public Adapter caseWording(Wording object)
			{
				return createWordingAdapter();
			}
			@Override
			public Adapter caseProperty(Property object)
			{
				return createPropertyAdapter();
			}
			@Override
			public Adapter casePlan(Plan object)
			{
				return createPlanAdapter();
			}
			@Override
			public Adapter caseStrategicOutcome(StrategicOutcome object)
			{
				return createStrategicOutcomeAdapter();
			}
			@Override
			public Adapter caseAlignableElement(AlignableElement object)
			{
				return createAlignableElementAdapter();
			}
			@Override
			public Adapter caseCorporateObjective(CorporateObjective object)
			{
				return createCorporateObjectiveAdapter();
			}
			@Override
			public Adapter caseKeyActivity(KeyActivity object)
			{
				return createKeyActivityAdapter();
			}
			@Override
			public Adapter caseMeasure(Measure object)
			{
				return createMeasureAdapter();
			}
			@Override
			public Adapter caseMeasureSet(MeasureSet object)
			{
				return createMeasureSetAdapter();
			}
			@Override
			public Adapter caseTarget(Target object)
			{
				return createTargetAdapter();
			}
			@Override
			public Adapter caseBusinessGroup(BusinessGroup object)
			{
				return createBusinessGroupAdapter();
			}
			@Override
			public Adapter caseAlignment(Alignment object)
			{
				return createAlignmentAdapter();
			}
			@Override
			public Adapter caseAlignmentTarget(AlignmentTarget object)
			{
				return createAlignmentTargetAdapter();
			}
			@Override
			public Adapter caseFramework(Framework object)
			{
				return createFrameworkAdapter();
			}
			@Override
			public Adapter casePriorityItem(PriorityItem object)
			{
				return createPriorityItemAdapter();
			}
			@Override
			public Adapter caseSuccession(Succession object)
			{
				return createSuccessionAdapter();
			}
			@Override
			public Adapter caseTolerance(Tolerance object)
			{
				return createToleranceAdapter();
			}
			@Override
			public Adapter caseResultSet(ResultSet object)
			{
				return createResultSetAdapter();
			}
			@Override
			public Adapter caseResult(Result object)
			{
				return createResultAdapter();
			}
			@Override
			public Adapter caseInspection(Inspection object)
			{
				return createInspectionAdapter();
			}
			@Override
			public Adapter caseInspectionFinding(InspectionFinding object)
			{
				return createInspectionFindingAdapter();
			}
			@Override
			public Adapter caseInspectionScore(InspectionScore object)
			{
				return createInspectionScoreAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object)
			{
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseBudgetColumn(BudgetColumn object)
			{
				return createBudgetColumnAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object)
			{
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Wording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Wording
	 * @generated
	 */
	public Adapter createWordingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Property
	 * @generated
	 */
	public Adapter createPropertyAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.StrategicOutcome <em>Strategic Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.StrategicOutcome
	 * @generated
	 */
	public Adapter createStrategicOutcomeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.AlignableElement <em>Alignable Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.AlignableElement
	 * @generated
	 */
	public Adapter createAlignableElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.CorporateObjective <em>Corporate Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.CorporateObjective
	 * @generated
	 */
	public Adapter createCorporateObjectiveAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.KeyActivity <em>Key Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.KeyActivity
	 * @generated
	 */
	public Adapter createKeyActivityAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Measure
	 * @generated
	 */
	public Adapter createMeasureAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.MeasureSet <em>Measure Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.MeasureSet
	 * @generated
	 */
	public Adapter createMeasureSetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Target
	 * @generated
	 */
	public Adapter createTargetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.BusinessGroup <em>Business Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.BusinessGroup
	 * @generated
	 */
	public Adapter createBusinessGroupAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Alignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Alignment
	 * @generated
	 */
	public Adapter createAlignmentAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.AlignmentTarget <em>Alignment Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.AlignmentTarget
	 * @generated
	 */
	public Adapter createAlignmentTargetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Framework
	 * @generated
	 */
	public Adapter createFrameworkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.PriorityItem <em>Priority Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.PriorityItem
	 * @generated
	 */
	public Adapter createPriorityItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Succession <em>Succession</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Succession
	 * @generated
	 */
	public Adapter createSuccessionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Tolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Tolerance
	 * @generated
	 */
	public Adapter createToleranceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.ResultSet <em>Result Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.ResultSet
	 * @generated
	 */
	public Adapter createResultSetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Result
	 * @generated
	 */
	public Adapter createResultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Inspection
	 * @generated
	 */
	public Adapter createInspectionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.InspectionFinding <em>Inspection Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.InspectionFinding
	 * @generated
	 */
	public Adapter createInspectionFindingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.InspectionScore <em>Inspection Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.InspectionScore
	 * @generated
	 */
	public Adapter createInspectionScoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.BudgetColumn <em>Budget Column</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.BudgetColumn
	 * @generated
	 */
	public Adapter createBudgetColumnAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.plantrace.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.plantrace.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //PlantraceAdapterFactory
