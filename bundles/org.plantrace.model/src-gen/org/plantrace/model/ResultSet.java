/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a results file: one reporting round (e.g. a monthly board or the Commissioner's report of October 2008) with results for measures of one plan. Results files are delivered without touching the plan file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.ResultSet#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.plantrace.model.ResultSet#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.plantrace.model.ResultSet#getSource <em>Source</em>}</li>
 *   <li>{@link org.plantrace.model.ResultSet#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getResultSet()
 * @model
 * @generated
 */
public interface ResultSet extends Named
{
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan whose measures these results report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan</em>' reference.
	 * @see #setPlan(Plan)
	 * @see org.plantrace.model.PlantracePackage#getResultSet_Plan()
	 * @model
	 * @generated
	 */
	Plan getPlan();

	/**
	 * Sets the value of the '{@link org.plantrace.model.ResultSet#getPlan <em>Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' reference.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the round reports as of, as an ISO date (2008-10-06); each result may give its own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(String)
	 * @see org.plantrace.model.PlantracePackage#getResultSet_AsOf()
	 * @model
	 * @generated
	 */
	String getAsOf();

	/**
	 * Sets the value of the '{@link org.plantrace.model.ResultSet#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the figures come from, e.g. 'Commissioner's report to the MPA, 6 October 2008'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.plantrace.model.PlantracePackage#getResultSet_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.plantrace.model.ResultSet#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Result}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The results of the round.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getResultSet_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<Result> getResults();

} // ResultSet
