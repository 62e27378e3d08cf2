/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A figure for a measure over a period, for one scope.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Result#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getValue <em>Value</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getText <em>Text</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getPeriodText <em>Period Text</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getScope <em>Scope</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getScopeName <em>Scope Name</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getCommentary <em>Commentary</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getSource <em>Source</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getReportedTarget <em>Reported Target</em>}</li>
 *   <li>{@link org.plantrace.model.Result#getReportedTrend <em>Reported Trend</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getResult()
 * @model
 * @generated
 */
public interface Result extends Element
{
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's measure this result reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' reference.
	 * @see #setMeasure(Measure)
	 * @see org.plantrace.model.PlantracePackage#getResult_Measure()
	 * @model required="true"
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getMeasure <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The figure in the measure's unit (77.0 for '77.0%', -7.6 for a 7.6% reduction); empty when only printed text is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.plantrace.model.PlantracePackage#getResult_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Breakdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part of the measure the figure is for, when a measure reports several (e.g. 'Cocaine (including Crack)' of the Class A trafficking measure); empty for the measure as a whole.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Breakdown</em>' attribute.
	 * @see #setBreakdown(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_Breakdown()
	 * @model
	 * @generated
	 */
	String getBreakdown();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getBreakdown <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Breakdown</em>' attribute.
	 * @see #getBreakdown()
	 * @generated
	 */
	void setBreakdown(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The figure as printed, e.g. '4.2% points' or 'Not available'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Period From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the period the figure covers, as an ISO date (2007-07-01 for the year to June 2008).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period From</em>' attribute.
	 * @see #setPeriodFrom(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_PeriodFrom()
	 * @model
	 * @generated
	 */
	String getPeriodFrom();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getPeriodFrom <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period From</em>' attribute.
	 * @see #getPeriodFrom()
	 * @generated
	 */
	void setPeriodFrom(String value);

	/**
	 * Returns the value of the '<em><b>Period To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the period the figure covers, as an ISO date (2008-06-30).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period To</em>' attribute.
	 * @see #setPeriodTo(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_PeriodTo()
	 * @model
	 * @generated
	 */
	String getPeriodTo();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getPeriodTo <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period To</em>' attribute.
	 * @see #getPeriodTo()
	 * @generated
	 */
	void setPeriodTo(String value);

	/**
	 * Returns the value of the '<em><b>Period Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period as printed, when given (e.g. 'Year to Jun 08', 'Apr08 - Aug08').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Text</em>' attribute.
	 * @see #setPeriodText(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_PeriodText()
	 * @model
	 * @generated
	 */
	String getPeriodText();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getPeriodText <em>Period Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Text</em>' attribute.
	 * @see #getPeriodText()
	 * @generated
	 */
	void setPeriodText(String value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the figure was extracted or reported, as an ISO date; empty: the result set's date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_AsOf()
	 * @model
	 * @generated
	 */
	String getAsOf();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.ScopeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whose result: corporate (the default), a business group, a borough, or a local area agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.plantrace.model.ScopeKind
	 * @see #setScope(ScopeKind)
	 * @see org.plantrace.model.PlantracePackage#getResult_Scope()
	 * @model
	 * @generated
	 */
	ScopeKind getScope();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.plantrace.model.ScopeKind
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ScopeKind value);

	/**
	 * Returns the value of the '<em><b>Scope Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which business group, borough or local area agreement; empty for corporate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Name</em>' attribute.
	 * @see #setScopeName(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_ScopeName()
	 * @model
	 * @generated
	 */
	String getScopeName();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getScopeName <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Name</em>' attribute.
	 * @see #getScopeName()
	 * @generated
	 */
	void setScopeName(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plantrace.model.ResultStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Provisional (the default) or final.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.ResultStatus
	 * @see #setStatus(ResultStatus)
	 * @see org.plantrace.model.PlantracePackage#getResult_Status()
	 * @model
	 * @generated
	 */
	ResultStatus getStatus();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.plantrace.model.ResultStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ResultStatus value);

	/**
	 * Returns the value of the '<em><b>Commentary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the owner says about the figure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commentary</em>' attribute.
	 * @see #setCommentary(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_Commentary()
	 * @model
	 * @generated
	 */
	String getCommentary();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getCommentary <em>Commentary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commentary</em>' attribute.
	 * @see #getCommentary()
	 * @generated
	 */
	void setCommentary(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where this figure was published or extracted from, when it differs from the result set's source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Reported Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target the source printed beside the figure, when it printed one; a difference from the plan's target for the period is reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported Target</em>' attribute.
	 * @see #setReportedTarget(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_ReportedTarget()
	 * @model
	 * @generated
	 */
	String getReportedTarget();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getReportedTarget <em>Reported Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported Target</em>' attribute.
	 * @see #getReportedTarget()
	 * @generated
	 */
	void setReportedTarget(String value);

	/**
	 * Returns the value of the '<em><b>Reported Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The direction of travel the source printed ('+ve', 'stable', '-ve'), kept as evidence; Plantrace derives its own trend from earlier results.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reported Trend</em>' attribute.
	 * @see #setReportedTrend(String)
	 * @see org.plantrace.model.PlantracePackage#getResult_ReportedTrend()
	 * @model
	 * @generated
	 */
	String getReportedTrend();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Result#getReportedTrend <em>Reported Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported Trend</em>' attribute.
	 * @see #getReportedTrend()
	 * @generated
	 */
	void setReportedTrend(String value);

} // Result
