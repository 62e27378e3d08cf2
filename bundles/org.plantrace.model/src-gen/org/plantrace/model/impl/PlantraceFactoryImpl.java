/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.plantrace.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlantraceFactoryImpl extends EFactoryImpl implements PlantraceFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlantraceFactory init()
	{
		try
		{
			PlantraceFactory thePlantraceFactory = (PlantraceFactory)EPackage.Registry.INSTANCE.getEFactory(PlantracePackage.eNS_URI);
			if (thePlantraceFactory != null)
			{
				return thePlantraceFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlantraceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlantraceFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case PlantracePackage.WORDING: return createWording();
			case PlantracePackage.PROPERTY: return createProperty();
			case PlantracePackage.PLAN: return createPlan();
			case PlantracePackage.STRATEGIC_OUTCOME: return createStrategicOutcome();
			case PlantracePackage.CORPORATE_OBJECTIVE: return createCorporateObjective();
			case PlantracePackage.KEY_ACTIVITY: return createKeyActivity();
			case PlantracePackage.MEASURE: return createMeasure();
			case PlantracePackage.MEASURE_SET: return createMeasureSet();
			case PlantracePackage.TARGET: return createTarget();
			case PlantracePackage.BUSINESS_GROUP: return createBusinessGroup();
			case PlantracePackage.ALIGNMENT: return createAlignment();
			case PlantracePackage.FRAMEWORK: return createFramework();
			case PlantracePackage.PRIORITY_ITEM: return createPriorityItem();
			case PlantracePackage.SUCCESSION: return createSuccession();
			case PlantracePackage.TOLERANCE: return createTolerance();
			case PlantracePackage.RESULT_SET: return createResultSet();
			case PlantracePackage.RESULT: return createResult();
			case PlantracePackage.INSPECTION: return createInspection();
			case PlantracePackage.INSPECTION_FINDING: return createInspectionFinding();
			case PlantracePackage.INSPECTION_SCORE: return createInspectionScore();
			case PlantracePackage.BUDGET: return createBudget();
			case PlantracePackage.BUDGET_COLUMN: return createBudgetColumn();
			case PlantracePackage.BUDGET_LINE: return createBudgetLine();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PlantracePackage.PLAN_STATUS:
				return createPlanStatusFromString(eDataType, initialValue);
			case PlantracePackage.MEASURE_KIND:
				return createMeasureKindFromString(eDataType, initialValue);
			case PlantracePackage.TARGET_DIRECTION:
				return createTargetDirectionFromString(eDataType, initialValue);
			case PlantracePackage.FRAMEWORK_STATUS:
				return createFrameworkStatusFromString(eDataType, initialValue);
			case PlantracePackage.FRAMEWORK_KIND:
				return createFrameworkKindFromString(eDataType, initialValue);
			case PlantracePackage.SUCCESSION_KIND:
				return createSuccessionKindFromString(eDataType, initialValue);
			case PlantracePackage.UNIT:
				return createUnitFromString(eDataType, initialValue);
			case PlantracePackage.POLARITY:
				return createPolarityFromString(eDataType, initialValue);
			case PlantracePackage.COMPUTATION:
				return createComputationFromString(eDataType, initialValue);
			case PlantracePackage.SCOPE_KIND:
				return createScopeKindFromString(eDataType, initialValue);
			case PlantracePackage.RESULT_STATUS:
				return createResultStatusFromString(eDataType, initialValue);
			case PlantracePackage.BUDGET_KIND:
				return createBudgetKindFromString(eDataType, initialValue);
			case PlantracePackage.BUDGET_LINE_KIND:
				return createBudgetLineKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case PlantracePackage.PLAN_STATUS:
				return convertPlanStatusToString(eDataType, instanceValue);
			case PlantracePackage.MEASURE_KIND:
				return convertMeasureKindToString(eDataType, instanceValue);
			case PlantracePackage.TARGET_DIRECTION:
				return convertTargetDirectionToString(eDataType, instanceValue);
			case PlantracePackage.FRAMEWORK_STATUS:
				return convertFrameworkStatusToString(eDataType, instanceValue);
			case PlantracePackage.FRAMEWORK_KIND:
				return convertFrameworkKindToString(eDataType, instanceValue);
			case PlantracePackage.SUCCESSION_KIND:
				return convertSuccessionKindToString(eDataType, instanceValue);
			case PlantracePackage.UNIT:
				return convertUnitToString(eDataType, instanceValue);
			case PlantracePackage.POLARITY:
				return convertPolarityToString(eDataType, instanceValue);
			case PlantracePackage.COMPUTATION:
				return convertComputationToString(eDataType, instanceValue);
			case PlantracePackage.SCOPE_KIND:
				return convertScopeKindToString(eDataType, instanceValue);
			case PlantracePackage.RESULT_STATUS:
				return convertResultStatusToString(eDataType, instanceValue);
			case PlantracePackage.BUDGET_KIND:
				return convertBudgetKindToString(eDataType, instanceValue);
			case PlantracePackage.BUDGET_LINE_KIND:
				return convertBudgetLineKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wording createWording()
	{
		WordingImpl wording = new WordingImpl();
		return wording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty()
	{
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan()
	{
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategicOutcome createStrategicOutcome()
	{
		StrategicOutcomeImpl strategicOutcome = new StrategicOutcomeImpl();
		return strategicOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CorporateObjective createCorporateObjective()
	{
		CorporateObjectiveImpl corporateObjective = new CorporateObjectiveImpl();
		return corporateObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyActivity createKeyActivity()
	{
		KeyActivityImpl keyActivity = new KeyActivityImpl();
		return keyActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure()
	{
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureSet createMeasureSet()
	{
		MeasureSetImpl measureSet = new MeasureSetImpl();
		return measureSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget()
	{
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessGroup createBusinessGroup()
	{
		BusinessGroupImpl businessGroup = new BusinessGroupImpl();
		return businessGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alignment createAlignment()
	{
		AlignmentImpl alignment = new AlignmentImpl();
		return alignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework createFramework()
	{
		FrameworkImpl framework = new FrameworkImpl();
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityItem createPriorityItem()
	{
		PriorityItemImpl priorityItem = new PriorityItemImpl();
		return priorityItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Succession createSuccession()
	{
		SuccessionImpl succession = new SuccessionImpl();
		return succession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tolerance createTolerance()
	{
		ToleranceImpl tolerance = new ToleranceImpl();
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResultSet createResultSet()
	{
		ResultSetImpl resultSet = new ResultSetImpl();
		return resultSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Result createResult()
	{
		ResultImpl result = new ResultImpl();
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Inspection createInspection()
	{
		InspectionImpl inspection = new InspectionImpl();
		return inspection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionFinding createInspectionFinding()
	{
		InspectionFindingImpl inspectionFinding = new InspectionFindingImpl();
		return inspectionFinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InspectionScore createInspectionScore()
	{
		InspectionScoreImpl inspectionScore = new InspectionScoreImpl();
		return inspectionScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget()
	{
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetColumn createBudgetColumn()
	{
		BudgetColumnImpl budgetColumn = new BudgetColumnImpl();
		return budgetColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine()
	{
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanStatus createPlanStatusFromString(EDataType eDataType, String initialValue)
	{
		PlanStatus result = PlanStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureKind createMeasureKindFromString(EDataType eDataType, String initialValue)
	{
		MeasureKind result = MeasureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetDirection createTargetDirectionFromString(EDataType eDataType, String initialValue)
	{
		TargetDirection result = TargetDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkStatus createFrameworkStatusFromString(EDataType eDataType, String initialValue)
	{
		FrameworkStatus result = FrameworkStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrameworkStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkKind createFrameworkKindFromString(EDataType eDataType, String initialValue)
	{
		FrameworkKind result = FrameworkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrameworkKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SuccessionKind createSuccessionKindFromString(EDataType eDataType, String initialValue)
	{
		SuccessionKind result = SuccessionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSuccessionKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit createUnitFromString(EDataType eDataType, String initialValue)
	{
		Unit result = Unit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Polarity createPolarityFromString(EDataType eDataType, String initialValue)
	{
		Polarity result = Polarity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolarityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Computation createComputationFromString(EDataType eDataType, String initialValue)
	{
		Computation result = Computation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComputationToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScopeKind createScopeKindFromString(EDataType eDataType, String initialValue)
	{
		ScopeKind result = ScopeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScopeKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResultStatus createResultStatusFromString(EDataType eDataType, String initialValue)
	{
		ResultStatus result = ResultStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResultStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetKind createBudgetKindFromString(EDataType eDataType, String initialValue)
	{
		BudgetKind result = BudgetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetLineKind createBudgetLineKindFromString(EDataType eDataType, String initialValue)
	{
		BudgetLineKind result = BudgetLineKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetLineKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlantracePackage getPlantracePackage()
	{
		return (PlantracePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlantracePackage getPackage()
	{
		return PlantracePackage.eINSTANCE;
	}

} //PlantraceFactoryImpl
