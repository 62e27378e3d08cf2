/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plantrace.model.AlignableElement;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.Budget;
import org.plantrace.model.BudgetColumn;
import org.plantrace.model.BudgetKind;
import org.plantrace.model.BudgetLine;
import org.plantrace.model.BudgetLineKind;
import org.plantrace.model.BusinessGroup;
import org.plantrace.model.Computation;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Element;
import org.plantrace.model.Framework;
import org.plantrace.model.FrameworkKind;
import org.plantrace.model.FrameworkStatus;
import org.plantrace.model.Identified;
import org.plantrace.model.Inspection;
import org.plantrace.model.InspectionFinding;
import org.plantrace.model.InspectionScore;
import org.plantrace.model.KeyActivity;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureKind;
import org.plantrace.model.MeasureSet;
import org.plantrace.model.Named;
import org.plantrace.model.Plan;
import org.plantrace.model.PlanStatus;
import org.plantrace.model.PlantraceFactory;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Polarity;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Property;
import org.plantrace.model.Result;
import org.plantrace.model.ResultSet;
import org.plantrace.model.ResultStatus;
import org.plantrace.model.ScopeKind;
import org.plantrace.model.StrategicOutcome;
import org.plantrace.model.Succession;
import org.plantrace.model.SuccessionKind;
import org.plantrace.model.Target;
import org.plantrace.model.TargetDirection;
import org.plantrace.model.Tolerance;
import org.plantrace.model.Unit;
import org.plantrace.model.Wording;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlantracePackageImpl extends EPackageImpl implements PlantracePackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wordingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategicOutcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alignableElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass corporateObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alignmentTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priorityItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass successionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toleranceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionFindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inspectionScoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetColumnEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frameworkStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frameworkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum successionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum polarityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum computationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scopeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resultStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetLineKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.plantrace.model.PlantracePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlantracePackageImpl()
	{
		super(eNS_URI, PlantraceFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PlantracePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlantracePackage init()
	{
		if (isInited) return (PlantracePackage)EPackage.Registry.INSTANCE.getEPackage(PlantracePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlantracePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlantracePackageImpl thePlantracePackage = registeredPlantracePackage instanceof PlantracePackageImpl ? (PlantracePackageImpl)registeredPlantracePackage : new PlantracePackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlantracePackage.createPackageContents();

		// Initialize created meta-data
		thePlantracePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePlantracePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlantracePackage.eNS_URI, thePlantracePackage);
		return thePlantracePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified()
	{
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id()
	{
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement()
	{
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Note()
	{
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElement_Properties()
	{
		return (EReference)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed()
	{
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name()
	{
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Title()
	{
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamed_Wordings()
	{
		return (EReference)namedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNamed__GetLabel()
	{
		return namedEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWording()
	{
		return wordingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWording_Source()
	{
		return (EAttribute)wordingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWording_Text()
	{
		return (EAttribute)wordingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWording_Reviewed()
	{
		return (EAttribute)wordingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProperty()
	{
		return propertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Key()
	{
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Value()
	{
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlan()
	{
		return planEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Owner()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_PeriodStart()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_PeriodEnd()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Status()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Version()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_OutcomeLabel()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_ObjectiveLabel()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_ActivityLabel()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_ActivityPrefix()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Years()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Frameworks()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Outcomes()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Objectives()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_BusinessGroups()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_MeasureSets()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Inspections()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Budgets()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ParentPlans()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_DefaultTolerance()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategicOutcome()
	{
		return strategicOutcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStrategicOutcome_Code()
	{
		return (EAttribute)strategicOutcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicOutcome_Children()
	{
		return (EReference)strategicOutcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicOutcome_Serves()
	{
		return (EReference)strategicOutcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategicOutcome_Objectives()
	{
		return (EReference)strategicOutcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlignableElement()
	{
		return alignableElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignableElement_Alignments()
	{
		return (EReference)alignableElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCorporateObjective()
	{
		return corporateObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCorporateObjective_Tier()
	{
		return (EAttribute)corporateObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCorporateObjective_LocalRationale()
	{
		return (EAttribute)corporateObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCorporateObjective_Number()
	{
		return (EAttribute)corporateObjectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCorporateObjective_Outcomes()
	{
		return (EReference)corporateObjectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCorporateObjective_KeyActivities()
	{
		return (EReference)corporateObjectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCorporateObjective_Measures()
	{
		return (EReference)corporateObjectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCorporateObjective_Leads()
	{
		return (EReference)corporateObjectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyActivity()
	{
		return keyActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyActivity_Number()
	{
		return (EAttribute)keyActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure()
	{
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Number()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Code()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Kind()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_DataSource()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Targets()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Owners()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_OwnerNote()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_ContributesTo()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Unit()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Polarity()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Computation()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_NationalIndicator()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Tolerance()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasureSet()
	{
		return measureSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasureSet_Code()
	{
		return (EAttribute)measureSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasureSet_Measures()
	{
		return (EReference)measureSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTarget()
	{
		return targetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Year()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Value()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Baseline()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Direction()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Figure()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Scope()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_ScopeName()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessGroup()
	{
		return businessGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessGroup_Code()
	{
		return (EAttribute)businessGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessGroup_Measures()
	{
		return (EReference)businessGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlignment()
	{
		return alignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignment_Source()
	{
		return (EReference)alignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignment_Target()
	{
		return (EReference)alignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignment_KeyActivities()
	{
		return (EReference)alignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_PublishedKeyActivities()
	{
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlignment_LeadAgents()
	{
		return (EReference)alignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_Activities()
	{
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_PublishedIn()
	{
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignment_ReviewedAgainst()
	{
		return (EAttribute)alignmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlignmentTarget()
	{
		return alignmentTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignmentTarget_Code()
	{
		return (EAttribute)alignmentTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignmentTarget_Description()
	{
		return (EAttribute)alignmentTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFramework()
	{
		return frameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Kind()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Period()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Publisher()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_National()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Items()
	{
		return (EReference)frameworkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_InForceFrom()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_InForceTo()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Status()
	{
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_SupersededBy()
	{
		return (EReference)frameworkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriorityItem()
	{
		return priorityItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityItem_Children()
	{
		return (EReference)priorityItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityItem_CorrespondsTo()
	{
		return (EReference)priorityItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityItem_Group()
	{
		return (EAttribute)priorityItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityItem_InForceFrom()
	{
		return (EAttribute)priorityItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriorityItem_InForceTo()
	{
		return (EAttribute)priorityItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriorityItem_Successions()
	{
		return (EReference)priorityItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuccession()
	{
		return successionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccession_Kind()
	{
		return (EAttribute)successionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSuccession_Successors()
	{
		return (EReference)successionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuccession_Note()
	{
		return (EAttribute)successionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTolerance()
	{
		return toleranceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTolerance_AmberWithin()
	{
		return (EAttribute)toleranceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTolerance_Relative()
	{
		return (EAttribute)toleranceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTolerance_StableWithin()
	{
		return (EAttribute)toleranceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResultSet()
	{
		return resultSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResultSet_Plan()
	{
		return (EReference)resultSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSet_AsOf()
	{
		return (EAttribute)resultSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResultSet_Source()
	{
		return (EAttribute)resultSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResultSet_Results()
	{
		return (EReference)resultSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResult()
	{
		return resultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResult_Measure()
	{
		return (EReference)resultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Value()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Breakdown()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Text()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_PeriodFrom()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_PeriodTo()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_PeriodText()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_AsOf()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Scope()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_ScopeName()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Status()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Commentary()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_Source()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_ReportedTarget()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResult_ReportedTrend()
	{
		return (EAttribute)resultEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspection()
	{
		return inspectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Inspectorate()
	{
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Date()
	{
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Grading()
	{
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_Recommendations()
	{
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspection_AreasForImprovement()
	{
		return (EAttribute)inspectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Objectives()
	{
		return (EReference)inspectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_BusinessGroups()
	{
		return (EReference)inspectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Findings()
	{
		return (EReference)inspectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspection_Scores()
	{
		return (EReference)inspectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionFinding()
	{
		return inspectionFindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionFinding_Grading()
	{
		return (EAttribute)inspectionFindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionFinding_Recommendations()
	{
		return (EAttribute)inspectionFindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionFinding_AreasForImprovement()
	{
		return (EAttribute)inspectionFindingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionFinding_ActionStatus()
	{
		return (EAttribute)inspectionFindingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionFinding_Due()
	{
		return (EAttribute)inspectionFindingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInspectionFinding_Owner()
	{
		return (EReference)inspectionFindingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInspectionScore()
	{
		return inspectionScoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionScore_Theme()
	{
		return (EAttribute)inspectionScoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionScore_Year()
	{
		return (EAttribute)inspectionScoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInspectionScore_Score()
	{
		return (EAttribute)inspectionScoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget()
	{
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_BusinessGroup()
	{
		return (EReference)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Kind()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Unit()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Columns()
	{
		return (EReference)budgetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Lines()
	{
		return (EReference)budgetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetColumn()
	{
		return budgetColumnEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetColumn_Label()
	{
		return (EAttribute)budgetColumnEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetColumn_Year()
	{
		return (EAttribute)budgetColumnEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetColumn_Basis()
	{
		return (EAttribute)budgetColumnEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine()
	{
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Label()
	{
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Kind()
	{
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Amounts()
	{
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus()
	{
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureKind()
	{
		return measureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetDirection()
	{
		return targetDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrameworkStatus()
	{
		return frameworkStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrameworkKind()
	{
		return frameworkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSuccessionKind()
	{
		return successionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnit()
	{
		return unitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolarity()
	{
		return polarityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComputation()
	{
		return computationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScopeKind()
	{
		return scopeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResultStatus()
	{
		return resultStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetKind()
	{
		return budgetKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetLineKind()
	{
		return budgetLineKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlantraceFactory getPlantraceFactory()
	{
		return (PlantraceFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__NOTE);
		createEReference(elementEClass, ELEMENT__PROPERTIES);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__TITLE);
		createEReference(namedEClass, NAMED__WORDINGS);
		createEOperation(namedEClass, NAMED___GET_LABEL);

		wordingEClass = createEClass(WORDING);
		createEAttribute(wordingEClass, WORDING__SOURCE);
		createEAttribute(wordingEClass, WORDING__TEXT);
		createEAttribute(wordingEClass, WORDING__REVIEWED);

		propertyEClass = createEClass(PROPERTY);
		createEAttribute(propertyEClass, PROPERTY__KEY);
		createEAttribute(propertyEClass, PROPERTY__VALUE);

		planEClass = createEClass(PLAN);
		createEAttribute(planEClass, PLAN__OWNER);
		createEAttribute(planEClass, PLAN__PERIOD_START);
		createEAttribute(planEClass, PLAN__PERIOD_END);
		createEAttribute(planEClass, PLAN__STATUS);
		createEAttribute(planEClass, PLAN__VERSION);
		createEAttribute(planEClass, PLAN__OUTCOME_LABEL);
		createEAttribute(planEClass, PLAN__OBJECTIVE_LABEL);
		createEAttribute(planEClass, PLAN__ACTIVITY_LABEL);
		createEAttribute(planEClass, PLAN__ACTIVITY_PREFIX);
		createEAttribute(planEClass, PLAN__YEARS);
		createEReference(planEClass, PLAN__FRAMEWORKS);
		createEReference(planEClass, PLAN__OUTCOMES);
		createEReference(planEClass, PLAN__OBJECTIVES);
		createEReference(planEClass, PLAN__BUSINESS_GROUPS);
		createEReference(planEClass, PLAN__MEASURE_SETS);
		createEReference(planEClass, PLAN__INSPECTIONS);
		createEReference(planEClass, PLAN__BUDGETS);
		createEReference(planEClass, PLAN__PARENT_PLANS);
		createEReference(planEClass, PLAN__DEFAULT_TOLERANCE);

		strategicOutcomeEClass = createEClass(STRATEGIC_OUTCOME);
		createEAttribute(strategicOutcomeEClass, STRATEGIC_OUTCOME__CODE);
		createEReference(strategicOutcomeEClass, STRATEGIC_OUTCOME__CHILDREN);
		createEReference(strategicOutcomeEClass, STRATEGIC_OUTCOME__SERVES);
		createEReference(strategicOutcomeEClass, STRATEGIC_OUTCOME__OBJECTIVES);

		alignableElementEClass = createEClass(ALIGNABLE_ELEMENT);
		createEReference(alignableElementEClass, ALIGNABLE_ELEMENT__ALIGNMENTS);

		corporateObjectiveEClass = createEClass(CORPORATE_OBJECTIVE);
		createEAttribute(corporateObjectiveEClass, CORPORATE_OBJECTIVE__TIER);
		createEAttribute(corporateObjectiveEClass, CORPORATE_OBJECTIVE__LOCAL_RATIONALE);
		createEAttribute(corporateObjectiveEClass, CORPORATE_OBJECTIVE__NUMBER);
		createEReference(corporateObjectiveEClass, CORPORATE_OBJECTIVE__OUTCOMES);
		createEReference(corporateObjectiveEClass, CORPORATE_OBJECTIVE__KEY_ACTIVITIES);
		createEReference(corporateObjectiveEClass, CORPORATE_OBJECTIVE__MEASURES);
		createEReference(corporateObjectiveEClass, CORPORATE_OBJECTIVE__LEADS);

		keyActivityEClass = createEClass(KEY_ACTIVITY);
		createEAttribute(keyActivityEClass, KEY_ACTIVITY__NUMBER);

		measureEClass = createEClass(MEASURE);
		createEAttribute(measureEClass, MEASURE__NUMBER);
		createEAttribute(measureEClass, MEASURE__CODE);
		createEAttribute(measureEClass, MEASURE__KIND);
		createEAttribute(measureEClass, MEASURE__DATA_SOURCE);
		createEReference(measureEClass, MEASURE__TARGETS);
		createEReference(measureEClass, MEASURE__OWNERS);
		createEAttribute(measureEClass, MEASURE__OWNER_NOTE);
		createEReference(measureEClass, MEASURE__CONTRIBUTES_TO);
		createEAttribute(measureEClass, MEASURE__UNIT);
		createEAttribute(measureEClass, MEASURE__POLARITY);
		createEAttribute(measureEClass, MEASURE__COMPUTATION);
		createEReference(measureEClass, MEASURE__NATIONAL_INDICATOR);
		createEReference(measureEClass, MEASURE__TOLERANCE);

		measureSetEClass = createEClass(MEASURE_SET);
		createEAttribute(measureSetEClass, MEASURE_SET__CODE);
		createEReference(measureSetEClass, MEASURE_SET__MEASURES);

		targetEClass = createEClass(TARGET);
		createEAttribute(targetEClass, TARGET__YEAR);
		createEAttribute(targetEClass, TARGET__VALUE);
		createEAttribute(targetEClass, TARGET__BASELINE);
		createEAttribute(targetEClass, TARGET__DIRECTION);
		createEAttribute(targetEClass, TARGET__FIGURE);
		createEAttribute(targetEClass, TARGET__SCOPE);
		createEAttribute(targetEClass, TARGET__SCOPE_NAME);

		businessGroupEClass = createEClass(BUSINESS_GROUP);
		createEAttribute(businessGroupEClass, BUSINESS_GROUP__CODE);
		createEReference(businessGroupEClass, BUSINESS_GROUP__MEASURES);

		alignmentEClass = createEClass(ALIGNMENT);
		createEReference(alignmentEClass, ALIGNMENT__SOURCE);
		createEReference(alignmentEClass, ALIGNMENT__TARGET);
		createEReference(alignmentEClass, ALIGNMENT__KEY_ACTIVITIES);
		createEAttribute(alignmentEClass, ALIGNMENT__PUBLISHED_KEY_ACTIVITIES);
		createEReference(alignmentEClass, ALIGNMENT__LEAD_AGENTS);
		createEAttribute(alignmentEClass, ALIGNMENT__ACTIVITIES);
		createEAttribute(alignmentEClass, ALIGNMENT__PUBLISHED_IN);
		createEAttribute(alignmentEClass, ALIGNMENT__REVIEWED_AGAINST);

		alignmentTargetEClass = createEClass(ALIGNMENT_TARGET);
		createEAttribute(alignmentTargetEClass, ALIGNMENT_TARGET__CODE);
		createEAttribute(alignmentTargetEClass, ALIGNMENT_TARGET__DESCRIPTION);

		frameworkEClass = createEClass(FRAMEWORK);
		createEAttribute(frameworkEClass, FRAMEWORK__KIND);
		createEAttribute(frameworkEClass, FRAMEWORK__PERIOD);
		createEAttribute(frameworkEClass, FRAMEWORK__PUBLISHER);
		createEAttribute(frameworkEClass, FRAMEWORK__NATIONAL);
		createEReference(frameworkEClass, FRAMEWORK__ITEMS);
		createEAttribute(frameworkEClass, FRAMEWORK__IN_FORCE_FROM);
		createEAttribute(frameworkEClass, FRAMEWORK__IN_FORCE_TO);
		createEAttribute(frameworkEClass, FRAMEWORK__STATUS);
		createEReference(frameworkEClass, FRAMEWORK__SUPERSEDED_BY);

		priorityItemEClass = createEClass(PRIORITY_ITEM);
		createEReference(priorityItemEClass, PRIORITY_ITEM__CHILDREN);
		createEReference(priorityItemEClass, PRIORITY_ITEM__CORRESPONDS_TO);
		createEAttribute(priorityItemEClass, PRIORITY_ITEM__GROUP);
		createEAttribute(priorityItemEClass, PRIORITY_ITEM__IN_FORCE_FROM);
		createEAttribute(priorityItemEClass, PRIORITY_ITEM__IN_FORCE_TO);
		createEReference(priorityItemEClass, PRIORITY_ITEM__SUCCESSIONS);

		successionEClass = createEClass(SUCCESSION);
		createEAttribute(successionEClass, SUCCESSION__KIND);
		createEReference(successionEClass, SUCCESSION__SUCCESSORS);
		createEAttribute(successionEClass, SUCCESSION__NOTE);

		toleranceEClass = createEClass(TOLERANCE);
		createEAttribute(toleranceEClass, TOLERANCE__AMBER_WITHIN);
		createEAttribute(toleranceEClass, TOLERANCE__RELATIVE);
		createEAttribute(toleranceEClass, TOLERANCE__STABLE_WITHIN);

		resultSetEClass = createEClass(RESULT_SET);
		createEReference(resultSetEClass, RESULT_SET__PLAN);
		createEAttribute(resultSetEClass, RESULT_SET__AS_OF);
		createEAttribute(resultSetEClass, RESULT_SET__SOURCE);
		createEReference(resultSetEClass, RESULT_SET__RESULTS);

		resultEClass = createEClass(RESULT);
		createEReference(resultEClass, RESULT__MEASURE);
		createEAttribute(resultEClass, RESULT__VALUE);
		createEAttribute(resultEClass, RESULT__BREAKDOWN);
		createEAttribute(resultEClass, RESULT__TEXT);
		createEAttribute(resultEClass, RESULT__PERIOD_FROM);
		createEAttribute(resultEClass, RESULT__PERIOD_TO);
		createEAttribute(resultEClass, RESULT__PERIOD_TEXT);
		createEAttribute(resultEClass, RESULT__AS_OF);
		createEAttribute(resultEClass, RESULT__SCOPE);
		createEAttribute(resultEClass, RESULT__SCOPE_NAME);
		createEAttribute(resultEClass, RESULT__STATUS);
		createEAttribute(resultEClass, RESULT__COMMENTARY);
		createEAttribute(resultEClass, RESULT__SOURCE);
		createEAttribute(resultEClass, RESULT__REPORTED_TARGET);
		createEAttribute(resultEClass, RESULT__REPORTED_TREND);

		inspectionEClass = createEClass(INSPECTION);
		createEAttribute(inspectionEClass, INSPECTION__INSPECTORATE);
		createEAttribute(inspectionEClass, INSPECTION__DATE);
		createEAttribute(inspectionEClass, INSPECTION__GRADING);
		createEAttribute(inspectionEClass, INSPECTION__RECOMMENDATIONS);
		createEAttribute(inspectionEClass, INSPECTION__AREAS_FOR_IMPROVEMENT);
		createEReference(inspectionEClass, INSPECTION__OBJECTIVES);
		createEReference(inspectionEClass, INSPECTION__BUSINESS_GROUPS);
		createEReference(inspectionEClass, INSPECTION__FINDINGS);
		createEReference(inspectionEClass, INSPECTION__SCORES);

		inspectionFindingEClass = createEClass(INSPECTION_FINDING);
		createEAttribute(inspectionFindingEClass, INSPECTION_FINDING__GRADING);
		createEAttribute(inspectionFindingEClass, INSPECTION_FINDING__RECOMMENDATIONS);
		createEAttribute(inspectionFindingEClass, INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT);
		createEAttribute(inspectionFindingEClass, INSPECTION_FINDING__ACTION_STATUS);
		createEAttribute(inspectionFindingEClass, INSPECTION_FINDING__DUE);
		createEReference(inspectionFindingEClass, INSPECTION_FINDING__OWNER);

		inspectionScoreEClass = createEClass(INSPECTION_SCORE);
		createEAttribute(inspectionScoreEClass, INSPECTION_SCORE__THEME);
		createEAttribute(inspectionScoreEClass, INSPECTION_SCORE__YEAR);
		createEAttribute(inspectionScoreEClass, INSPECTION_SCORE__SCORE);

		budgetEClass = createEClass(BUDGET);
		createEReference(budgetEClass, BUDGET__BUSINESS_GROUP);
		createEAttribute(budgetEClass, BUDGET__KIND);
		createEAttribute(budgetEClass, BUDGET__UNIT);
		createEReference(budgetEClass, BUDGET__COLUMNS);
		createEReference(budgetEClass, BUDGET__LINES);

		budgetColumnEClass = createEClass(BUDGET_COLUMN);
		createEAttribute(budgetColumnEClass, BUDGET_COLUMN__LABEL);
		createEAttribute(budgetColumnEClass, BUDGET_COLUMN__YEAR);
		createEAttribute(budgetColumnEClass, BUDGET_COLUMN__BASIS);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__LABEL);
		createEAttribute(budgetLineEClass, BUDGET_LINE__KIND);
		createEAttribute(budgetLineEClass, BUDGET_LINE__AMOUNTS);

		// Create enums
		planStatusEEnum = createEEnum(PLAN_STATUS);
		measureKindEEnum = createEEnum(MEASURE_KIND);
		targetDirectionEEnum = createEEnum(TARGET_DIRECTION);
		frameworkStatusEEnum = createEEnum(FRAMEWORK_STATUS);
		frameworkKindEEnum = createEEnum(FRAMEWORK_KIND);
		successionKindEEnum = createEEnum(SUCCESSION_KIND);
		unitEEnum = createEEnum(UNIT);
		polarityEEnum = createEEnum(POLARITY);
		computationEEnum = createEEnum(COMPUTATION);
		scopeKindEEnum = createEEnum(SCOPE_KIND);
		resultStatusEEnum = createEEnum(RESULT_STATUS);
		budgetKindEEnum = createEEnum(BUDGET_KIND);
		budgetLineKindEEnum = createEEnum(BUDGET_LINE_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		elementEClass.getESuperTypes().add(this.getIdentified());
		namedEClass.getESuperTypes().add(this.getElement());
		planEClass.getESuperTypes().add(this.getNamed());
		strategicOutcomeEClass.getESuperTypes().add(this.getNamed());
		alignableElementEClass.getESuperTypes().add(this.getNamed());
		corporateObjectiveEClass.getESuperTypes().add(this.getAlignableElement());
		corporateObjectiveEClass.getESuperTypes().add(this.getAlignmentTarget());
		keyActivityEClass.getESuperTypes().add(this.getAlignableElement());
		measureEClass.getESuperTypes().add(this.getAlignableElement());
		measureSetEClass.getESuperTypes().add(this.getNamed());
		targetEClass.getESuperTypes().add(this.getElement());
		businessGroupEClass.getESuperTypes().add(this.getNamed());
		alignmentEClass.getESuperTypes().add(this.getElement());
		alignmentTargetEClass.getESuperTypes().add(this.getNamed());
		frameworkEClass.getESuperTypes().add(this.getAlignmentTarget());
		priorityItemEClass.getESuperTypes().add(this.getAlignmentTarget());
		resultSetEClass.getESuperTypes().add(this.getNamed());
		resultEClass.getESuperTypes().add(this.getElement());
		inspectionEClass.getESuperTypes().add(this.getNamed());
		inspectionFindingEClass.getESuperTypes().add(this.getNamed());
		inspectionScoreEClass.getESuperTypes().add(this.getElement());
		budgetEClass.getESuperTypes().add(this.getNamed());
		budgetColumnEClass.getESuperTypes().add(this.getElement());
		budgetLineEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Note(), ecorePackage.getEString(), "note", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getElement_Properties(), this.getProperty(), null, "properties", null, 0, -1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_Title(), ecorePackage.getEString(), "title", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNamed_Wordings(), this.getWording(), null, "wordings", null, 0, -1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getNamed__GetLabel(), ecorePackage.getEString(), "getLabel", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(wordingEClass, Wording.class, "Wording", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWording_Source(), ecorePackage.getEString(), "source", null, 0, 1, Wording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWording_Text(), ecorePackage.getEString(), "text", null, 0, 1, Wording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWording_Reviewed(), ecorePackage.getEBoolean(), "reviewed", null, 0, 1, Wording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyEClass, Property.class, "Property", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planEClass, Plan.class, "Plan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlan_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_PeriodStart(), ecorePackage.getEString(), "periodStart", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_PeriodEnd(), ecorePackage.getEString(), "periodEnd", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Status(), this.getPlanStatus(), "status", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Version(), ecorePackage.getEString(), "version", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_OutcomeLabel(), ecorePackage.getEString(), "outcomeLabel", "Strategic outcome", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_ObjectiveLabel(), ecorePackage.getEString(), "objectiveLabel", "Corporate objective", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_ActivityLabel(), ecorePackage.getEString(), "activityLabel", "Key activity", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_ActivityPrefix(), ecorePackage.getEString(), "activityPrefix", "KA", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Years(), ecorePackage.getEString(), "years", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Frameworks(), this.getFramework(), null, "frameworks", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Outcomes(), this.getStrategicOutcome(), null, "outcomes", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Objectives(), this.getCorporateObjective(), null, "objectives", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_BusinessGroups(), this.getBusinessGroup(), null, "businessGroups", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_MeasureSets(), this.getMeasureSet(), null, "measureSets", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Inspections(), this.getInspection(), null, "inspections", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Budgets(), this.getBudget(), null, "budgets", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_ParentPlans(), this.getPlan(), null, "parentPlans", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_DefaultTolerance(), this.getTolerance(), null, "defaultTolerance", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategicOutcomeEClass, StrategicOutcome.class, "StrategicOutcome", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStrategicOutcome_Code(), ecorePackage.getEString(), "code", null, 0, 1, StrategicOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicOutcome_Children(), this.getStrategicOutcome(), null, "children", null, 0, -1, StrategicOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicOutcome_Serves(), this.getStrategicOutcome(), null, "serves", null, 0, -1, StrategicOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategicOutcome_Objectives(), this.getCorporateObjective(), this.getCorporateObjective_Outcomes(), "objectives", null, 0, -1, StrategicOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alignableElementEClass, AlignableElement.class, "AlignableElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAlignableElement_Alignments(), this.getAlignment(), this.getAlignment_Source(), "alignments", null, 0, -1, AlignableElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(corporateObjectiveEClass, CorporateObjective.class, "CorporateObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCorporateObjective_Tier(), ecorePackage.getEString(), "tier", null, 0, 1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCorporateObjective_LocalRationale(), ecorePackage.getEString(), "localRationale", null, 0, 1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCorporateObjective_Number(), ecorePackage.getEInt(), "number", null, 0, 1, CorporateObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getCorporateObjective_Outcomes(), this.getStrategicOutcome(), this.getStrategicOutcome_Objectives(), "outcomes", null, 0, -1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCorporateObjective_KeyActivities(), this.getKeyActivity(), null, "keyActivities", null, 0, -1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCorporateObjective_Measures(), this.getMeasure(), null, "measures", null, 0, -1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCorporateObjective_Leads(), this.getBusinessGroup(), null, "leads", null, 0, -1, CorporateObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyActivityEClass, KeyActivity.class, "KeyActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyActivity_Number(), ecorePackage.getEInt(), "number", null, 0, 1, KeyActivity.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasure_Number(), ecorePackage.getEString(), "number", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Code(), ecorePackage.getEString(), "code", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Kind(), this.getMeasureKind(), "kind", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Targets(), this.getTarget(), null, "targets", null, 0, -1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Owners(), this.getBusinessGroup(), null, "owners", null, 0, -1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_OwnerNote(), ecorePackage.getEString(), "ownerNote", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_ContributesTo(), this.getCorporateObjective(), null, "contributesTo", null, 0, -1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Unit(), this.getUnit(), "unit", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Polarity(), this.getPolarity(), "polarity", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Computation(), this.getComputation(), "computation", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_NationalIndicator(), this.getPriorityItem(), null, "nationalIndicator", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Tolerance(), this.getTolerance(), null, "tolerance", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureSetEClass, MeasureSet.class, "MeasureSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasureSet_Code(), ecorePackage.getEString(), "code", null, 0, 1, MeasureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasureSet_Measures(), this.getMeasure(), null, "measures", null, 0, -1, MeasureSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetEClass, Target.class, "Target", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTarget_Year(), ecorePackage.getEString(), "year", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Value(), ecorePackage.getEString(), "value", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Direction(), this.getTargetDirection(), "direction", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Figure(), ecorePackage.getEDoubleObject(), "figure", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_Scope(), this.getScopeKind(), "scope", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTarget_ScopeName(), ecorePackage.getEString(), "scopeName", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessGroupEClass, BusinessGroup.class, "BusinessGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessGroup_Code(), ecorePackage.getEString(), "code", null, 0, 1, BusinessGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessGroup_Measures(), this.getMeasure(), null, "measures", null, 0, -1, BusinessGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alignmentEClass, Alignment.class, "Alignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAlignment_Source(), this.getAlignableElement(), this.getAlignableElement_Alignments(), "source", null, 0, 1, Alignment.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlignment_Target(), this.getAlignmentTarget(), null, "target", null, 1, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlignment_KeyActivities(), this.getKeyActivity(), null, "keyActivities", null, 0, -1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignment_PublishedKeyActivities(), ecorePackage.getEString(), "publishedKeyActivities", null, 0, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAlignment_LeadAgents(), this.getBusinessGroup(), null, "leadAgents", null, 0, -1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignment_Activities(), ecorePackage.getEString(), "activities", null, 0, -1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignment_PublishedIn(), ecorePackage.getEString(), "publishedIn", null, 0, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignment_ReviewedAgainst(), ecorePackage.getEString(), "reviewedAgainst", null, 0, 1, Alignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alignmentTargetEClass, AlignmentTarget.class, "AlignmentTarget", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlignmentTarget_Code(), ecorePackage.getEString(), "code", null, 0, 1, AlignmentTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlignmentTarget_Description(), ecorePackage.getEString(), "description", null, 0, 1, AlignmentTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frameworkEClass, Framework.class, "Framework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFramework_Kind(), this.getFrameworkKind(), "kind", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Period(), ecorePackage.getEString(), "period", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_National(), ecorePackage.getEBoolean(), "national", "true", 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Items(), this.getPriorityItem(), null, "items", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_InForceFrom(), ecorePackage.getEString(), "inForceFrom", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_InForceTo(), ecorePackage.getEString(), "inForceTo", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Status(), this.getFrameworkStatus(), "status", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_SupersededBy(), this.getFramework(), null, "supersededBy", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(priorityItemEClass, PriorityItem.class, "PriorityItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPriorityItem_Children(), this.getPriorityItem(), null, "children", null, 0, -1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityItem_CorrespondsTo(), this.getPriorityItem(), null, "correspondsTo", null, 0, -1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityItem_Group(), ecorePackage.getEBoolean(), "group", null, 0, 1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityItem_InForceFrom(), ecorePackage.getEString(), "inForceFrom", null, 0, 1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriorityItem_InForceTo(), ecorePackage.getEString(), "inForceTo", null, 0, 1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriorityItem_Successions(), this.getSuccession(), null, "successions", null, 0, -1, PriorityItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(successionEClass, Succession.class, "Succession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuccession_Kind(), this.getSuccessionKind(), "kind", null, 0, 1, Succession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSuccession_Successors(), this.getPriorityItem(), null, "successors", null, 0, -1, Succession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuccession_Note(), ecorePackage.getEString(), "note", null, 0, 1, Succession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(toleranceEClass, Tolerance.class, "Tolerance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTolerance_AmberWithin(), ecorePackage.getEDoubleObject(), "amberWithin", null, 0, 1, Tolerance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTolerance_Relative(), ecorePackage.getEBoolean(), "relative", null, 0, 1, Tolerance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTolerance_StableWithin(), ecorePackage.getEDoubleObject(), "stableWithin", null, 0, 1, Tolerance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultSetEClass, ResultSet.class, "ResultSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getResultSet_Plan(), this.getPlan(), null, "plan", null, 0, 1, ResultSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultSet_AsOf(), ecorePackage.getEString(), "asOf", null, 0, 1, ResultSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResultSet_Source(), ecorePackage.getEString(), "source", null, 0, 1, ResultSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResultSet_Results(), this.getResult(), null, "results", null, 0, -1, ResultSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultEClass, Result.class, "Result", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getResult_Measure(), this.getMeasure(), null, "measure", null, 1, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Breakdown(), ecorePackage.getEString(), "breakdown", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Text(), ecorePackage.getEString(), "text", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_PeriodFrom(), ecorePackage.getEString(), "periodFrom", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_PeriodTo(), ecorePackage.getEString(), "periodTo", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_PeriodText(), ecorePackage.getEString(), "periodText", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_AsOf(), ecorePackage.getEString(), "asOf", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Scope(), this.getScopeKind(), "scope", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_ScopeName(), ecorePackage.getEString(), "scopeName", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Status(), this.getResultStatus(), "status", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Commentary(), ecorePackage.getEString(), "commentary", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_Source(), ecorePackage.getEString(), "source", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_ReportedTarget(), ecorePackage.getEString(), "reportedTarget", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResult_ReportedTrend(), ecorePackage.getEString(), "reportedTrend", null, 0, 1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionEClass, Inspection.class, "Inspection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspection_Inspectorate(), ecorePackage.getEString(), "inspectorate", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Date(), ecorePackage.getEString(), "date", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Grading(), ecorePackage.getEString(), "grading", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_Recommendations(), ecorePackage.getEInt(), "recommendations", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspection_AreasForImprovement(), ecorePackage.getEInt(), "areasForImprovement", null, 0, 1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_Objectives(), this.getCorporateObjective(), null, "objectives", null, 0, -1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_BusinessGroups(), this.getBusinessGroup(), null, "businessGroups", null, 0, -1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_Findings(), this.getInspectionFinding(), null, "findings", null, 0, -1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspection_Scores(), this.getInspectionScore(), null, "scores", null, 0, -1, Inspection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionFindingEClass, InspectionFinding.class, "InspectionFinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspectionFinding_Grading(), ecorePackage.getEString(), "grading", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionFinding_Recommendations(), ecorePackage.getEInt(), "recommendations", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionFinding_AreasForImprovement(), ecorePackage.getEInt(), "areasForImprovement", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionFinding_ActionStatus(), ecorePackage.getEString(), "actionStatus", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionFinding_Due(), ecorePackage.getEString(), "due", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInspectionFinding_Owner(), this.getBusinessGroup(), null, "owner", null, 0, 1, InspectionFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inspectionScoreEClass, InspectionScore.class, "InspectionScore", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInspectionScore_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, InspectionScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionScore_Year(), ecorePackage.getEString(), "year", null, 0, 1, InspectionScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInspectionScore_Score(), ecorePackage.getEString(), "score", null, 0, 1, InspectionScore.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBudget_BusinessGroup(), this.getBusinessGroup(), null, "businessGroup", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_Kind(), this.getBudgetKind(), "kind", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudget_Columns(), this.getBudgetColumn(), null, "columns", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudget_Lines(), this.getBudgetLine(), null, "lines", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetColumnEClass, BudgetColumn.class, "BudgetColumn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetColumn_Label(), ecorePackage.getEString(), "label", null, 0, 1, BudgetColumn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetColumn_Year(), ecorePackage.getEString(), "year", null, 0, 1, BudgetColumn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetColumn_Basis(), ecorePackage.getEString(), "basis", null, 0, 1, BudgetColumn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetLine_Label(), ecorePackage.getEString(), "label", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Kind(), this.getBudgetLineKind(), "kind", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Amounts(), ecorePackage.getEString(), "amounts", null, 0, -1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.AGREED);
		addEEnumLiteral(planStatusEEnum, PlanStatus.PUBLISHED);

		initEEnum(measureKindEEnum, MeasureKind.class, "MeasureKind");
		addEEnumLiteral(measureKindEEnum, MeasureKind.HEADLINE);
		addEEnumLiteral(measureKindEEnum, MeasureKind.BUSINESS_GROUP);
		addEEnumLiteral(measureKindEEnum, MeasureKind.HEALTH_INDICATOR);
		addEEnumLiteral(measureKindEEnum, MeasureKind.KPI);

		initEEnum(targetDirectionEEnum, TargetDirection.class, "TargetDirection");
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.UNSPECIFIED);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.INCREASE);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.DECREASE);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.MAINTAIN);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.ACHIEVE);
		addEEnumLiteral(targetDirectionEEnum, TargetDirection.TRACK);

		initEEnum(frameworkStatusEEnum, FrameworkStatus.class, "FrameworkStatus");
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.IN_FORCE);
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.WITHDRAWN);
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.SUPERSEDED);

		initEEnum(frameworkKindEEnum, FrameworkKind.class, "FrameworkKind");
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.PSA);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.SPP);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.NI);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.APACS);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.PS);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.MAYOR);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.CONCERN);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.LAA);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.CHI);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.NPP);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.OTHER);
		addEEnumLiteral(frameworkKindEEnum, FrameworkKind.PLEDGE);

		initEEnum(successionKindEEnum, SuccessionKind.class, "SuccessionKind");
		addEEnumLiteral(successionKindEEnum, SuccessionKind.SAME);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.BROADENED);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.NARROWED);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.CHANGED_BASIS);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.MERGED);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.SPLIT);
		addEEnumLiteral(successionKindEEnum, SuccessionKind.WITHDRAWN);

		initEEnum(unitEEnum, Unit.class, "Unit");
		addEEnumLiteral(unitEEnum, Unit.UNSPECIFIED);
		addEEnumLiteral(unitEEnum, Unit.PERCENT);
		addEEnumLiteral(unitEEnum, Unit.PERCENTAGE_POINTS);
		addEEnumLiteral(unitEEnum, Unit.COUNT);
		addEEnumLiteral(unitEEnum, Unit.RATE_PER1000);
		addEEnumLiteral(unitEEnum, Unit.RATE_PER10000);
		addEEnumLiteral(unitEEnum, Unit.RATE_PER100_MILLION_VEHICLE_KM);
		addEEnumLiteral(unitEEnum, Unit.MONTHLY_AVERAGE);
		addEEnumLiteral(unitEEnum, Unit.MONEY);

		initEEnum(polarityEEnum, Polarity.class, "Polarity");
		addEEnumLiteral(polarityEEnum, Polarity.UNSPECIFIED);
		addEEnumLiteral(polarityEEnum, Polarity.HIGHER_IS_BETTER);
		addEEnumLiteral(polarityEEnum, Polarity.LOWER_IS_BETTER);
		addEEnumLiteral(polarityEEnum, Polarity.CLOSER_TO_TARGET);

		initEEnum(computationEEnum, Computation.class, "Computation");
		addEEnumLiteral(computationEEnum, Computation.UNSPECIFIED);
		addEEnumLiteral(computationEEnum, Computation.ROLLING12_MONTHS);
		addEEnumLiteral(computationEEnum, Computation.FINANCIAL_YEAR_TO_DATE);
		addEEnumLiteral(computationEEnum, Computation.MONTHLY_AVERAGE);
		addEEnumLiteral(computationEEnum, Computation.CHANGE_ON_PREVIOUS_YEAR);
		addEEnumLiteral(computationEEnum, Computation.PERIOD);

		initEEnum(scopeKindEEnum, ScopeKind.class, "ScopeKind");
		addEEnumLiteral(scopeKindEEnum, ScopeKind.CORPORATE);
		addEEnumLiteral(scopeKindEEnum, ScopeKind.BUSINESS_GROUP);
		addEEnumLiteral(scopeKindEEnum, ScopeKind.BOROUGH);
		addEEnumLiteral(scopeKindEEnum, ScopeKind.LOCAL_AREA_AGREEMENT);

		initEEnum(resultStatusEEnum, ResultStatus.class, "ResultStatus");
		addEEnumLiteral(resultStatusEEnum, ResultStatus.PROVISIONAL);
		addEEnumLiteral(resultStatusEEnum, ResultStatus.FINAL);

		initEEnum(budgetKindEEnum, BudgetKind.class, "BudgetKind");
		addEEnumLiteral(budgetKindEEnum, BudgetKind.REVENUE);
		addEEnumLiteral(budgetKindEEnum, BudgetKind.CAPITAL);

		initEEnum(budgetLineKindEEnum, BudgetLineKind.class, "BudgetLineKind");
		addEEnumLiteral(budgetLineKindEEnum, BudgetLineKind.LINE);
		addEEnumLiteral(budgetLineKindEEnum, BudgetLineKind.HEADING);
		addEEnumLiteral(budgetLineKindEEnum, BudgetLineKind.TOTAL);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "Plantrace: multi-year public-sector plans (outcomes, objectives, key activities, measures, targets) and the national frameworks they align to. Plans and frameworks live in separate files; alignments cross files by stable id."
		   });
		addAnnotation
		  (identifiedEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Anything with a stable, unique id. The id never changes when printed numbers or titles change; cross-file references use it."
		   });
		addAnnotation
		  (getElement_Note(),
		   source,
		   new String[]
		   {
			   "documentation", "Free text: rationale, provenance, or a correction made to the published document."
		   });
		addAnnotation
		  (getElement_Properties(),
		   source,
		   new String[]
		   {
			   "documentation", "Extra key/value data a framework or plan carries that has no dedicated feature (e.g. LAA selection counts, APACS outcomes)."
		   });
		addAnnotation
		  (getNamed__GetLabel(),
		   source,
		   new String[]
		   {
			   "documentation", "The full title if set, else the short name, else the id.",
			   "body", "String t = getTitle();\nif (t != null && !t.isBlank()) return t;\nString n = getName();\nif (n != null && !n.isBlank()) return n;\nreturn getId();"
		   });
		addAnnotation
		  (getNamed_Name(),
		   source,
		   new String[]
		   {
			   "documentation", "Short name used in lists and matrices."
		   });
		addAnnotation
		  (getNamed_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Full title as it is to be printed. Every appendix prints this one wording."
		   });
		addAnnotation
		  (getNamed_Wordings(),
		   source,
		   new String[]
		   {
			   "documentation", "Other wordings of the title found in published tables, kept as evidence of drift; validation reports each one."
		   });
		addAnnotation
		  (getWording_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the wording was published, e.g. \'Appendix D\'."
		   });
		addAnnotation
		  (getWording_Reviewed(),
		   source,
		   new String[]
		   {
			   "documentation", "An analyst has reviewed how this wording differs from the element\'s title and accepted it: validation no longer reports the difference."
		   });
		addAnnotation
		  (getPlan_PeriodStart(),
		   source,
		   new String[]
		   {
			   "documentation", "First financial year of the plan, e.g. \'2009/10\'."
		   });
		addAnnotation
		  (getPlan_OutcomeLabel(),
		   source,
		   new String[]
		   {
			   "documentation", "What this plan calls its top level (strategic outcome, priority, strategic driver)."
		   });
		addAnnotation
		  (getPlan_ActivityPrefix(),
		   source,
		   new String[]
		   {
			   "documentation", "Prefix of printed key-activity numbers, e.g. \'KA\' for KA1, KA2."
		   });
		addAnnotation
		  (getPlan_Years(),
		   source,
		   new String[]
		   {
			   "documentation", "The years targets are set for, in column order (e.g. 2009/10, 2008/09)."
		   });
		addAnnotation
		  (getPlan_Frameworks(),
		   source,
		   new String[]
		   {
			   "documentation", "The national frameworks (usually in other files) this plan must trace to."
		   });
		addAnnotation
		  (getPlan_MeasureSets(),
		   source,
		   new String[]
		   {
			   "documentation", "Plan-level sets of measures that are not held by one objective (e.g. a table of key performance indicators); each measure may say which objectives it contributes to."
		   });
		addAnnotation
		  (getPlan_Inspections(),
		   source,
		   new String[]
		   {
			   "documentation", "Inspections and audits of the organisation the plan reports on (HMIC, Audit Commission), with their findings, actions and scores."
		   });
		addAnnotation
		  (getPlan_Budgets(),
		   source,
		   new String[]
		   {
			   "documentation", "Budget tables as the plan prints them: revenue and capital, per business group, columns per year."
		   });
		addAnnotation
		  (getPlan_ParentPlans(),
		   source,
		   new String[]
		   {
			   "documentation", "The plans this plan delivers (a borough or directorate plan lists the corporate plan); its objectives align to their objectives, so the golden thread runs from the national frameworks through the parent plan to this one."
		   });
		addAnnotation
		  (getPlan_DefaultTolerance(),
		   source,
		   new String[]
		   {
			   "documentation", "Tolerances for the status of measures that have none of their own."
		   });
		addAnnotation
		  (getStrategicOutcome_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "Printed code, e.g. \'CONFIDENCE\' or \'A\'."
		   });
		addAnnotation
		  (getStrategicOutcome_Children(),
		   source,
		   new String[]
		   {
			   "documentation", "Sub-outcomes (e.g. strategic driver -> corporate priority)."
		   });
		addAnnotation
		  (getStrategicOutcome_Serves(),
		   source,
		   new String[]
		   {
			   "documentation", "Other outcomes this one also serves besides the one that contains it: a corporate priority listed under several strategic drivers is held once, under the first, and serves the others."
		   });
		addAnnotation
		  (getStrategicOutcome_Objectives(),
		   source,
		   new String[]
		   {
			   "documentation", "The objectives that deliver this outcome."
		   });
		addAnnotation
		  (getCorporateObjective_Tier(),
		   source,
		   new String[]
		   {
			   "documentation", "The kind of objective as the plan prints it where a plan has several (e.g. \'Met corporate objective\', \'Delivery objective\'); empty when the plan has one kind."
		   });
		addAnnotation
		  (getCorporateObjective_LocalRationale(),
		   source,
		   new String[]
		   {
			   "documentation", "Why this objective is deliberately local and traces to no national priority (justified non-alignment). An objective with a rationale and no national link is reported as information, not as an error."
		   });
		addAnnotation
		  (getCorporateObjective_Number(),
		   source,
		   new String[]
		   {
			   "documentation", "1-based position among the plan\'s objectives; derived, never stored.",
			   "get", "return eContainer() instanceof org.plantrace.model.Plan plan ? plan.getObjectives().indexOf(this) + 1 : 0;"
		   });
		addAnnotation
		  (getCorporateObjective_Leads(),
		   source,
		   new String[]
		   {
			   "documentation", "Business groups leading delivery of the objective."
		   });
		addAnnotation
		  (getKeyActivity_Number(),
		   source,
		   new String[]
		   {
			   "documentation", "1-based position within its objective (KA1, KA2, ...); derived, so reordering renumbers while the id stays.",
			   "get", "return eContainer() instanceof org.plantrace.model.CorporateObjective objective ? objective.getKeyActivities().indexOf(this) + 1 : 0;"
		   });
		addAnnotation
		  (getMeasure_Number(),
		   source,
		   new String[]
		   {
			   "documentation", "Printed number of the measure in its table (e.g. \'13\')."
		   });
		addAnnotation
		  (getMeasure_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "Performance code, e.g. \'CPA KPI 2(a)\' or \'Policing Pledge Promise 5\'."
		   });
		addAnnotation
		  (getMeasure_DataSource(),
		   source,
		   new String[]
		   {
			   "documentation", "Data source, e.g. PAS, BCS, USS, CARMS."
		   });
		addAnnotation
		  (getMeasure_Owners(),
		   source,
		   new String[]
		   {
			   "documentation", "Business groups that also hold this as their measure (\'Also BG measure\')."
		   });
		addAnnotation
		  (getMeasure_ContributesTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Objectives a measure of a plan-level measure set contributes to (a measure held by an objective contributes to that objective without saying so)."
		   });
		addAnnotation
		  (getMeasure_Unit(),
		   source,
		   new String[]
		   {
			   "documentation", "What the reported figure counts: a percentage, percentage points, a count, a rate per 1,000 / 10,000 population or per 100 million vehicle km, a monthly average, an amount of money."
		   });
		addAnnotation
		  (getMeasure_Polarity(),
		   source,
		   new String[]
		   {
			   "documentation", "Which way is better: higher, lower, or closer to the target. Decides RAG and trend; when unspecified the direction of the target is used."
		   });
		addAnnotation
		  (getMeasure_Computation(),
		   source,
		   new String[]
		   {
			   "documentation", "How the reported figure is computed: rolling 12 months, financial year to date, monthly average, change on the previous year, or the figure of the period as given."
		   });
		addAnnotation
		  (getMeasure_NationalIndicator(),
		   source,
		   new String[]
		   {
			   "documentation", "The national indicator (SPI, NI) this measure reports, when it reports one."
		   });
		addAnnotation
		  (getMeasure_Tolerance(),
		   source,
		   new String[]
		   {
			   "documentation", "Tolerances for this measure\'s status; when empty the plan\'s default tolerance applies."
		   });
		addAnnotation
		  (measureSetEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A plan-level table of measures, such as the key performance indicators a plan is monitored against."
		   });
		addAnnotation
		  (getMeasureSet_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "Printed code or number of the set, if any."
		   });
		addAnnotation
		  (getMeasureSet_Measures(),
		   source,
		   new String[]
		   {
			   "documentation", "The measures of the set, in printed order."
		   });
		addAnnotation
		  (getTarget_Value(),
		   source,
		   new String[]
		   {
			   "documentation", "The target as printed, e.g. \'80%\' or \'Circa 2% reduction on 2008/09 anticipated outcome\'."
		   });
		addAnnotation
		  (getTarget_Figure(),
		   source,
		   new String[]
		   {
			   "documentation", "The target as a number in the measure\'s unit (78.9 for \'78.9%\', -4 for a 4% reduction), for status. When empty, the printed value is read when it is a plain figure; otherwise the measure is baselining."
		   });
		addAnnotation
		  (getTarget_Scope(),
		   source,
		   new String[]
		   {
			   "documentation", "Whose target this is: corporate (the default), a business group, a borough, or a local area agreement."
		   });
		addAnnotation
		  (getTarget_ScopeName(),
		   source,
		   new String[]
		   {
			   "documentation", "Which business group, borough or local area agreement, e.g. \'Lambeth\' or \'TP\'; empty for corporate."
		   });
		addAnnotation
		  (getBusinessGroup_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "Abbreviation, e.g. TP, SCD, SO."
		   });
		addAnnotation
		  (getBusinessGroup_Measures(),
		   source,
		   new String[]
		   {
			   "documentation", "Measures held by the business group only, additional to the corporate ones."
		   });
		addAnnotation
		  (alignmentEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A traced link from an objective, key activity or measure to a national priority item, or to a whole framework (meaning all of its items)."
		   });
		addAnnotation
		  (getAlignment_KeyActivities(),
		   source,
		   new String[]
		   {
			   "documentation", "Key activities of the source objective through which it delivers the target."
		   });
		addAnnotation
		  (getAlignment_PublishedKeyActivities(),
		   source,
		   new String[]
		   {
			   "documentation", "Key-activity numbers as cited in the published document (e.g. \'KA1 - 3, KA6\'); validation checks they exist."
		   });
		addAnnotation
		  (getAlignment_Activities(),
		   source,
		   new String[]
		   {
			   "documentation", "Business group activity statements delivering this alignment."
		   });
		addAnnotation
		  (getAlignment_PublishedIn(),
		   source,
		   new String[]
		   {
			   "documentation", "The published table this link was taken from, e.g. \'Appendix E\'."
		   });
		addAnnotation
		  (getAlignment_ReviewedAgainst(),
		   source,
		   new String[]
		   {
			   "documentation", "Fingerprint of the target (its code, title and description) when the link was made or last reviewed. When the target\'s wording or definition changes in its framework file, the fingerprints differ and the link is suspect until someone reviews it."
		   });
		addAnnotation
		  (getAlignmentTarget_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "The id as printed in plans, e.g. \'PSA 24\', \'PA1\', \'SPP 1\', \'NI 16\', \'SPI 1.1\'."
		   });
		addAnnotation
		  (frameworkEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A national (or local) priority framework, kept in its own file and reused by plans."
		   });
		addAnnotation
		  (getFramework_National(),
		   source,
		   new String[]
		   {
			   "documentation", "Whether this framework counts as a national priority for the traceability rules."
		   });
		addAnnotation
		  (getFramework_InForceFrom(),
		   source,
		   new String[]
		   {
			   "documentation", "First day the framework is in force, as an ISO date (2008-04-01); empty when not known (then it counts as in force from any date)."
		   });
		addAnnotation
		  (getFramework_InForceTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Last day the framework is in force, as an ISO date (2011-03-31); empty while it is in force."
		   });
		addAnnotation
		  (getFramework_Status(),
		   source,
		   new String[]
		   {
			   "documentation", "Whether the framework is in force, withdrawn without replacement, or superseded by another framework (named in supersededBy)."
		   });
		addAnnotation
		  (getFramework_SupersededBy(),
		   source,
		   new String[]
		   {
			   "documentation", "The frameworks that replace this one."
		   });
		addAnnotation
		  (frameworkKindEEnum.getELiterals().get(11),
		   source,
		   new String[]
		   {
			   "documentation", "A catalogue of service standards the organisation promises the public (the Policing Pledge); its items are standards that measures align to."
		   });
		addAnnotation
		  (getPriorityItem_Children(),
		   source,
		   new String[]
		   {
			   "documentation", "Sub-items: priority actions of a PSA, priorities under a Mayor\'s theme."
		   });
		addAnnotation
		  (getPriorityItem_CorrespondsTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Equivalent items in other frameworks, e.g. the APACS SPI a National Indicator maps to."
		   });
		addAnnotation
		  (getPriorityItem_Group(),
		   source,
		   new String[]
		   {
			   "documentation", "True for a heading that only groups children (e.g. a Mayor\'s theme); aligning to it is not expected."
		   });
		addAnnotation
		  (getPriorityItem_InForceFrom(),
		   source,
		   new String[]
		   {
			   "documentation", "First day this item is in force, when it differs from its framework (ISO date)."
		   });
		addAnnotation
		  (getPriorityItem_InForceTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Last day this item is in force, when it ends before its framework (ISO date), e.g. a target removed mid-period."
		   });
		addAnnotation
		  (getPriorityItem_Successions(),
		   source,
		   new String[]
		   {
			   "documentation", "What replaces this item once it is withdrawn or its framework is superseded."
		   });
		addAnnotation
		  (successionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A typed link from a priority item to what replaces it in a later framework."
		   });
		addAnnotation
		  (getSuccession_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "How the successor relates to the item: the same priority, broadened, narrowed, measured on a changed basis, merged with others, split into several, or withdrawn with no successor."
		   });
		addAnnotation
		  (getSuccession_Successors(),
		   source,
		   new String[]
		   {
			   "documentation", "The items that replace this one (none when withdrawn; several when split)."
		   });
		addAnnotation
		  (getSuccession_Note(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the succession is documented, or why."
		   });
		addAnnotation
		  (unitEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The unit of a measure\'s reported figure."
		   });
		addAnnotation
		  (polarityEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Which way a measure\'s figure is better."
		   });
		addAnnotation
		  (computationEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "How a measure\'s reported figure is computed from the underlying data."
		   });
		addAnnotation
		  (scopeKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Whose target or result: the whole organisation, a business group, a borough, or a local area agreement."
		   });
		addAnnotation
		  (resultStatusEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Whether a result may still change (provisional, e.g. in-year survey data) or is final."
		   });
		addAnnotation
		  (toleranceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "How far a result may fall short of its target and still be amber rather than red, and how small a change counts as stable."
		   });
		addAnnotation
		  (getTolerance_AmberWithin(),
		   source,
		   new String[]
		   {
			   "documentation", "A result short of the target by at most this much is amber; further short is red. In the measure\'s unit, or percent of the target when relative. Empty: 5 percent of the target."
		   });
		addAnnotation
		  (getTolerance_Relative(),
		   source,
		   new String[]
		   {
			   "documentation", "Whether amberWithin and stableWithin are percentages of the target (or of the earlier figure) rather than amounts in the measure\'s unit."
		   });
		addAnnotation
		  (getTolerance_StableWithin(),
		   source,
		   new String[]
		   {
			   "documentation", "A change from the earlier figure of at most this much is \'stable\' rather than +ve or -ve. Empty: 1 percent of the earlier figure."
		   });
		addAnnotation
		  (resultSetEClass,
		   source,
		   new String[]
		   {
			   "documentation", "The root of a results file: one reporting round (e.g. a monthly board or the Commissioner\'s report of October 2008) with results for measures of one plan. Results files are delivered without touching the plan file."
		   });
		addAnnotation
		  (getResultSet_Plan(),
		   source,
		   new String[]
		   {
			   "documentation", "The plan whose measures these results report."
		   });
		addAnnotation
		  (getResultSet_AsOf(),
		   source,
		   new String[]
		   {
			   "documentation", "The date the round reports as of, as an ISO date (2008-10-06); each result may give its own."
		   });
		addAnnotation
		  (getResultSet_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the figures come from, e.g. \'Commissioner\'s report to the MPA, 6 October 2008\'."
		   });
		addAnnotation
		  (getResultSet_Results(),
		   source,
		   new String[]
		   {
			   "documentation", "The results of the round."
		   });
		addAnnotation
		  (resultEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A figure for a measure over a period, for one scope."
		   });
		addAnnotation
		  (getResult_Measure(),
		   source,
		   new String[]
		   {
			   "documentation", "The plan\'s measure this result reports."
		   });
		addAnnotation
		  (getResult_Value(),
		   source,
		   new String[]
		   {
			   "documentation", "The figure in the measure\'s unit (77.0 for \'77.0%\', -7.6 for a 7.6% reduction); empty when only printed text is known."
		   });
		addAnnotation
		  (getResult_Breakdown(),
		   source,
		   new String[]
		   {
			   "documentation", "The part of the measure the figure is for, when a measure reports several (e.g. \'Cocaine (including Crack)\' of the Class A trafficking measure); empty for the measure as a whole."
		   });
		addAnnotation
		  (getResult_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The figure as printed, e.g. \'4.2% points\' or \'Not available\'."
		   });
		addAnnotation
		  (getResult_PeriodFrom(),
		   source,
		   new String[]
		   {
			   "documentation", "First day of the period the figure covers, as an ISO date (2007-07-01 for the year to June 2008)."
		   });
		addAnnotation
		  (getResult_PeriodTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Last day of the period the figure covers, as an ISO date (2008-06-30)."
		   });
		addAnnotation
		  (getResult_PeriodText(),
		   source,
		   new String[]
		   {
			   "documentation", "The period as printed, when given (e.g. \'Year to Jun 08\', \'Apr08 - Aug08\')."
		   });
		addAnnotation
		  (getResult_AsOf(),
		   source,
		   new String[]
		   {
			   "documentation", "The date the figure was extracted or reported, as an ISO date; empty: the result set\'s date."
		   });
		addAnnotation
		  (getResult_Scope(),
		   source,
		   new String[]
		   {
			   "documentation", "Whose result: corporate (the default), a business group, a borough, or a local area agreement."
		   });
		addAnnotation
		  (getResult_ScopeName(),
		   source,
		   new String[]
		   {
			   "documentation", "Which business group, borough or local area agreement; empty for corporate."
		   });
		addAnnotation
		  (getResult_Status(),
		   source,
		   new String[]
		   {
			   "documentation", "Provisional (the default) or final."
		   });
		addAnnotation
		  (getResult_Commentary(),
		   source,
		   new String[]
		   {
			   "documentation", "What the owner says about the figure."
		   });
		addAnnotation
		  (getResult_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Where this figure was published or extracted from, when it differs from the result set\'s source."
		   });
		addAnnotation
		  (getResult_ReportedTarget(),
		   source,
		   new String[]
		   {
			   "documentation", "The target the source printed beside the figure, when it printed one; a difference from the plan\'s target for the period is reported."
		   });
		addAnnotation
		  (getResult_ReportedTrend(),
		   source,
		   new String[]
		   {
			   "documentation", "The direction of travel the source printed (\'+ve\', \'stable\', \'-ve\'), kept as evidence; Plantrace derives its own trend from earlier results."
		   });
		addAnnotation
		  (inspectionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An inspection or audit (HMIC, Audit Commission): who inspected, when, the overall grading, how many recommendations and areas for improvement, what it concerns, its findings and scores."
		   });
		addAnnotation
		  (getInspection_Inspectorate(),
		   source,
		   new String[]
		   {
			   "documentation", "Who inspected, e.g. HMIC, Audit Commission."
		   });
		addAnnotation
		  (getInspection_Date(),
		   source,
		   new String[]
		   {
			   "documentation", "When, as printed (e.g. October 2007, 2007/08)."
		   });
		addAnnotation
		  (getInspection_Grading(),
		   source,
		   new String[]
		   {
			   "documentation", "Overall grading as printed, e.g. good, excellent, adequate performance (Level 2)."
		   });
		addAnnotation
		  (getInspection_Recommendations(),
		   source,
		   new String[]
		   {
			   "documentation", "Number of recommendations made (0: none or not printed)."
		   });
		addAnnotation
		  (getInspection_AreasForImprovement(),
		   source,
		   new String[]
		   {
			   "documentation", "Number of areas for improvement (AFIs)."
		   });
		addAnnotation
		  (getInspection_Objectives(),
		   source,
		   new String[]
		   {
			   "documentation", "The objectives the inspection bears on."
		   });
		addAnnotation
		  (getInspection_BusinessGroups(),
		   source,
		   new String[]
		   {
			   "documentation", "The business groups it concerns or that own its action plan."
		   });
		addAnnotation
		  (getInspection_Findings(),
		   source,
		   new String[]
		   {
			   "documentation", "Its findings per framework or theme, each with grading, counts and the action plan."
		   });
		addAnnotation
		  (getInspection_Scores(),
		   source,
		   new String[]
		   {
			   "documentation", "Scores per theme and year (e.g. PURE theme scores for two years)."
		   });
		addAnnotation
		  (inspectionFindingEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One finding of an inspection (a framework or area inspected): its grading, recommendations and areas for improvement, and the action plan: status, owner, due date."
		   });
		addAnnotation
		  (getInspectionFinding_Grading(),
		   source,
		   new String[]
		   {
			   "documentation", "Grading as printed."
		   });
		addAnnotation
		  (getInspectionFinding_Recommendations(),
		   source,
		   new String[]
		   {
			   "documentation", "Number of recommendations."
		   });
		addAnnotation
		  (getInspectionFinding_AreasForImprovement(),
		   source,
		   new String[]
		   {
			   "documentation", "Number of areas for improvement."
		   });
		addAnnotation
		  (getInspectionFinding_ActionStatus(),
		   source,
		   new String[]
		   {
			   "documentation", "Status of the action plan as printed, e.g. all work now complete, work in progress."
		   });
		addAnnotation
		  (getInspectionFinding_Due(),
		   source,
		   new String[]
		   {
			   "documentation", "When the actions are due to be complete, as printed (e.g. April 2009)."
		   });
		addAnnotation
		  (getInspectionFinding_Owner(),
		   source,
		   new String[]
		   {
			   "documentation", "The business group that owns the action plan."
		   });
		addAnnotation
		  (inspectionScoreEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A score an inspection gave one theme for one year."
		   });
		addAnnotation
		  (getInspectionScore_Theme(),
		   source,
		   new String[]
		   {
			   "documentation", "The theme scored, e.g. Financial Reporting, OVERALL SCORE."
		   });
		addAnnotation
		  (getInspectionScore_Year(),
		   source,
		   new String[]
		   {
			   "documentation", "The year assessed, e.g. 2007/8."
		   });
		addAnnotation
		  (getInspectionScore_Score(),
		   source,
		   new String[]
		   {
			   "documentation", "The score as printed, e.g. 3."
		   });
		addAnnotation
		  (budgetEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A budget table as the plan prints it: revenue or capital, of a business group (or of the organisation), with its columns (years and bases) and lines (headings, lines, totals)."
		   });
		addAnnotation
		  (getBudget_BusinessGroup(),
		   source,
		   new String[]
		   {
			   "documentation", "The business group whose budget this is; unset for the organisation as a whole or a body outside the business groups."
		   });
		addAnnotation
		  (getBudget_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "Revenue or capital."
		   });
		addAnnotation
		  (getBudget_Unit(),
		   source,
		   new String[]
		   {
			   "documentation", "Unit of the amounts as printed, e.g. \u00a3000."
		   });
		addAnnotation
		  (getBudget_Columns(),
		   source,
		   new String[]
		   {
			   "documentation", "The columns of amounts, in printed order."
		   });
		addAnnotation
		  (getBudget_Lines(),
		   source,
		   new String[]
		   {
			   "documentation", "The lines in printed order."
		   });
		addAnnotation
		  (budgetColumnEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A column of a budget table: a financial year and what the figures are for that year."
		   });
		addAnnotation
		  (getBudgetColumn_Label(),
		   source,
		   new String[]
		   {
			   "documentation", "The heading as printed, e.g. Revised Budget 2008/09."
		   });
		addAnnotation
		  (getBudgetColumn_Year(),
		   source,
		   new String[]
		   {
			   "documentation", "The financial year, e.g. 2008/09."
		   });
		addAnnotation
		  (getBudgetColumn_Basis(),
		   source,
		   new String[]
		   {
			   "documentation", "What the figures are: outturn, original budget, revised budget, forecast, budget."
		   });
		addAnnotation
		  (budgetLineEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A line of a budget table: its label, whether it is a heading, a line or a total, and one amount per column as printed (empty where the plan prints none)."
		   });
		addAnnotation
		  (getBudgetLine_Label(),
		   source,
		   new String[]
		   {
			   "documentation", "The line as printed, e.g. Police Staff Pay, TOTAL PAY & OVERTIME."
		   });
		addAnnotation
		  (getBudgetLine_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "Heading, line or total."
		   });
		addAnnotation
		  (getBudgetLine_Amounts(),
		   source,
		   new String[]
		   {
			   "documentation", "One amount per column of the budget, as printed (e.g. 6,296 or -134); empty where none is printed."
		   });
	}

} //PlantracePackageImpl
