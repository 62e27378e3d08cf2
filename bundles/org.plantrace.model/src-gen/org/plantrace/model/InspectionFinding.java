/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inspection Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One finding of an inspection (a framework or area inspected): its grading, recommendations and areas for improvement, and the action plan: status, owner, due date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.InspectionFinding#getGrading <em>Grading</em>}</li>
 *   <li>{@link org.plantrace.model.InspectionFinding#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.plantrace.model.InspectionFinding#getAreasForImprovement <em>Areas For Improvement</em>}</li>
 *   <li>{@link org.plantrace.model.InspectionFinding#getActionStatus <em>Action Status</em>}</li>
 *   <li>{@link org.plantrace.model.InspectionFinding#getDue <em>Due</em>}</li>
 *   <li>{@link org.plantrace.model.InspectionFinding#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getInspectionFinding()
 * @model
 * @generated
 */
public interface InspectionFinding extends Named
{
	/**
	 * Returns the value of the '<em><b>Grading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grading as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grading</em>' attribute.
	 * @see #setGrading(String)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_Grading()
	 * @model
	 * @generated
	 */
	String getGrading();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getGrading <em>Grading</em>}' attribute.
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
	 * Number of recommendations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' attribute.
	 * @see #setRecommendations(int)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_Recommendations()
	 * @model
	 * @generated
	 */
	int getRecommendations();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getRecommendations <em>Recommendations</em>}' attribute.
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
	 * Number of areas for improvement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #setAreasForImprovement(int)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_AreasForImprovement()
	 * @model
	 * @generated
	 */
	int getAreasForImprovement();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getAreasForImprovement <em>Areas For Improvement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Areas For Improvement</em>' attribute.
	 * @see #getAreasForImprovement()
	 * @generated
	 */
	void setAreasForImprovement(int value);

	/**
	 * Returns the value of the '<em><b>Action Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status of the action plan as printed, e.g. all work now complete, work in progress.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Status</em>' attribute.
	 * @see #setActionStatus(String)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_ActionStatus()
	 * @model
	 * @generated
	 */
	String getActionStatus();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getActionStatus <em>Action Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Status</em>' attribute.
	 * @see #getActionStatus()
	 * @generated
	 */
	void setActionStatus(String value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the actions are due to be complete, as printed (e.g. April 2009).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(String)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_Due()
	 * @model
	 * @generated
	 */
	String getDue();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business group that owns the action plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(BusinessGroup)
	 * @see org.plantrace.model.PlantracePackage#getInspectionFinding_Owner()
	 * @model
	 * @generated
	 */
	BusinessGroup getOwner();

	/**
	 * Sets the value of the '{@link org.plantrace.model.InspectionFinding#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(BusinessGroup value);

} // InspectionFinding
