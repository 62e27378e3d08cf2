/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plantrace.model.Measure;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Result;
import org.plantrace.model.ResultStatus;
import org.plantrace.model.ScopeKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getBreakdown <em>Breakdown</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getPeriodFrom <em>Period From</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getPeriodTo <em>Period To</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getPeriodText <em>Period Text</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getScopeName <em>Scope Name</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getCommentary <em>Commentary</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getReportedTarget <em>Reported Target</em>}</li>
 *   <li>{@link org.plantrace.model.impl.ResultImpl#getReportedTrend <em>Reported Trend</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultImpl extends ElementImpl implements Result
{
	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected Measure measure;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBreakdown() <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdown()
	 * @generated
	 * @ordered
	 */
	protected static final String BREAKDOWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBreakdown() <em>Breakdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdown()
	 * @generated
	 * @ordered
	 */
	protected String breakdown = BREAKDOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodFrom() <em>Period From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodFrom()
	 * @generated
	 * @ordered
	 */
	protected String periodFrom = PERIOD_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodTo() <em>Period To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodTo()
	 * @generated
	 * @ordered
	 */
	protected String periodTo = PERIOD_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodText() <em>Period Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodText()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodText() <em>Period Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodText()
	 * @generated
	 * @ordered
	 */
	protected String periodText = PERIOD_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final String AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected String asOf = AS_OF_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final ScopeKind SCOPE_EDEFAULT = ScopeKind.CORPORATE;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected ScopeKind scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeName() <em>Scope Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeName()
	 * @generated
	 * @ordered
	 */
	protected String scopeName = SCOPE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ResultStatus STATUS_EDEFAULT = ResultStatus.PROVISIONAL;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ResultStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommentary() <em>Commentary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentary()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENTARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommentary() <em>Commentary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommentary()
	 * @generated
	 * @ordered
	 */
	protected String commentary = COMMENTARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedTarget() <em>Reported Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTED_TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedTarget() <em>Reported Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedTarget()
	 * @generated
	 * @ordered
	 */
	protected String reportedTarget = REPORTED_TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportedTrend() <em>Reported Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedTrend()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTED_TREND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportedTrend() <em>Reported Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportedTrend()
	 * @generated
	 * @ordered
	 */
	protected String reportedTrend = REPORTED_TREND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlantracePackage.Literals.RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure getMeasure()
	{
		if (measure != null && measure.eIsProxy())
		{
			InternalEObject oldMeasure = (InternalEObject)measure;
			measure = (Measure)eResolveProxy(oldMeasure);
			if (measure != oldMeasure)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantracePackage.RESULT__MEASURE, oldMeasure, measure));
			}
		}
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Measure basicGetMeasure()
	{
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(Measure newMeasure)
	{
		Measure oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue)
	{
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBreakdown()
	{
		return breakdown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBreakdown(String newBreakdown)
	{
		String oldBreakdown = breakdown;
		breakdown = newBreakdown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__BREAKDOWN, oldBreakdown, breakdown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodFrom()
	{
		return periodFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodFrom(String newPeriodFrom)
	{
		String oldPeriodFrom = periodFrom;
		periodFrom = newPeriodFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__PERIOD_FROM, oldPeriodFrom, periodFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodTo()
	{
		return periodTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodTo(String newPeriodTo)
	{
		String oldPeriodTo = periodTo;
		periodTo = newPeriodTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__PERIOD_TO, oldPeriodTo, periodTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodText()
	{
		return periodText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodText(String newPeriodText)
	{
		String oldPeriodText = periodText;
		periodText = newPeriodText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__PERIOD_TEXT, oldPeriodText, periodText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAsOf()
	{
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(String newAsOf)
	{
		String oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__AS_OF, oldAsOf, asOf));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScopeKind getScope()
	{
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(ScopeKind newScope)
	{
		ScopeKind oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeName()
	{
		return scopeName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeName(String newScopeName)
	{
		String oldScopeName = scopeName;
		scopeName = newScopeName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__SCOPE_NAME, oldScopeName, scopeName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResultStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ResultStatus newStatus)
	{
		ResultStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommentary()
	{
		return commentary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommentary(String newCommentary)
	{
		String oldCommentary = commentary;
		commentary = newCommentary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__COMMENTARY, oldCommentary, commentary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource)
	{
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportedTarget()
	{
		return reportedTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedTarget(String newReportedTarget)
	{
		String oldReportedTarget = reportedTarget;
		reportedTarget = newReportedTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__REPORTED_TARGET, oldReportedTarget, reportedTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportedTrend()
	{
		return reportedTrend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportedTrend(String newReportedTrend)
	{
		String oldReportedTrend = reportedTrend;
		reportedTrend = newReportedTrend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.RESULT__REPORTED_TREND, oldReportedTrend, reportedTrend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlantracePackage.RESULT__MEASURE:
				if (resolve) return getMeasure();
				return basicGetMeasure();
			case PlantracePackage.RESULT__VALUE:
				return getValue();
			case PlantracePackage.RESULT__BREAKDOWN:
				return getBreakdown();
			case PlantracePackage.RESULT__TEXT:
				return getText();
			case PlantracePackage.RESULT__PERIOD_FROM:
				return getPeriodFrom();
			case PlantracePackage.RESULT__PERIOD_TO:
				return getPeriodTo();
			case PlantracePackage.RESULT__PERIOD_TEXT:
				return getPeriodText();
			case PlantracePackage.RESULT__AS_OF:
				return getAsOf();
			case PlantracePackage.RESULT__SCOPE:
				return getScope();
			case PlantracePackage.RESULT__SCOPE_NAME:
				return getScopeName();
			case PlantracePackage.RESULT__STATUS:
				return getStatus();
			case PlantracePackage.RESULT__COMMENTARY:
				return getCommentary();
			case PlantracePackage.RESULT__SOURCE:
				return getSource();
			case PlantracePackage.RESULT__REPORTED_TARGET:
				return getReportedTarget();
			case PlantracePackage.RESULT__REPORTED_TREND:
				return getReportedTrend();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlantracePackage.RESULT__MEASURE:
				setMeasure((Measure)newValue);
				return;
			case PlantracePackage.RESULT__VALUE:
				setValue((Double)newValue);
				return;
			case PlantracePackage.RESULT__BREAKDOWN:
				setBreakdown((String)newValue);
				return;
			case PlantracePackage.RESULT__TEXT:
				setText((String)newValue);
				return;
			case PlantracePackage.RESULT__PERIOD_FROM:
				setPeriodFrom((String)newValue);
				return;
			case PlantracePackage.RESULT__PERIOD_TO:
				setPeriodTo((String)newValue);
				return;
			case PlantracePackage.RESULT__PERIOD_TEXT:
				setPeriodText((String)newValue);
				return;
			case PlantracePackage.RESULT__AS_OF:
				setAsOf((String)newValue);
				return;
			case PlantracePackage.RESULT__SCOPE:
				setScope((ScopeKind)newValue);
				return;
			case PlantracePackage.RESULT__SCOPE_NAME:
				setScopeName((String)newValue);
				return;
			case PlantracePackage.RESULT__STATUS:
				setStatus((ResultStatus)newValue);
				return;
			case PlantracePackage.RESULT__COMMENTARY:
				setCommentary((String)newValue);
				return;
			case PlantracePackage.RESULT__SOURCE:
				setSource((String)newValue);
				return;
			case PlantracePackage.RESULT__REPORTED_TARGET:
				setReportedTarget((String)newValue);
				return;
			case PlantracePackage.RESULT__REPORTED_TREND:
				setReportedTrend((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlantracePackage.RESULT__MEASURE:
				setMeasure((Measure)null);
				return;
			case PlantracePackage.RESULT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PlantracePackage.RESULT__BREAKDOWN:
				setBreakdown(BREAKDOWN_EDEFAULT);
				return;
			case PlantracePackage.RESULT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PlantracePackage.RESULT__PERIOD_FROM:
				setPeriodFrom(PERIOD_FROM_EDEFAULT);
				return;
			case PlantracePackage.RESULT__PERIOD_TO:
				setPeriodTo(PERIOD_TO_EDEFAULT);
				return;
			case PlantracePackage.RESULT__PERIOD_TEXT:
				setPeriodText(PERIOD_TEXT_EDEFAULT);
				return;
			case PlantracePackage.RESULT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
				return;
			case PlantracePackage.RESULT__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case PlantracePackage.RESULT__SCOPE_NAME:
				setScopeName(SCOPE_NAME_EDEFAULT);
				return;
			case PlantracePackage.RESULT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlantracePackage.RESULT__COMMENTARY:
				setCommentary(COMMENTARY_EDEFAULT);
				return;
			case PlantracePackage.RESULT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case PlantracePackage.RESULT__REPORTED_TARGET:
				setReportedTarget(REPORTED_TARGET_EDEFAULT);
				return;
			case PlantracePackage.RESULT__REPORTED_TREND:
				setReportedTrend(REPORTED_TREND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlantracePackage.RESULT__MEASURE:
				return measure != null;
			case PlantracePackage.RESULT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case PlantracePackage.RESULT__BREAKDOWN:
				return BREAKDOWN_EDEFAULT == null ? breakdown != null : !BREAKDOWN_EDEFAULT.equals(breakdown);
			case PlantracePackage.RESULT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PlantracePackage.RESULT__PERIOD_FROM:
				return PERIOD_FROM_EDEFAULT == null ? periodFrom != null : !PERIOD_FROM_EDEFAULT.equals(periodFrom);
			case PlantracePackage.RESULT__PERIOD_TO:
				return PERIOD_TO_EDEFAULT == null ? periodTo != null : !PERIOD_TO_EDEFAULT.equals(periodTo);
			case PlantracePackage.RESULT__PERIOD_TEXT:
				return PERIOD_TEXT_EDEFAULT == null ? periodText != null : !PERIOD_TEXT_EDEFAULT.equals(periodText);
			case PlantracePackage.RESULT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
			case PlantracePackage.RESULT__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case PlantracePackage.RESULT__SCOPE_NAME:
				return SCOPE_NAME_EDEFAULT == null ? scopeName != null : !SCOPE_NAME_EDEFAULT.equals(scopeName);
			case PlantracePackage.RESULT__STATUS:
				return status != STATUS_EDEFAULT;
			case PlantracePackage.RESULT__COMMENTARY:
				return COMMENTARY_EDEFAULT == null ? commentary != null : !COMMENTARY_EDEFAULT.equals(commentary);
			case PlantracePackage.RESULT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case PlantracePackage.RESULT__REPORTED_TARGET:
				return REPORTED_TARGET_EDEFAULT == null ? reportedTarget != null : !REPORTED_TARGET_EDEFAULT.equals(reportedTarget);
			case PlantracePackage.RESULT__REPORTED_TREND:
				return REPORTED_TREND_EDEFAULT == null ? reportedTrend != null : !REPORTED_TREND_EDEFAULT.equals(reportedTrend);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (value: ");
		result.append(value);
		result.append(", breakdown: ");
		result.append(breakdown);
		result.append(", text: ");
		result.append(text);
		result.append(", periodFrom: ");
		result.append(periodFrom);
		result.append(", periodTo: ");
		result.append(periodTo);
		result.append(", periodText: ");
		result.append(periodText);
		result.append(", asOf: ");
		result.append(asOf);
		result.append(", scope: ");
		result.append(scope);
		result.append(", scopeName: ");
		result.append(scopeName);
		result.append(", status: ");
		result.append(status);
		result.append(", commentary: ");
		result.append(commentary);
		result.append(", source: ");
		result.append(source);
		result.append(", reportedTarget: ");
		result.append(reportedTarget);
		result.append(", reportedTrend: ");
		result.append(reportedTrend);
		result.append(')');
		return result.toString();
	}

} //ResultImpl
