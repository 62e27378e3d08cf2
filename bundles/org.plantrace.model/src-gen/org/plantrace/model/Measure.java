/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Measure#getNumber <em>Number</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getCode <em>Code</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getOwnerNote <em>Owner Note</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getComputation <em>Computation</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getNationalIndicator <em>National Indicator</em>}</li>
 *   <li>{@link org.plantrace.model.Measure#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends AlignableElement
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Printed number of the measure in its table (e.g. '13').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Performance code, e.g. 'CPA KPI 2(a)' or 'Policing Pledge Promise 5'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.MeasureKind
	 * @see #setKind(MeasureKind)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Kind()
	 * @model
	 * @generated
	 */
	MeasureKind getKind();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plantrace.model.MeasureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeasureKind value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data source, e.g. PAS, BCS, USS, CARMS.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Owners</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.BusinessGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business groups that also hold this as their measure ('Also BG measure').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owners</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Owners()
	 * @model
	 * @generated
	 */
	EList<BusinessGroup> getOwners();

	/**
	 * Returns the value of the '<em><b>Owner Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Note</em>' attribute.
	 * @see #setOwnerNote(String)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_OwnerNote()
	 * @model
	 * @generated
	 */
	String getOwnerNote();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getOwnerNote <em>Owner Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Note</em>' attribute.
	 * @see #getOwnerNote()
	 * @generated
	 */
	void setOwnerNote(String value);

	/**
	 * Returns the value of the '<em><b>Contributes To</b></em>' reference list.
	 * The list contents are of type {@link org.plantrace.model.CorporateObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objectives a measure of a plan-level measure set contributes to (a measure held by an objective contributes to that objective without saying so).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributes To</em>' reference list.
	 * @see org.plantrace.model.PlantracePackage#getMeasure_ContributesTo()
	 * @model
	 * @generated
	 */
	EList<CorporateObjective> getContributesTo();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reported figure counts: a percentage, percentage points, a count, a rate per 1,000 / 10,000 population or per 100 million vehicle km, a monthly average, an amount of money.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.plantrace.model.Unit
	 * @see #setUnit(Unit)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.plantrace.model.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which way is better: higher, lower, or closer to the target. Decides RAG and trend; when unspecified the direction of the target is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.plantrace.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Polarity()
	 * @model
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.plantrace.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Computation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.Computation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the reported figure is computed: rolling 12 months, financial year to date, monthly average, change on the previous year, or the figure of the period as given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computation</em>' attribute.
	 * @see org.plantrace.model.Computation
	 * @see #setComputation(Computation)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Computation()
	 * @model
	 * @generated
	 */
	Computation getComputation();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getComputation <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computation</em>' attribute.
	 * @see org.plantrace.model.Computation
	 * @see #getComputation()
	 * @generated
	 */
	void setComputation(Computation value);

	/**
	 * Returns the value of the '<em><b>National Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The national indicator (SPI, NI) this measure reports, when it reports one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>National Indicator</em>' reference.
	 * @see #setNationalIndicator(PriorityItem)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_NationalIndicator()
	 * @model
	 * @generated
	 */
	PriorityItem getNationalIndicator();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getNationalIndicator <em>National Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>National Indicator</em>' reference.
	 * @see #getNationalIndicator()
	 * @generated
	 */
	void setNationalIndicator(PriorityItem value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tolerances for this measure's status; when empty the plan's default tolerance applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' containment reference.
	 * @see #setTolerance(Tolerance)
	 * @see org.plantrace.model.PlantracePackage#getMeasure_Tolerance()
	 * @model containment="true"
	 * @generated
	 */
	Tolerance getTolerance();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Measure#getTolerance <em>Tolerance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' containment reference.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(Tolerance value);

} // Measure
