/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Plantrace: multi-year public-sector plans (outcomes, objectives, key activities, measures, targets) and the national frameworks they align to. Plans and frameworks live in separate files; alignments cross files by stable id.
 * <!-- end-model-doc -->
 * @see org.plantrace.model.PlantraceFactory
 * @model kind="package"
 * @generated
 */
public interface PlantracePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://plantrace.org/model/1.3";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plantrace";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlantracePackage eINSTANCE = org.plantrace.model.impl.PlantracePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.IdentifiedImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.ElementImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NOTE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__PROPERTIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.NamedImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__TITLE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__WORDINGS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED___GET_LABEL = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.WordingImpl <em>Wording</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.WordingImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getWording()
	 * @generated
	 */
	int WORDING = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING__REVIEWED = 2;

	/**
	 * The number of structural features of the '<em>Wording</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Wording</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.PropertyImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.PlanImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OWNER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PERIOD_START = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PERIOD_END = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STATUS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VERSION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Outcome Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OUTCOME_LABEL = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Objective Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OBJECTIVE_LABEL = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Activity Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ACTIVITY_LABEL = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Activity Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ACTIVITY_PREFIX = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__YEARS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Frameworks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__FRAMEWORKS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OUTCOMES = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OBJECTIVES = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Business Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BUSINESS_GROUPS = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Measure Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MEASURE_SETS = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Inspections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__INSPECTIONS = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BUDGETS = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Parent Plans</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PARENT_PLANS = NAMED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Default Tolerance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DEFAULT_TOLERANCE = NAMED_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 19;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.StrategicOutcomeImpl <em>Strategic Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.StrategicOutcomeImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getStrategicOutcome()
	 * @generated
	 */
	int STRATEGIC_OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__CHILDREN = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Serves</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__SERVES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME__OBJECTIVES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Strategic Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Strategic Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGIC_OUTCOME_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.AlignableElementImpl <em>Alignable Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.AlignableElementImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignableElement()
	 * @generated
	 */
	int ALIGNABLE_ELEMENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT__ALIGNMENTS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Alignable Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Alignable Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNABLE_ELEMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.CorporateObjectiveImpl <em>Corporate Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.CorporateObjectiveImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getCorporateObjective()
	 * @generated
	 */
	int CORPORATE_OBJECTIVE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__ID = ALIGNABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__NOTE = ALIGNABLE_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__PROPERTIES = ALIGNABLE_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__NAME = ALIGNABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__TITLE = ALIGNABLE_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__WORDINGS = ALIGNABLE_ELEMENT__WORDINGS;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__ALIGNMENTS = ALIGNABLE_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__CODE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__DESCRIPTION = ALIGNABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__TIER = ALIGNABLE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Local Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__LOCAL_RATIONALE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__NUMBER = ALIGNABLE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Outcomes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__OUTCOMES = ALIGNABLE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Key Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__KEY_ACTIVITIES = ALIGNABLE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__MEASURES = ALIGNABLE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Leads</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE__LEADS = ALIGNABLE_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Corporate Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE_FEATURE_COUNT = ALIGNABLE_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE___GET_LABEL = ALIGNABLE_ELEMENT___GET_LABEL;

	/**
	 * The number of operations of the '<em>Corporate Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPORATE_OBJECTIVE_OPERATION_COUNT = ALIGNABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.KeyActivityImpl <em>Key Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.KeyActivityImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getKeyActivity()
	 * @generated
	 */
	int KEY_ACTIVITY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__ID = ALIGNABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__NOTE = ALIGNABLE_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__PROPERTIES = ALIGNABLE_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__NAME = ALIGNABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__TITLE = ALIGNABLE_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__WORDINGS = ALIGNABLE_ELEMENT__WORDINGS;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__ALIGNMENTS = ALIGNABLE_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY__NUMBER = ALIGNABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Key Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY_FEATURE_COUNT = ALIGNABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY___GET_LABEL = ALIGNABLE_ELEMENT___GET_LABEL;

	/**
	 * The number of operations of the '<em>Key Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ACTIVITY_OPERATION_COUNT = ALIGNABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.MeasureImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = ALIGNABLE_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NOTE = ALIGNABLE_ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PROPERTIES = ALIGNABLE_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NAME = ALIGNABLE_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TITLE = ALIGNABLE_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__WORDINGS = ALIGNABLE_ELEMENT__WORDINGS;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ALIGNMENTS = ALIGNABLE_ELEMENT__ALIGNMENTS;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NUMBER = ALIGNABLE_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CODE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__KIND = ALIGNABLE_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DATA_SOURCE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TARGETS = ALIGNABLE_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__OWNERS = ALIGNABLE_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__OWNER_NOTE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CONTRIBUTES_TO = ALIGNABLE_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__UNIT = ALIGNABLE_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__POLARITY = ALIGNABLE_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Computation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__COMPUTATION = ALIGNABLE_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>National Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NATIONAL_INDICATOR = ALIGNABLE_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TOLERANCE = ALIGNABLE_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = ALIGNABLE_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE___GET_LABEL = ALIGNABLE_ELEMENT___GET_LABEL;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = ALIGNABLE_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.MeasureSetImpl <em>Measure Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.MeasureSetImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasureSet()
	 * @generated
	 */
	int MEASURE_SET = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET__MEASURES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Measure Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Measure Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_SET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.TargetImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__YEAR = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BASELINE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DIRECTION = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__FIGURE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__SCOPE = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__SCOPE_NAME = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.BusinessGroupImpl <em>Business Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.BusinessGroupImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBusinessGroup()
	 * @generated
	 */
	int BUSINESS_GROUP = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP__MEASURES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Business Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Business Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_GROUP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.AlignmentImpl <em>Alignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.AlignmentImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignment()
	 * @generated
	 */
	int ALIGNMENT = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__SOURCE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__TARGET = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__KEY_ACTIVITIES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Published Key Activities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__PUBLISHED_KEY_ACTIVITIES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lead Agents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__LEAD_AGENTS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__ACTIVITIES = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Published In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__PUBLISHED_IN = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reviewed Against</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT__REVIEWED_AGAINST = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Alignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Alignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.AlignmentTargetImpl <em>Alignment Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.AlignmentTargetImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignmentTarget()
	 * @generated
	 */
	int ALIGNMENT_TARGET = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__CODE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Alignment Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Alignment Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNMENT_TARGET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.FrameworkImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ID = ALIGNMENT_TARGET__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NOTE = ALIGNMENT_TARGET__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PROPERTIES = ALIGNMENT_TARGET__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NAME = ALIGNMENT_TARGET__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__TITLE = ALIGNMENT_TARGET__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__WORDINGS = ALIGNMENT_TARGET__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CODE = ALIGNMENT_TARGET__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DESCRIPTION = ALIGNMENT_TARGET__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__KIND = ALIGNMENT_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PERIOD = ALIGNMENT_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PUBLISHER = ALIGNMENT_TARGET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>National</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NATIONAL = ALIGNMENT_TARGET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ITEMS = ALIGNMENT_TARGET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>In Force From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__IN_FORCE_FROM = ALIGNMENT_TARGET_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>In Force To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__IN_FORCE_TO = ALIGNMENT_TARGET_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__STATUS = ALIGNMENT_TARGET_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Superseded By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SUPERSEDED_BY = ALIGNMENT_TARGET_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = ALIGNMENT_TARGET_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK___GET_LABEL = ALIGNMENT_TARGET___GET_LABEL;

	/**
	 * The number of operations of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_OPERATION_COUNT = ALIGNMENT_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.PriorityItemImpl <em>Priority Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.PriorityItemImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getPriorityItem()
	 * @generated
	 */
	int PRIORITY_ITEM = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__ID = ALIGNMENT_TARGET__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__NOTE = ALIGNMENT_TARGET__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__PROPERTIES = ALIGNMENT_TARGET__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__NAME = ALIGNMENT_TARGET__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__TITLE = ALIGNMENT_TARGET__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__WORDINGS = ALIGNMENT_TARGET__WORDINGS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__CODE = ALIGNMENT_TARGET__CODE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__DESCRIPTION = ALIGNMENT_TARGET__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__CHILDREN = ALIGNMENT_TARGET_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Corresponds To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__CORRESPONDS_TO = ALIGNMENT_TARGET_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__GROUP = ALIGNMENT_TARGET_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>In Force From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__IN_FORCE_FROM = ALIGNMENT_TARGET_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>In Force To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__IN_FORCE_TO = ALIGNMENT_TARGET_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Successions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM__SUCCESSIONS = ALIGNMENT_TARGET_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Priority Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM_FEATURE_COUNT = ALIGNMENT_TARGET_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM___GET_LABEL = ALIGNMENT_TARGET___GET_LABEL;

	/**
	 * The number of operations of the '<em>Priority Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRIORITY_ITEM_OPERATION_COUNT = ALIGNMENT_TARGET_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.SuccessionImpl <em>Succession</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.SuccessionImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getSuccession()
	 * @generated
	 */
	int SUCCESSION = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESSION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Successors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESSION__SUCCESSORS = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESSION__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Succession</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Succession</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUCCESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.ToleranceImpl <em>Tolerance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.ToleranceImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getTolerance()
	 * @generated
	 */
	int TOLERANCE = 19;

	/**
	 * The feature id for the '<em><b>Amber Within</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOLERANCE__AMBER_WITHIN = 0;

	/**
	 * The feature id for the '<em><b>Relative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOLERANCE__RELATIVE = 1;

	/**
	 * The feature id for the '<em><b>Stable Within</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOLERANCE__STABLE_WITHIN = 2;

	/**
	 * The number of structural features of the '<em>Tolerance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOLERANCE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Tolerance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOLERANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.ResultSetImpl <em>Result Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.ResultSetImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getResultSet()
	 * @generated
	 */
	int RESULT_SET = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__PLAN = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__AS_OF = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__SOURCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET__RESULTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Result Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Result Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_SET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.ResultImpl <em>Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.ResultImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getResult()
	 * @generated
	 */
	int RESULT = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__MEASURE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__VALUE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Breakdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__BREAKDOWN = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__TEXT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Period From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PERIOD_FROM = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PERIOD_TO = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Period Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__PERIOD_TEXT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__AS_OF = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__SCOPE = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__SCOPE_NAME = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__STATUS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Commentary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__COMMENTARY = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__SOURCE = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Reported Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__REPORTED_TARGET = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Reported Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__REPORTED_TREND = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.InspectionImpl <em>Inspection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.InspectionImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspection()
	 * @generated
	 */
	int INSPECTION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Inspectorate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__INSPECTORATE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__DATE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Grading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__GRADING = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__RECOMMENDATIONS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__AREAS_FOR_IMPROVEMENT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__OBJECTIVES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Business Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__BUSINESS_GROUPS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__FINDINGS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION__SCORES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Inspection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.InspectionFindingImpl <em>Inspection Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.InspectionFindingImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspectionFinding()
	 * @generated
	 */
	int INSPECTION_FINDING = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Grading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__GRADING = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__RECOMMENDATIONS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Action Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__ACTION_STATUS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__DUE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING__OWNER = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Inspection Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Inspection Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_FINDING_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.InspectionScoreImpl <em>Inspection Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.InspectionScoreImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspectionScore()
	 * @generated
	 */
	int INSPECTION_SCORE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__THEME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__YEAR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE__SCORE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Inspection Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Inspection Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSPECTION_SCORE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.BudgetImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__NOTE = NAMED__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PROPERTIES = NAMED__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__TITLE = NAMED__TITLE;

	/**
	 * The feature id for the '<em><b>Wordings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__WORDINGS = NAMED__WORDINGS;

	/**
	 * The feature id for the '<em><b>Business Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__BUSINESS_GROUP = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__UNIT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__COLUMNS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__LINES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Get Label</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET___GET_LABEL = NAMED___GET_LABEL;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.BudgetColumnImpl <em>Budget Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.BudgetColumnImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetColumn()
	 * @generated
	 */
	int BUDGET_COLUMN = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__LABEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__YEAR = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN__BASIS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Budget Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Budget Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_COLUMN_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.impl.BudgetLineImpl
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__NOTE = ELEMENT__NOTE;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__PROPERTIES = ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__LABEL = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__KIND = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amounts</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNTS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plantrace.model.PlanStatus <em>Plan Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.PlanStatus
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 28;

	/**
	 * The meta object id for the '{@link org.plantrace.model.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.MeasureKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 29;

	/**
	 * The meta object id for the '{@link org.plantrace.model.TargetDirection <em>Target Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.TargetDirection
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getTargetDirection()
	 * @generated
	 */
	int TARGET_DIRECTION = 30;

	/**
	 * The meta object id for the '{@link org.plantrace.model.FrameworkStatus <em>Framework Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.FrameworkStatus
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getFrameworkStatus()
	 * @generated
	 */
	int FRAMEWORK_STATUS = 31;

	/**
	 * The meta object id for the '{@link org.plantrace.model.FrameworkKind <em>Framework Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.FrameworkKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getFrameworkKind()
	 * @generated
	 */
	int FRAMEWORK_KIND = 32;

	/**
	 * The meta object id for the '{@link org.plantrace.model.SuccessionKind <em>Succession Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.SuccessionKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getSuccessionKind()
	 * @generated
	 */
	int SUCCESSION_KIND = 33;

	/**
	 * The meta object id for the '{@link org.plantrace.model.Unit <em>Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.Unit
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 34;

	/**
	 * The meta object id for the '{@link org.plantrace.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.Polarity
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 35;

	/**
	 * The meta object id for the '{@link org.plantrace.model.Computation <em>Computation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.Computation
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getComputation()
	 * @generated
	 */
	int COMPUTATION = 36;

	/**
	 * The meta object id for the '{@link org.plantrace.model.ScopeKind <em>Scope Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.ScopeKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getScopeKind()
	 * @generated
	 */
	int SCOPE_KIND = 37;

	/**
	 * The meta object id for the '{@link org.plantrace.model.ResultStatus <em>Result Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.ResultStatus
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getResultStatus()
	 * @generated
	 */
	int RESULT_STATUS = 38;

	/**
	 * The meta object id for the '{@link org.plantrace.model.BudgetKind <em>Budget Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.BudgetKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetKind()
	 * @generated
	 */
	int BUDGET_KIND = 39;

	/**
	 * The meta object id for the '{@link org.plantrace.model.BudgetLineKind <em>Budget Line Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plantrace.model.BudgetLineKind
	 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetLineKind()
	 * @generated
	 */
	int BUDGET_LINE_KIND = 40;


	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.plantrace.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.plantrace.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.plantrace.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Element#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.plantrace.model.Element#getNote()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Element#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.plantrace.model.Element#getProperties()
	 * @see #getElement()
	 * @generated
	 */
	EReference getElement_Properties();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.plantrace.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plantrace.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Named#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.plantrace.model.Named#getTitle()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Named#getWordings <em>Wordings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wordings</em>'.
	 * @see org.plantrace.model.Named#getWordings()
	 * @see #getNamed()
	 * @generated
	 */
	EReference getNamed_Wordings();

	/**
	 * Returns the meta object for the '{@link org.plantrace.model.Named#getLabel() <em>Get Label</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Label</em>' operation.
	 * @see org.plantrace.model.Named#getLabel()
	 * @generated
	 */
	EOperation getNamed__GetLabel();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Wording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wording</em>'.
	 * @see org.plantrace.model.Wording
	 * @generated
	 */
	EClass getWording();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Wording#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.plantrace.model.Wording#getSource()
	 * @see #getWording()
	 * @generated
	 */
	EAttribute getWording_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Wording#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.plantrace.model.Wording#getText()
	 * @see #getWording()
	 * @generated
	 */
	EAttribute getWording_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Wording#isReviewed <em>Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed</em>'.
	 * @see org.plantrace.model.Wording#isReviewed()
	 * @see #getWording()
	 * @generated
	 */
	EAttribute getWording_Reviewed();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.plantrace.model.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.plantrace.model.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.plantrace.model.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.plantrace.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.plantrace.model.Plan#getOwner()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see org.plantrace.model.Plan#getPeriodStart()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.plantrace.model.Plan#getPeriodEnd()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.plantrace.model.Plan#getStatus()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.plantrace.model.Plan#getVersion()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getOutcomeLabel <em>Outcome Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome Label</em>'.
	 * @see org.plantrace.model.Plan#getOutcomeLabel()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_OutcomeLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getObjectiveLabel <em>Objective Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objective Label</em>'.
	 * @see org.plantrace.model.Plan#getObjectiveLabel()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ObjectiveLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getActivityLabel <em>Activity Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity Label</em>'.
	 * @see org.plantrace.model.Plan#getActivityLabel()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ActivityLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Plan#getActivityPrefix <em>Activity Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity Prefix</em>'.
	 * @see org.plantrace.model.Plan#getActivityPrefix()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ActivityPrefix();

	/**
	 * Returns the meta object for the attribute list '{@link org.plantrace.model.Plan#getYears <em>Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Years</em>'.
	 * @see org.plantrace.model.Plan#getYears()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Years();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Plan#getFrameworks <em>Frameworks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Frameworks</em>'.
	 * @see org.plantrace.model.Plan#getFrameworks()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Frameworks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Outcomes</em>'.
	 * @see org.plantrace.model.Plan#getOutcomes()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.plantrace.model.Plan#getObjectives()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getBusinessGroups <em>Business Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Business Groups</em>'.
	 * @see org.plantrace.model.Plan#getBusinessGroups()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_BusinessGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getMeasureSets <em>Measure Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measure Sets</em>'.
	 * @see org.plantrace.model.Plan#getMeasureSets()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_MeasureSets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getInspections <em>Inspections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inspections</em>'.
	 * @see org.plantrace.model.Plan#getInspections()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Inspections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Plan#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see org.plantrace.model.Plan#getBudgets()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Budgets();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Plan#getParentPlans <em>Parent Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parent Plans</em>'.
	 * @see org.plantrace.model.Plan#getParentPlans()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ParentPlans();

	/**
	 * Returns the meta object for the containment reference '{@link org.plantrace.model.Plan#getDefaultTolerance <em>Default Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Tolerance</em>'.
	 * @see org.plantrace.model.Plan#getDefaultTolerance()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_DefaultTolerance();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.StrategicOutcome <em>Strategic Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategic Outcome</em>'.
	 * @see org.plantrace.model.StrategicOutcome
	 * @generated
	 */
	EClass getStrategicOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.StrategicOutcome#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.plantrace.model.StrategicOutcome#getCode()
	 * @see #getStrategicOutcome()
	 * @generated
	 */
	EAttribute getStrategicOutcome_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.StrategicOutcome#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.plantrace.model.StrategicOutcome#getChildren()
	 * @see #getStrategicOutcome()
	 * @generated
	 */
	EReference getStrategicOutcome_Children();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.StrategicOutcome#getServes <em>Serves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Serves</em>'.
	 * @see org.plantrace.model.StrategicOutcome#getServes()
	 * @see #getStrategicOutcome()
	 * @generated
	 */
	EReference getStrategicOutcome_Serves();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.StrategicOutcome#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.plantrace.model.StrategicOutcome#getObjectives()
	 * @see #getStrategicOutcome()
	 * @generated
	 */
	EReference getStrategicOutcome_Objectives();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.AlignableElement <em>Alignable Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alignable Element</em>'.
	 * @see org.plantrace.model.AlignableElement
	 * @generated
	 */
	EClass getAlignableElement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.AlignableElement#getAlignments <em>Alignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Alignments</em>'.
	 * @see org.plantrace.model.AlignableElement#getAlignments()
	 * @see #getAlignableElement()
	 * @generated
	 */
	EReference getAlignableElement_Alignments();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.CorporateObjective <em>Corporate Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corporate Objective</em>'.
	 * @see org.plantrace.model.CorporateObjective
	 * @generated
	 */
	EClass getCorporateObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.CorporateObjective#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.plantrace.model.CorporateObjective#getTier()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EAttribute getCorporateObjective_Tier();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.CorporateObjective#getLocalRationale <em>Local Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Rationale</em>'.
	 * @see org.plantrace.model.CorporateObjective#getLocalRationale()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EAttribute getCorporateObjective_LocalRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.CorporateObjective#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.plantrace.model.CorporateObjective#getNumber()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EAttribute getCorporateObjective_Number();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.CorporateObjective#getOutcomes <em>Outcomes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outcomes</em>'.
	 * @see org.plantrace.model.CorporateObjective#getOutcomes()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EReference getCorporateObjective_Outcomes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.CorporateObjective#getKeyActivities <em>Key Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Activities</em>'.
	 * @see org.plantrace.model.CorporateObjective#getKeyActivities()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EReference getCorporateObjective_KeyActivities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.CorporateObjective#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.plantrace.model.CorporateObjective#getMeasures()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EReference getCorporateObjective_Measures();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.CorporateObjective#getLeads <em>Leads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Leads</em>'.
	 * @see org.plantrace.model.CorporateObjective#getLeads()
	 * @see #getCorporateObjective()
	 * @generated
	 */
	EReference getCorporateObjective_Leads();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.KeyActivity <em>Key Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Activity</em>'.
	 * @see org.plantrace.model.KeyActivity
	 * @generated
	 */
	EClass getKeyActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.KeyActivity#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.plantrace.model.KeyActivity#getNumber()
	 * @see #getKeyActivity()
	 * @generated
	 */
	EAttribute getKeyActivity_Number();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.plantrace.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.plantrace.model.Measure#getNumber()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.plantrace.model.Measure#getCode()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plantrace.model.Measure#getKind()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.plantrace.model.Measure#getDataSource()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_DataSource();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Measure#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.plantrace.model.Measure#getTargets()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Targets();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Measure#getOwners <em>Owners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Owners</em>'.
	 * @see org.plantrace.model.Measure#getOwners()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Owners();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getOwnerNote <em>Owner Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Note</em>'.
	 * @see org.plantrace.model.Measure#getOwnerNote()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_OwnerNote();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Measure#getContributesTo <em>Contributes To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributes To</em>'.
	 * @see org.plantrace.model.Measure#getContributesTo()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_ContributesTo();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.plantrace.model.Measure#getUnit()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.plantrace.model.Measure#getPolarity()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Polarity();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Measure#getComputation <em>Computation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computation</em>'.
	 * @see org.plantrace.model.Measure#getComputation()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Computation();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.Measure#getNationalIndicator <em>National Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>National Indicator</em>'.
	 * @see org.plantrace.model.Measure#getNationalIndicator()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_NationalIndicator();

	/**
	 * Returns the meta object for the containment reference '{@link org.plantrace.model.Measure#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tolerance</em>'.
	 * @see org.plantrace.model.Measure#getTolerance()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Tolerance();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.MeasureSet <em>Measure Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure Set</em>'.
	 * @see org.plantrace.model.MeasureSet
	 * @generated
	 */
	EClass getMeasureSet();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.MeasureSet#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.plantrace.model.MeasureSet#getCode()
	 * @see #getMeasureSet()
	 * @generated
	 */
	EAttribute getMeasureSet_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.MeasureSet#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.plantrace.model.MeasureSet#getMeasures()
	 * @see #getMeasureSet()
	 * @generated
	 */
	EReference getMeasureSet_Measures();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.plantrace.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.plantrace.model.Target#getYear()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.plantrace.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.plantrace.model.Target#getBaseline()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.plantrace.model.Target#getDirection()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getFigure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Figure</em>'.
	 * @see org.plantrace.model.Target#getFigure()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Figure();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.plantrace.model.Target#getScope()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Target#getScopeName <em>Scope Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Name</em>'.
	 * @see org.plantrace.model.Target#getScopeName()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_ScopeName();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.BusinessGroup <em>Business Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Group</em>'.
	 * @see org.plantrace.model.BusinessGroup
	 * @generated
	 */
	EClass getBusinessGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BusinessGroup#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.plantrace.model.BusinessGroup#getCode()
	 * @see #getBusinessGroup()
	 * @generated
	 */
	EAttribute getBusinessGroup_Code();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.BusinessGroup#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.plantrace.model.BusinessGroup#getMeasures()
	 * @see #getBusinessGroup()
	 * @generated
	 */
	EReference getBusinessGroup_Measures();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Alignment <em>Alignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alignment</em>'.
	 * @see org.plantrace.model.Alignment
	 * @generated
	 */
	EClass getAlignment();

	/**
	 * Returns the meta object for the container reference '{@link org.plantrace.model.Alignment#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Source</em>'.
	 * @see org.plantrace.model.Alignment#getSource()
	 * @see #getAlignment()
	 * @generated
	 */
	EReference getAlignment_Source();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.Alignment#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.plantrace.model.Alignment#getTarget()
	 * @see #getAlignment()
	 * @generated
	 */
	EReference getAlignment_Target();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Alignment#getKeyActivities <em>Key Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Activities</em>'.
	 * @see org.plantrace.model.Alignment#getKeyActivities()
	 * @see #getAlignment()
	 * @generated
	 */
	EReference getAlignment_KeyActivities();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Alignment#getPublishedKeyActivities <em>Published Key Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Key Activities</em>'.
	 * @see org.plantrace.model.Alignment#getPublishedKeyActivities()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_PublishedKeyActivities();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Alignment#getLeadAgents <em>Lead Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lead Agents</em>'.
	 * @see org.plantrace.model.Alignment#getLeadAgents()
	 * @see #getAlignment()
	 * @generated
	 */
	EReference getAlignment_LeadAgents();

	/**
	 * Returns the meta object for the attribute list '{@link org.plantrace.model.Alignment#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activities</em>'.
	 * @see org.plantrace.model.Alignment#getActivities()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_Activities();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Alignment#getPublishedIn <em>Published In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published In</em>'.
	 * @see org.plantrace.model.Alignment#getPublishedIn()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_PublishedIn();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Alignment#getReviewedAgainst <em>Reviewed Against</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed Against</em>'.
	 * @see org.plantrace.model.Alignment#getReviewedAgainst()
	 * @see #getAlignment()
	 * @generated
	 */
	EAttribute getAlignment_ReviewedAgainst();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.AlignmentTarget <em>Alignment Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alignment Target</em>'.
	 * @see org.plantrace.model.AlignmentTarget
	 * @generated
	 */
	EClass getAlignmentTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.AlignmentTarget#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.plantrace.model.AlignmentTarget#getCode()
	 * @see #getAlignmentTarget()
	 * @generated
	 */
	EAttribute getAlignmentTarget_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.AlignmentTarget#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.plantrace.model.AlignmentTarget#getDescription()
	 * @see #getAlignmentTarget()
	 * @generated
	 */
	EAttribute getAlignmentTarget_Description();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see org.plantrace.model.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plantrace.model.Framework#getKind()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.plantrace.model.Framework#getPeriod()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.plantrace.model.Framework#getPublisher()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#isNational <em>National</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>National</em>'.
	 * @see org.plantrace.model.Framework#isNational()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_National();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Framework#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.plantrace.model.Framework#getItems()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Items();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getInForceFrom <em>In Force From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Force From</em>'.
	 * @see org.plantrace.model.Framework#getInForceFrom()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_InForceFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getInForceTo <em>In Force To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Force To</em>'.
	 * @see org.plantrace.model.Framework#getInForceTo()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_InForceTo();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Framework#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.plantrace.model.Framework#getStatus()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Status();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Framework#getSupersededBy <em>Superseded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Superseded By</em>'.
	 * @see org.plantrace.model.Framework#getSupersededBy()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_SupersededBy();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.PriorityItem <em>Priority Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Priority Item</em>'.
	 * @see org.plantrace.model.PriorityItem
	 * @generated
	 */
	EClass getPriorityItem();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.PriorityItem#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.plantrace.model.PriorityItem#getChildren()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EReference getPriorityItem_Children();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.PriorityItem#getCorrespondsTo <em>Corresponds To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Corresponds To</em>'.
	 * @see org.plantrace.model.PriorityItem#getCorrespondsTo()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EReference getPriorityItem_CorrespondsTo();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.PriorityItem#isGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.plantrace.model.PriorityItem#isGroup()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EAttribute getPriorityItem_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.PriorityItem#getInForceFrom <em>In Force From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Force From</em>'.
	 * @see org.plantrace.model.PriorityItem#getInForceFrom()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EAttribute getPriorityItem_InForceFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.PriorityItem#getInForceTo <em>In Force To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Force To</em>'.
	 * @see org.plantrace.model.PriorityItem#getInForceTo()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EAttribute getPriorityItem_InForceTo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.PriorityItem#getSuccessions <em>Successions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Successions</em>'.
	 * @see org.plantrace.model.PriorityItem#getSuccessions()
	 * @see #getPriorityItem()
	 * @generated
	 */
	EReference getPriorityItem_Successions();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Succession <em>Succession</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Succession</em>'.
	 * @see org.plantrace.model.Succession
	 * @generated
	 */
	EClass getSuccession();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Succession#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plantrace.model.Succession#getKind()
	 * @see #getSuccession()
	 * @generated
	 */
	EAttribute getSuccession_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Succession#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Successors</em>'.
	 * @see org.plantrace.model.Succession#getSuccessors()
	 * @see #getSuccession()
	 * @generated
	 */
	EReference getSuccession_Successors();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Succession#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.plantrace.model.Succession#getNote()
	 * @see #getSuccession()
	 * @generated
	 */
	EAttribute getSuccession_Note();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Tolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tolerance</em>'.
	 * @see org.plantrace.model.Tolerance
	 * @generated
	 */
	EClass getTolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Tolerance#getAmberWithin <em>Amber Within</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amber Within</em>'.
	 * @see org.plantrace.model.Tolerance#getAmberWithin()
	 * @see #getTolerance()
	 * @generated
	 */
	EAttribute getTolerance_AmberWithin();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Tolerance#isRelative <em>Relative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relative</em>'.
	 * @see org.plantrace.model.Tolerance#isRelative()
	 * @see #getTolerance()
	 * @generated
	 */
	EAttribute getTolerance_Relative();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Tolerance#getStableWithin <em>Stable Within</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stable Within</em>'.
	 * @see org.plantrace.model.Tolerance#getStableWithin()
	 * @see #getTolerance()
	 * @generated
	 */
	EAttribute getTolerance_StableWithin();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.ResultSet <em>Result Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result Set</em>'.
	 * @see org.plantrace.model.ResultSet
	 * @generated
	 */
	EClass getResultSet();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.ResultSet#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.plantrace.model.ResultSet#getPlan()
	 * @see #getResultSet()
	 * @generated
	 */
	EReference getResultSet_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.ResultSet#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.plantrace.model.ResultSet#getAsOf()
	 * @see #getResultSet()
	 * @generated
	 */
	EAttribute getResultSet_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.ResultSet#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.plantrace.model.ResultSet#getSource()
	 * @see #getResultSet()
	 * @generated
	 */
	EAttribute getResultSet_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.ResultSet#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.plantrace.model.ResultSet#getResults()
	 * @see #getResultSet()
	 * @generated
	 */
	EReference getResultSet_Results();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result</em>'.
	 * @see org.plantrace.model.Result
	 * @generated
	 */
	EClass getResult();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.Result#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measure</em>'.
	 * @see org.plantrace.model.Result#getMeasure()
	 * @see #getResult()
	 * @generated
	 */
	EReference getResult_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.plantrace.model.Result#getValue()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getBreakdown <em>Breakdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Breakdown</em>'.
	 * @see org.plantrace.model.Result#getBreakdown()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Breakdown();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.plantrace.model.Result#getText()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getPeriodFrom <em>Period From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period From</em>'.
	 * @see org.plantrace.model.Result#getPeriodFrom()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_PeriodFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getPeriodTo <em>Period To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period To</em>'.
	 * @see org.plantrace.model.Result#getPeriodTo()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_PeriodTo();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getPeriodText <em>Period Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Text</em>'.
	 * @see org.plantrace.model.Result#getPeriodText()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_PeriodText();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.plantrace.model.Result#getAsOf()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.plantrace.model.Result#getScope()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getScopeName <em>Scope Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Name</em>'.
	 * @see org.plantrace.model.Result#getScopeName()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ScopeName();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.plantrace.model.Result#getStatus()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getCommentary <em>Commentary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commentary</em>'.
	 * @see org.plantrace.model.Result#getCommentary()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Commentary();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.plantrace.model.Result#getSource()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getReportedTarget <em>Reported Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported Target</em>'.
	 * @see org.plantrace.model.Result#getReportedTarget()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ReportedTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Result#getReportedTrend <em>Reported Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reported Trend</em>'.
	 * @see org.plantrace.model.Result#getReportedTrend()
	 * @see #getResult()
	 * @generated
	 */
	EAttribute getResult_ReportedTrend();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Inspection <em>Inspection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection</em>'.
	 * @see org.plantrace.model.Inspection
	 * @generated
	 */
	EClass getInspection();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Inspection#getInspectorate <em>Inspectorate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inspectorate</em>'.
	 * @see org.plantrace.model.Inspection#getInspectorate()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Inspectorate();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Inspection#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.plantrace.model.Inspection#getDate()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Inspection#getGrading <em>Grading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grading</em>'.
	 * @see org.plantrace.model.Inspection#getGrading()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Grading();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Inspection#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendations</em>'.
	 * @see org.plantrace.model.Inspection#getRecommendations()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_Recommendations();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Inspection#getAreasForImprovement <em>Areas For Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areas For Improvement</em>'.
	 * @see org.plantrace.model.Inspection#getAreasForImprovement()
	 * @see #getInspection()
	 * @generated
	 */
	EAttribute getInspection_AreasForImprovement();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Inspection#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.plantrace.model.Inspection#getObjectives()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Objectives();

	/**
	 * Returns the meta object for the reference list '{@link org.plantrace.model.Inspection#getBusinessGroups <em>Business Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Business Groups</em>'.
	 * @see org.plantrace.model.Inspection#getBusinessGroups()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_BusinessGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Inspection#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.plantrace.model.Inspection#getFindings()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Inspection#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.plantrace.model.Inspection#getScores()
	 * @see #getInspection()
	 * @generated
	 */
	EReference getInspection_Scores();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.InspectionFinding <em>Inspection Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection Finding</em>'.
	 * @see org.plantrace.model.InspectionFinding
	 * @generated
	 */
	EClass getInspectionFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionFinding#getGrading <em>Grading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grading</em>'.
	 * @see org.plantrace.model.InspectionFinding#getGrading()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EAttribute getInspectionFinding_Grading();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionFinding#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendations</em>'.
	 * @see org.plantrace.model.InspectionFinding#getRecommendations()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EAttribute getInspectionFinding_Recommendations();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionFinding#getAreasForImprovement <em>Areas For Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Areas For Improvement</em>'.
	 * @see org.plantrace.model.InspectionFinding#getAreasForImprovement()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EAttribute getInspectionFinding_AreasForImprovement();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionFinding#getActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Status</em>'.
	 * @see org.plantrace.model.InspectionFinding#getActionStatus()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EAttribute getInspectionFinding_ActionStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionFinding#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.plantrace.model.InspectionFinding#getDue()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EAttribute getInspectionFinding_Due();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.InspectionFinding#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.plantrace.model.InspectionFinding#getOwner()
	 * @see #getInspectionFinding()
	 * @generated
	 */
	EReference getInspectionFinding_Owner();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.InspectionScore <em>Inspection Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inspection Score</em>'.
	 * @see org.plantrace.model.InspectionScore
	 * @generated
	 */
	EClass getInspectionScore();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionScore#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.plantrace.model.InspectionScore#getTheme()
	 * @see #getInspectionScore()
	 * @generated
	 */
	EAttribute getInspectionScore_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionScore#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.plantrace.model.InspectionScore#getYear()
	 * @see #getInspectionScore()
	 * @generated
	 */
	EAttribute getInspectionScore_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.InspectionScore#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.plantrace.model.InspectionScore#getScore()
	 * @see #getInspectionScore()
	 * @generated
	 */
	EAttribute getInspectionScore_Score();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.plantrace.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the reference '{@link org.plantrace.model.Budget#getBusinessGroup <em>Business Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Business Group</em>'.
	 * @see org.plantrace.model.Budget#getBusinessGroup()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_BusinessGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Budget#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plantrace.model.Budget#getKind()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.Budget#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.plantrace.model.Budget#getUnit()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Unit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Budget#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.plantrace.model.Budget#getColumns()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plantrace.model.Budget#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.plantrace.model.Budget#getLines()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Lines();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.BudgetColumn <em>Budget Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Column</em>'.
	 * @see org.plantrace.model.BudgetColumn
	 * @generated
	 */
	EClass getBudgetColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BudgetColumn#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.plantrace.model.BudgetColumn#getLabel()
	 * @see #getBudgetColumn()
	 * @generated
	 */
	EAttribute getBudgetColumn_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BudgetColumn#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.plantrace.model.BudgetColumn#getYear()
	 * @see #getBudgetColumn()
	 * @generated
	 */
	EAttribute getBudgetColumn_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BudgetColumn#getBasis <em>Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Basis</em>'.
	 * @see org.plantrace.model.BudgetColumn#getBasis()
	 * @see #getBudgetColumn()
	 * @generated
	 */
	EAttribute getBudgetColumn_Basis();

	/**
	 * Returns the meta object for class '{@link org.plantrace.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.plantrace.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BudgetLine#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.plantrace.model.BudgetLine#getLabel()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.plantrace.model.BudgetLine#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plantrace.model.BudgetLine#getKind()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.plantrace.model.BudgetLine#getAmounts <em>Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Amounts</em>'.
	 * @see org.plantrace.model.BudgetLine#getAmounts()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amounts();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.PlanStatus <em>Plan Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Status</em>'.
	 * @see org.plantrace.model.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see org.plantrace.model.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.TargetDirection <em>Target Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Direction</em>'.
	 * @see org.plantrace.model.TargetDirection
	 * @generated
	 */
	EEnum getTargetDirection();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.FrameworkStatus <em>Framework Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Framework Status</em>'.
	 * @see org.plantrace.model.FrameworkStatus
	 * @generated
	 */
	EEnum getFrameworkStatus();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.FrameworkKind <em>Framework Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Framework Kind</em>'.
	 * @see org.plantrace.model.FrameworkKind
	 * @generated
	 */
	EEnum getFrameworkKind();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.SuccessionKind <em>Succession Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Succession Kind</em>'.
	 * @see org.plantrace.model.SuccessionKind
	 * @generated
	 */
	EEnum getSuccessionKind();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit</em>'.
	 * @see org.plantrace.model.Unit
	 * @generated
	 */
	EEnum getUnit();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.plantrace.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.Computation <em>Computation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Computation</em>'.
	 * @see org.plantrace.model.Computation
	 * @generated
	 */
	EEnum getComputation();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.ScopeKind <em>Scope Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scope Kind</em>'.
	 * @see org.plantrace.model.ScopeKind
	 * @generated
	 */
	EEnum getScopeKind();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.ResultStatus <em>Result Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Result Status</em>'.
	 * @see org.plantrace.model.ResultStatus
	 * @generated
	 */
	EEnum getResultStatus();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.BudgetKind <em>Budget Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Kind</em>'.
	 * @see org.plantrace.model.BudgetKind
	 * @generated
	 */
	EEnum getBudgetKind();

	/**
	 * Returns the meta object for enum '{@link org.plantrace.model.BudgetLineKind <em>Budget Line Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Line Kind</em>'.
	 * @see org.plantrace.model.BudgetLineKind
	 * @generated
	 */
	EEnum getBudgetLineKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlantraceFactory getPlantraceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.IdentifiedImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.ElementImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NOTE = eINSTANCE.getElement_Note();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT__PROPERTIES = eINSTANCE.getElement_Properties();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.NamedImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__TITLE = eINSTANCE.getNamed_Title();

		/**
		 * The meta object literal for the '<em><b>Wordings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED__WORDINGS = eINSTANCE.getNamed_Wordings();

		/**
		 * The meta object literal for the '<em><b>Get Label</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NAMED___GET_LABEL = eINSTANCE.getNamed__GetLabel();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.WordingImpl <em>Wording</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.WordingImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getWording()
		 * @generated
		 */
		EClass WORDING = eINSTANCE.getWording();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORDING__SOURCE = eINSTANCE.getWording_Source();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORDING__TEXT = eINSTANCE.getWording_Text();

		/**
		 * The meta object literal for the '<em><b>Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORDING__REVIEWED = eINSTANCE.getWording_Reviewed();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.PropertyImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.PlanImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__OWNER = eINSTANCE.getPlan_Owner();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PERIOD_START = eINSTANCE.getPlan_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PERIOD_END = eINSTANCE.getPlan_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__STATUS = eINSTANCE.getPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__VERSION = eINSTANCE.getPlan_Version();

		/**
		 * The meta object literal for the '<em><b>Outcome Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__OUTCOME_LABEL = eINSTANCE.getPlan_OutcomeLabel();

		/**
		 * The meta object literal for the '<em><b>Objective Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__OBJECTIVE_LABEL = eINSTANCE.getPlan_ObjectiveLabel();

		/**
		 * The meta object literal for the '<em><b>Activity Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ACTIVITY_LABEL = eINSTANCE.getPlan_ActivityLabel();

		/**
		 * The meta object literal for the '<em><b>Activity Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ACTIVITY_PREFIX = eINSTANCE.getPlan_ActivityPrefix();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__YEARS = eINSTANCE.getPlan_Years();

		/**
		 * The meta object literal for the '<em><b>Frameworks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__FRAMEWORKS = eINSTANCE.getPlan_Frameworks();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__OUTCOMES = eINSTANCE.getPlan_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__OBJECTIVES = eINSTANCE.getPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Business Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BUSINESS_GROUPS = eINSTANCE.getPlan_BusinessGroups();

		/**
		 * The meta object literal for the '<em><b>Measure Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MEASURE_SETS = eINSTANCE.getPlan_MeasureSets();

		/**
		 * The meta object literal for the '<em><b>Inspections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__INSPECTIONS = eINSTANCE.getPlan_Inspections();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BUDGETS = eINSTANCE.getPlan_Budgets();

		/**
		 * The meta object literal for the '<em><b>Parent Plans</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PARENT_PLANS = eINSTANCE.getPlan_ParentPlans();

		/**
		 * The meta object literal for the '<em><b>Default Tolerance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__DEFAULT_TOLERANCE = eINSTANCE.getPlan_DefaultTolerance();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.StrategicOutcomeImpl <em>Strategic Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.StrategicOutcomeImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getStrategicOutcome()
		 * @generated
		 */
		EClass STRATEGIC_OUTCOME = eINSTANCE.getStrategicOutcome();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRATEGIC_OUTCOME__CODE = eINSTANCE.getStrategicOutcome_Code();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_OUTCOME__CHILDREN = eINSTANCE.getStrategicOutcome_Children();

		/**
		 * The meta object literal for the '<em><b>Serves</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_OUTCOME__SERVES = eINSTANCE.getStrategicOutcome_Serves();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGIC_OUTCOME__OBJECTIVES = eINSTANCE.getStrategicOutcome_Objectives();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.AlignableElementImpl <em>Alignable Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.AlignableElementImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignableElement()
		 * @generated
		 */
		EClass ALIGNABLE_ELEMENT = eINSTANCE.getAlignableElement();

		/**
		 * The meta object literal for the '<em><b>Alignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNABLE_ELEMENT__ALIGNMENTS = eINSTANCE.getAlignableElement_Alignments();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.CorporateObjectiveImpl <em>Corporate Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.CorporateObjectiveImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getCorporateObjective()
		 * @generated
		 */
		EClass CORPORATE_OBJECTIVE = eINSTANCE.getCorporateObjective();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPORATE_OBJECTIVE__TIER = eINSTANCE.getCorporateObjective_Tier();

		/**
		 * The meta object literal for the '<em><b>Local Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPORATE_OBJECTIVE__LOCAL_RATIONALE = eINSTANCE.getCorporateObjective_LocalRationale();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPORATE_OBJECTIVE__NUMBER = eINSTANCE.getCorporateObjective_Number();

		/**
		 * The meta object literal for the '<em><b>Outcomes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPORATE_OBJECTIVE__OUTCOMES = eINSTANCE.getCorporateObjective_Outcomes();

		/**
		 * The meta object literal for the '<em><b>Key Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPORATE_OBJECTIVE__KEY_ACTIVITIES = eINSTANCE.getCorporateObjective_KeyActivities();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPORATE_OBJECTIVE__MEASURES = eINSTANCE.getCorporateObjective_Measures();

		/**
		 * The meta object literal for the '<em><b>Leads</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPORATE_OBJECTIVE__LEADS = eINSTANCE.getCorporateObjective_Leads();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.KeyActivityImpl <em>Key Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.KeyActivityImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getKeyActivity()
		 * @generated
		 */
		EClass KEY_ACTIVITY = eINSTANCE.getKeyActivity();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_ACTIVITY__NUMBER = eINSTANCE.getKeyActivity_Number();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.MeasureImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__NUMBER = eINSTANCE.getMeasure_Number();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__CODE = eINSTANCE.getMeasure_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__KIND = eINSTANCE.getMeasure_Kind();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__DATA_SOURCE = eINSTANCE.getMeasure_DataSource();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__TARGETS = eINSTANCE.getMeasure_Targets();

		/**
		 * The meta object literal for the '<em><b>Owners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__OWNERS = eINSTANCE.getMeasure_Owners();

		/**
		 * The meta object literal for the '<em><b>Owner Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__OWNER_NOTE = eINSTANCE.getMeasure_OwnerNote();

		/**
		 * The meta object literal for the '<em><b>Contributes To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__CONTRIBUTES_TO = eINSTANCE.getMeasure_ContributesTo();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__UNIT = eINSTANCE.getMeasure_Unit();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__POLARITY = eINSTANCE.getMeasure_Polarity();

		/**
		 * The meta object literal for the '<em><b>Computation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__COMPUTATION = eINSTANCE.getMeasure_Computation();

		/**
		 * The meta object literal for the '<em><b>National Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__NATIONAL_INDICATOR = eINSTANCE.getMeasure_NationalIndicator();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__TOLERANCE = eINSTANCE.getMeasure_Tolerance();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.MeasureSetImpl <em>Measure Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.MeasureSetImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasureSet()
		 * @generated
		 */
		EClass MEASURE_SET = eINSTANCE.getMeasureSet();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_SET__CODE = eINSTANCE.getMeasureSet_Code();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE_SET__MEASURES = eINSTANCE.getMeasureSet_Measures();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.TargetImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__YEAR = eINSTANCE.getTarget_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__BASELINE = eINSTANCE.getTarget_Baseline();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DIRECTION = eINSTANCE.getTarget_Direction();

		/**
		 * The meta object literal for the '<em><b>Figure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__FIGURE = eINSTANCE.getTarget_Figure();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__SCOPE = eINSTANCE.getTarget_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__SCOPE_NAME = eINSTANCE.getTarget_ScopeName();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.BusinessGroupImpl <em>Business Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.BusinessGroupImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBusinessGroup()
		 * @generated
		 */
		EClass BUSINESS_GROUP = eINSTANCE.getBusinessGroup();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_GROUP__CODE = eINSTANCE.getBusinessGroup_Code();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_GROUP__MEASURES = eINSTANCE.getBusinessGroup_Measures();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.AlignmentImpl <em>Alignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.AlignmentImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignment()
		 * @generated
		 */
		EClass ALIGNMENT = eINSTANCE.getAlignment();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNMENT__SOURCE = eINSTANCE.getAlignment_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNMENT__TARGET = eINSTANCE.getAlignment_Target();

		/**
		 * The meta object literal for the '<em><b>Key Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNMENT__KEY_ACTIVITIES = eINSTANCE.getAlignment_KeyActivities();

		/**
		 * The meta object literal for the '<em><b>Published Key Activities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__PUBLISHED_KEY_ACTIVITIES = eINSTANCE.getAlignment_PublishedKeyActivities();

		/**
		 * The meta object literal for the '<em><b>Lead Agents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALIGNMENT__LEAD_AGENTS = eINSTANCE.getAlignment_LeadAgents();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__ACTIVITIES = eINSTANCE.getAlignment_Activities();

		/**
		 * The meta object literal for the '<em><b>Published In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__PUBLISHED_IN = eINSTANCE.getAlignment_PublishedIn();

		/**
		 * The meta object literal for the '<em><b>Reviewed Against</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT__REVIEWED_AGAINST = eINSTANCE.getAlignment_ReviewedAgainst();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.AlignmentTargetImpl <em>Alignment Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.AlignmentTargetImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getAlignmentTarget()
		 * @generated
		 */
		EClass ALIGNMENT_TARGET = eINSTANCE.getAlignmentTarget();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT_TARGET__CODE = eINSTANCE.getAlignmentTarget_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNMENT_TARGET__DESCRIPTION = eINSTANCE.getAlignmentTarget_Description();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.FrameworkImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__KIND = eINSTANCE.getFramework_Kind();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PERIOD = eINSTANCE.getFramework_Period();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PUBLISHER = eINSTANCE.getFramework_Publisher();

		/**
		 * The meta object literal for the '<em><b>National</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__NATIONAL = eINSTANCE.getFramework_National();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__ITEMS = eINSTANCE.getFramework_Items();

		/**
		 * The meta object literal for the '<em><b>In Force From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__IN_FORCE_FROM = eINSTANCE.getFramework_InForceFrom();

		/**
		 * The meta object literal for the '<em><b>In Force To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__IN_FORCE_TO = eINSTANCE.getFramework_InForceTo();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__STATUS = eINSTANCE.getFramework_Status();

		/**
		 * The meta object literal for the '<em><b>Superseded By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SUPERSEDED_BY = eINSTANCE.getFramework_SupersededBy();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.PriorityItemImpl <em>Priority Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.PriorityItemImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getPriorityItem()
		 * @generated
		 */
		EClass PRIORITY_ITEM = eINSTANCE.getPriorityItem();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ITEM__CHILDREN = eINSTANCE.getPriorityItem_Children();

		/**
		 * The meta object literal for the '<em><b>Corresponds To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ITEM__CORRESPONDS_TO = eINSTANCE.getPriorityItem_CorrespondsTo();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ITEM__GROUP = eINSTANCE.getPriorityItem_Group();

		/**
		 * The meta object literal for the '<em><b>In Force From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ITEM__IN_FORCE_FROM = eINSTANCE.getPriorityItem_InForceFrom();

		/**
		 * The meta object literal for the '<em><b>In Force To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRIORITY_ITEM__IN_FORCE_TO = eINSTANCE.getPriorityItem_InForceTo();

		/**
		 * The meta object literal for the '<em><b>Successions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRIORITY_ITEM__SUCCESSIONS = eINSTANCE.getPriorityItem_Successions();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.SuccessionImpl <em>Succession</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.SuccessionImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getSuccession()
		 * @generated
		 */
		EClass SUCCESSION = eINSTANCE.getSuccession();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESSION__KIND = eINSTANCE.getSuccession_Kind();

		/**
		 * The meta object literal for the '<em><b>Successors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUCCESSION__SUCCESSORS = eINSTANCE.getSuccession_Successors();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUCCESSION__NOTE = eINSTANCE.getSuccession_Note();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.ToleranceImpl <em>Tolerance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.ToleranceImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getTolerance()
		 * @generated
		 */
		EClass TOLERANCE = eINSTANCE.getTolerance();

		/**
		 * The meta object literal for the '<em><b>Amber Within</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOLERANCE__AMBER_WITHIN = eINSTANCE.getTolerance_AmberWithin();

		/**
		 * The meta object literal for the '<em><b>Relative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOLERANCE__RELATIVE = eINSTANCE.getTolerance_Relative();

		/**
		 * The meta object literal for the '<em><b>Stable Within</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOLERANCE__STABLE_WITHIN = eINSTANCE.getTolerance_StableWithin();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.ResultSetImpl <em>Result Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.ResultSetImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getResultSet()
		 * @generated
		 */
		EClass RESULT_SET = eINSTANCE.getResultSet();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT_SET__PLAN = eINSTANCE.getResultSet_Plan();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SET__AS_OF = eINSTANCE.getResultSet_AsOf();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT_SET__SOURCE = eINSTANCE.getResultSet_Source();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT_SET__RESULTS = eINSTANCE.getResultSet_Results();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.ResultImpl <em>Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.ResultImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getResult()
		 * @generated
		 */
		EClass RESULT = eINSTANCE.getResult();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT__MEASURE = eINSTANCE.getResult_Measure();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__VALUE = eINSTANCE.getResult_Value();

		/**
		 * The meta object literal for the '<em><b>Breakdown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__BREAKDOWN = eINSTANCE.getResult_Breakdown();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__TEXT = eINSTANCE.getResult_Text();

		/**
		 * The meta object literal for the '<em><b>Period From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PERIOD_FROM = eINSTANCE.getResult_PeriodFrom();

		/**
		 * The meta object literal for the '<em><b>Period To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PERIOD_TO = eINSTANCE.getResult_PeriodTo();

		/**
		 * The meta object literal for the '<em><b>Period Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__PERIOD_TEXT = eINSTANCE.getResult_PeriodText();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__AS_OF = eINSTANCE.getResult_AsOf();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__SCOPE = eINSTANCE.getResult_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__SCOPE_NAME = eINSTANCE.getResult_ScopeName();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__STATUS = eINSTANCE.getResult_Status();

		/**
		 * The meta object literal for the '<em><b>Commentary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__COMMENTARY = eINSTANCE.getResult_Commentary();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__SOURCE = eINSTANCE.getResult_Source();

		/**
		 * The meta object literal for the '<em><b>Reported Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__REPORTED_TARGET = eINSTANCE.getResult_ReportedTarget();

		/**
		 * The meta object literal for the '<em><b>Reported Trend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESULT__REPORTED_TREND = eINSTANCE.getResult_ReportedTrend();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.InspectionImpl <em>Inspection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.InspectionImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspection()
		 * @generated
		 */
		EClass INSPECTION = eINSTANCE.getInspection();

		/**
		 * The meta object literal for the '<em><b>Inspectorate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__INSPECTORATE = eINSTANCE.getInspection_Inspectorate();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__DATE = eINSTANCE.getInspection_Date();

		/**
		 * The meta object literal for the '<em><b>Grading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__GRADING = eINSTANCE.getInspection_Grading();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__RECOMMENDATIONS = eINSTANCE.getInspection_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Areas For Improvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION__AREAS_FOR_IMPROVEMENT = eINSTANCE.getInspection_AreasForImprovement();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__OBJECTIVES = eINSTANCE.getInspection_Objectives();

		/**
		 * The meta object literal for the '<em><b>Business Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__BUSINESS_GROUPS = eINSTANCE.getInspection_BusinessGroups();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__FINDINGS = eINSTANCE.getInspection_Findings();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION__SCORES = eINSTANCE.getInspection_Scores();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.InspectionFindingImpl <em>Inspection Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.InspectionFindingImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspectionFinding()
		 * @generated
		 */
		EClass INSPECTION_FINDING = eINSTANCE.getInspectionFinding();

		/**
		 * The meta object literal for the '<em><b>Grading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_FINDING__GRADING = eINSTANCE.getInspectionFinding_Grading();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_FINDING__RECOMMENDATIONS = eINSTANCE.getInspectionFinding_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Areas For Improvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_FINDING__AREAS_FOR_IMPROVEMENT = eINSTANCE.getInspectionFinding_AreasForImprovement();

		/**
		 * The meta object literal for the '<em><b>Action Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_FINDING__ACTION_STATUS = eINSTANCE.getInspectionFinding_ActionStatus();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_FINDING__DUE = eINSTANCE.getInspectionFinding_Due();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSPECTION_FINDING__OWNER = eINSTANCE.getInspectionFinding_Owner();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.InspectionScoreImpl <em>Inspection Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.InspectionScoreImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getInspectionScore()
		 * @generated
		 */
		EClass INSPECTION_SCORE = eINSTANCE.getInspectionScore();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_SCORE__THEME = eINSTANCE.getInspectionScore_Theme();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_SCORE__YEAR = eINSTANCE.getInspectionScore_Year();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSPECTION_SCORE__SCORE = eINSTANCE.getInspectionScore_Score();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.BudgetImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Business Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__BUSINESS_GROUP = eINSTANCE.getBudget_BusinessGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__KIND = eINSTANCE.getBudget_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__UNIT = eINSTANCE.getBudget_Unit();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__COLUMNS = eINSTANCE.getBudget_Columns();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__LINES = eINSTANCE.getBudget_Lines();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.BudgetColumnImpl <em>Budget Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.BudgetColumnImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetColumn()
		 * @generated
		 */
		EClass BUDGET_COLUMN = eINSTANCE.getBudgetColumn();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_COLUMN__LABEL = eINSTANCE.getBudgetColumn_Label();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_COLUMN__YEAR = eINSTANCE.getBudgetColumn_Year();

		/**
		 * The meta object literal for the '<em><b>Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_COLUMN__BASIS = eINSTANCE.getBudgetColumn_Basis();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.impl.BudgetLineImpl
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__LABEL = eINSTANCE.getBudgetLine_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__KIND = eINSTANCE.getBudgetLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Amounts</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNTS = eINSTANCE.getBudgetLine_Amounts();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.PlanStatus <em>Plan Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.PlanStatus
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.MeasureKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.TargetDirection <em>Target Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.TargetDirection
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getTargetDirection()
		 * @generated
		 */
		EEnum TARGET_DIRECTION = eINSTANCE.getTargetDirection();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.FrameworkStatus <em>Framework Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.FrameworkStatus
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getFrameworkStatus()
		 * @generated
		 */
		EEnum FRAMEWORK_STATUS = eINSTANCE.getFrameworkStatus();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.FrameworkKind <em>Framework Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.FrameworkKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getFrameworkKind()
		 * @generated
		 */
		EEnum FRAMEWORK_KIND = eINSTANCE.getFrameworkKind();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.SuccessionKind <em>Succession Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.SuccessionKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getSuccessionKind()
		 * @generated
		 */
		EEnum SUCCESSION_KIND = eINSTANCE.getSuccessionKind();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.Unit <em>Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.Unit
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getUnit()
		 * @generated
		 */
		EEnum UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.Polarity
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.Computation <em>Computation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.Computation
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getComputation()
		 * @generated
		 */
		EEnum COMPUTATION = eINSTANCE.getComputation();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.ScopeKind <em>Scope Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.ScopeKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getScopeKind()
		 * @generated
		 */
		EEnum SCOPE_KIND = eINSTANCE.getScopeKind();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.ResultStatus <em>Result Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.ResultStatus
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getResultStatus()
		 * @generated
		 */
		EEnum RESULT_STATUS = eINSTANCE.getResultStatus();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.BudgetKind <em>Budget Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.BudgetKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetKind()
		 * @generated
		 */
		EEnum BUDGET_KIND = eINSTANCE.getBudgetKind();

		/**
		 * The meta object literal for the '{@link org.plantrace.model.BudgetLineKind <em>Budget Line Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plantrace.model.BudgetLineKind
		 * @see org.plantrace.model.impl.PlantracePackageImpl#getBudgetLineKind()
		 * @generated
		 */
		EEnum BUDGET_LINE_KIND = eINSTANCE.getBudgetLineKind();

	}

} //PlantracePackage
