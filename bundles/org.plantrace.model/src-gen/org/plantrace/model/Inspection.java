/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inspection or audit (HMIC, Audit Commission): who inspected, when, the overall grading, how many recommendations and areas for improvement, what it concerns, its findings and scores.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Inspection#getInspectorate <em>Inspectorate</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getDate <em>Date</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getGrading <em>Grading</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getBusinessGroups <em>Business Groups</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.plantrace.model.Inspection#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getInspection()
 * @model
 * @generated
 */
public interface Inspection extends Named
{
	/**
	 * Returns the value of the '<em><b>Inspectorate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who inspected, e.g. HMIC, Audit Commission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspectorate</em>' attribute.
	 * @see #setInspectorate(String)
	 * @see org.plantrace.model.PlantracePackage#getInspection_Inspectorate()
	 * @model
	 * @generated
	 */
	String getInspectorate();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Inspection#getInspectorate <em>Inspectorate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inspectorate</em>' attribute.
	 * @see #getInspectorate()
	 * @generated
	 */
	void setInspectorate(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When, as printed (e.g. October 2007, 2007/08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.plantrace.model.PlantracePackage#getInspection_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Inspection#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Grading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overall grading as printed, e.g. good, excellent, adequate performance (Level 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grading</em>' attribute.
	 * @see #setGrading(String)
	 * @see org.plantrace.model.PlantracePackage#getInspection_Grading()
	 * @model
	 * @generated
	 */
	String getGrading();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Inspection#getGrading <em>Grading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grading</em>' attribute.
	 * @see #getGrading()
	 * @generated
	 */
	void setGrading(String value);

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of recommendations made (0: none or not printed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' attribute.
	 * @see #setRecommendations(int)
	 * @see org.plantrace.model.PlantracePackage#getInspection_Recommendations()
	 * @model
	 * @generated
	 */
	int getRecommendations();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Inspection#getRecommendations <em>Recommendations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendations</em>' attribute.
	 * @see #getRecommendations()
	 * @generated
	 */
	void setRecommendations(int value);

	/**
	 * Returns the value of the '<em><b>Areas For Improvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of areas for improvement (AFIs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #setAreasForImprovement(int)
	 * @see org.plantrace.model.PlantracePackage#getInspection_AreasForImprovement()
	 * @model
	 * @generated
	 */
	int getAreasForImprovement();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Inspection#getAreasForImprovement <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #getAreasForImprovement()
	 * @generated
	 */
	void setAreasForImprovement(int value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.CorporateObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The objectives the inspection bears on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getInspection_Objectives()
	 * @model
	 * @generated
	 */
	EList<CorporateObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Business Groups</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.BusinessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business groups it concerns or that own its action plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Groups</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getInspection_BusinessGroups()
	 * @model
	 * @generated
	 */
	EList<BusinessGroup> getBusinessGroups();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.InspectionFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its findings per framework or theme, each with grading, counts and the action plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getInspection_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectionFinding> getFindings();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.InspectionScore}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scores per theme and year (e.g. PURE theme scores for two years).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getInspection_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<InspectionScore> getScores();

} // Inspection
