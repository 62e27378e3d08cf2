/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.plantrace.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.plantrace.model.PlantracePackage
 * @generated
 */
public class PlantraceSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlantracePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlantraceSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = PlantracePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case PlantracePackage.IDENTIFIED:
			{
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.ELEMENT:
			{
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = caseIdentified(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.NAMED:
			{
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseElement(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.WORDING:
			{
				Wording wording = (Wording)theEObject;
				T result = caseWording(wording);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.PROPERTY:
			{
				Property property = (Property)theEObject;
				T result = caseProperty(property);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.PLAN:
			{
				Plan plan = (Plan)theEObject;
				T result = casePlan(plan);
				if (result == null) result = caseNamed(plan);
				if (result == null) result = caseElement(plan);
				if (result == null) result = caseIdentified(plan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.STRATEGIC_OUTCOME:
			{
				StrategicOutcome strategicOutcome = (StrategicOutcome)theEObject;
				T result = caseStrategicOutcome(strategicOutcome);
				if (result == null) result = caseNamed(strategicOutcome);
				if (result == null) result = caseElement(strategicOutcome);
				if (result == null) result = caseIdentified(strategicOutcome);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.ALIGNABLE_ELEMENT:
			{
				AlignableElement alignableElement = (AlignableElement)theEObject;
				T result = caseAlignableElement(alignableElement);
				if (result == null) result = caseNamed(alignableElement);
				if (result == null) result = caseElement(alignableElement);
				if (result == null) result = caseIdentified(alignableElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.CORPORATE_OBJECTIVE:
			{
				CorporateObjective corporateObjective = (CorporateObjective)theEObject;
				T result = caseCorporateObjective(corporateObjective);
				if (result == null) result = caseAlignableElement(corporateObjective);
				if (result == null) result = caseAlignmentTarget(corporateObjective);
				if (result == null) result = caseNamed(corporateObjective);
				if (result == null) result = caseElement(corporateObjective);
				if (result == null) result = caseIdentified(corporateObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.KEY_ACTIVITY:
			{
				KeyActivity keyActivity = (KeyActivity)theEObject;
				T result = caseKeyActivity(keyActivity);
				if (result == null) result = caseAlignableElement(keyActivity);
				if (result == null) result = caseNamed(keyActivity);
				if (result == null) result = caseElement(keyActivity);
				if (result == null) result = caseIdentified(keyActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.MEASURE:
			{
				Measure measure = (Measure)theEObject;
				T result = caseMeasure(measure);
				if (result == null) result = caseAlignableElement(measure);
				if (result == null) result = caseNamed(measure);
				if (result == null) result = caseElement(measure);
				if (result == null) result = caseIdentified(measure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.MEASURE_SET:
			{
				MeasureSet measureSet = (MeasureSet)theEObject;
				T result = caseMeasureSet(measureSet);
				if (result == null) result = caseNamed(measureSet);
				if (result == null) result = caseElement(measureSet);
				if (result == null) result = caseIdentified(measureSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.TARGET:
			{
				Target target = (Target)theEObject;
				T result = caseTarget(target);
				if (result == null) result = caseElement(target);
				if (result == null) result = caseIdentified(target);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.BUSINESS_GROUP:
			{
				BusinessGroup businessGroup = (BusinessGroup)theEObject;
				T result = caseBusinessGroup(businessGroup);
				if (result == null) result = caseNamed(businessGroup);
				if (result == null) result = caseElement(businessGroup);
				if (result == null) result = caseIdentified(businessGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.ALIGNMENT:
			{
				Alignment alignment = (Alignment)theEObject;
				T result = caseAlignment(alignment);
				if (result == null) result = caseElement(alignment);
				if (result == null) result = caseIdentified(alignment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.ALIGNMENT_TARGET:
			{
				AlignmentTarget alignmentTarget = (AlignmentTarget)theEObject;
				T result = caseAlignmentTarget(alignmentTarget);
				if (result == null) result = caseNamed(alignmentTarget);
				if (result == null) result = caseElement(alignmentTarget);
				if (result == null) result = caseIdentified(alignmentTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.FRAMEWORK:
			{
				Framework framework = (Framework)theEObject;
				T result = caseFramework(framework);
				if (result == null) result = caseAlignmentTarget(framework);
				if (result == null) result = caseNamed(framework);
				if (result == null) result = caseElement(framework);
				if (result == null) result = caseIdentified(framework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.PRIORITY_ITEM:
			{
				PriorityItem priorityItem = (PriorityItem)theEObject;
				T result = casePriorityItem(priorityItem);
				if (result == null) result = caseAlignmentTarget(priorityItem);
				if (result == null) result = caseNamed(priorityItem);
				if (result == null) result = caseElement(priorityItem);
				if (result == null) result = caseIdentified(priorityItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.SUCCESSION:
			{
				Succession succession = (Succession)theEObject;
				T result = caseSuccession(succession);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.TOLERANCE:
			{
				Tolerance tolerance = (Tolerance)theEObject;
				T result = caseTolerance(tolerance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.RESULT_SET:
			{
				ResultSet resultSet = (ResultSet)theEObject;
				T result = caseResultSet(resultSet);
				if (result == null) result = caseNamed(resultSet);
				if (result == null) result = caseElement(resultSet);
				if (result == null) result = caseIdentified(resultSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.RESULT:
			{
				Result result = (Result)theEObject;
				T theResult = caseResult(result);
				if (theResult == null) theResult = caseElement(result);
				if (theResult == null) theResult = caseIdentified(result);
				if (theResult == null) theResult = defaultCase(theEObject);
				return theResult;
			}
			case PlantracePackage.INSPECTION:
			{
				Inspection inspection = (Inspection)theEObject;
				T result = caseInspection(inspection);
				if (result == null) result = caseNamed(inspection);
				if (result == null) result = caseElement(inspection);
				if (result == null) result = caseIdentified(inspection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.INSPECTION_FINDING:
			{
				InspectionFinding inspectionFinding = (InspectionFinding)theEObject;
				T result = caseInspectionFinding(inspectionFinding);
				if (result == null) result = caseNamed(inspectionFinding);
				if (result == null) result = caseElement(inspectionFinding);
				if (result == null) result = caseIdentified(inspectionFinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.INSPECTION_SCORE:
			{
				InspectionScore inspectionScore = (InspectionScore)theEObject;
				T result = caseInspectionScore(inspectionScore);
				if (result == null) result = caseElement(inspectionScore);
				if (result == null) result = caseIdentified(inspectionScore);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.BUDGET:
			{
				Budget budget = (Budget)theEObject;
				T result = caseBudget(budget);
				if (result == null) result = caseNamed(budget);
				if (result == null) result = caseElement(budget);
				if (result == null) result = caseIdentified(budget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.BUDGET_COLUMN:
			{
				BudgetColumn budgetColumn = (BudgetColumn)theEObject;
				T result = caseBudgetColumn(budgetColumn);
				if (result == null) result = caseElement(budgetColumn);
				if (result == null) result = caseIdentified(budgetColumn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlantracePackage.BUDGET_LINE:
			{
				BudgetLine budgetLine = (BudgetLine)theEObject;
				T result = caseBudgetLine(budgetLine);
				if (result == null) result = caseElement(budgetLine);
				if (result == null) result = caseIdentified(budgetLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wording</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wording</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWording(Wording object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProperty(Property object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlan(Plan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategic Outcome</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategic Outcome</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategicOutcome(StrategicOutcome object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alignable Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alignable Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlignableElement(AlignableElement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Corporate Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Corporate Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCorporateObjective(CorporateObjective object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyActivity(KeyActivity object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasure(Measure object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Measure Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Measure Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeasureSet(MeasureSet object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTarget(Target object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessGroup(BusinessGroup object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alignment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alignment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlignment(Alignment object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alignment Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alignment Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlignmentTarget(AlignmentTarget object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFramework(Framework object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Priority Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Priority Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePriorityItem(PriorityItem object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Succession</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Succession</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSuccession(Succession object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tolerance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tolerance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTolerance(Tolerance object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Result Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Result Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResultSet(ResultSet object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResult(Result object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inspection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inspection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspection(Inspection object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inspection Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inspection Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspectionFinding(InspectionFinding object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Inspection Score</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Inspection Score</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInspectionScore(InspectionScore object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudget(Budget object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Column</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Column</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetColumn(BudgetColumn object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetLine(BudgetLine object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //PlantraceSwitch
