/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.plantrace.model.BusinessGroup;
import org.plantrace.model.Computation;
import org.plantrace.model.CorporateObjective;
import org.plantrace.model.Measure;
import org.plantrace.model.MeasureKind;
import org.plantrace.model.PlantracePackage;
import org.plantrace.model.Polarity;
import org.plantrace.model.PriorityItem;
import org.plantrace.model.Target;
import org.plantrace.model.Tolerance;
import org.plantrace.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getOwnerNote <em>Owner Note</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getComputation <em>Computation</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getNationalIndicator <em>National Indicator</em>}</li>
 *   <li>{@link org.plantrace.model.impl.MeasureImpl#getTolerance <em>Tolerance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasureImpl extends AlignableElementImpl implements Measure
{
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureKind KIND_EDEFAULT = MeasureKind.HEADLINE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeasureKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getOwners() <em>Owners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwners()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessGroup> owners;

	/**
	 * The default value of the '{@link #getOwnerNote() <em>Owner Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerNote()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerNote() <em>Owner Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerNote()
	 * @generated
	 * @ordered
	 */
	protected String ownerNote = OWNER_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContributesTo() <em>Contributes To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<CorporateObjective> contributesTo;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Unit UNIT_EDEFAULT = Unit.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getComputation() <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputation()
	 * @generated
	 * @ordered
	 */
	protected static final Computation COMPUTATION_EDEFAULT = Computation.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getComputation() <em>Computation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComputation()
	 * @generated
	 * @ordered
	 */
	protected Computation computation = COMPUTATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNationalIndicator() <em>National Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationalIndicator()
	 * @generated
	 * @ordered
	 */
	protected PriorityItem nationalIndicator;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected Tolerance tolerance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasureImpl()
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
		return PlantracePackage.Literals.MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber()
	{
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber)
	{
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeasureKind newKind)
	{
		MeasureKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource()
	{
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource)
	{
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectContainmentEList<Target>(Target.class, this, PlantracePackage.MEASURE__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessGroup> getOwners()
	{
		if (owners == null)
		{
			owners = new EObjectResolvingEList<BusinessGroup>(BusinessGroup.class, this, PlantracePackage.MEASURE__OWNERS);
		}
		return owners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerNote()
	{
		return ownerNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerNote(String newOwnerNote)
	{
		String oldOwnerNote = ownerNote;
		ownerNote = newOwnerNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__OWNER_NOTE, oldOwnerNote, ownerNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CorporateObjective> getContributesTo()
	{
		if (contributesTo == null)
		{
			contributesTo = new EObjectResolvingEList<CorporateObjective>(CorporateObjective.class, this, PlantracePackage.MEASURE__CONTRIBUTES_TO);
		}
		return contributesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit)
	{
		Unit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity()
	{
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity)
	{
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Computation getComputation()
	{
		return computation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComputation(Computation newComputation)
	{
		Computation oldComputation = computation;
		computation = newComputation == null ? COMPUTATION_EDEFAULT : newComputation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__COMPUTATION, oldComputation, computation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityItem getNationalIndicator()
	{
		if (nationalIndicator != null && nationalIndicator.eIsProxy())
		{
			InternalEObject oldNationalIndicator = (InternalEObject)nationalIndicator;
			nationalIndicator = (PriorityItem)eResolveProxy(oldNationalIndicator);
			if (nationalIndicator != oldNationalIndicator)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlantracePackage.MEASURE__NATIONAL_INDICATOR, oldNationalIndicator, nationalIndicator));
			}
		}
		return nationalIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorityItem basicGetNationalIndicator()
	{
		return nationalIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationalIndicator(PriorityItem newNationalIndicator)
	{
		PriorityItem oldNationalIndicator = nationalIndicator;
		nationalIndicator = newNationalIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__NATIONAL_INDICATOR, oldNationalIndicator, nationalIndicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tolerance getTolerance()
	{
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTolerance(Tolerance newTolerance, NotificationChain msgs)
	{
		Tolerance oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__TOLERANCE, oldTolerance, newTolerance);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(Tolerance newTolerance)
	{
		if (newTolerance != tolerance)
		{
			NotificationChain msgs = null;
			if (tolerance != null)
				msgs = ((InternalEObject)tolerance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlantracePackage.MEASURE__TOLERANCE, null, msgs);
			if (newTolerance != null)
				msgs = ((InternalEObject)newTolerance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlantracePackage.MEASURE__TOLERANCE, null, msgs);
			msgs = basicSetTolerance(newTolerance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantracePackage.MEASURE__TOLERANCE, newTolerance, newTolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlantracePackage.MEASURE__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case PlantracePackage.MEASURE__TOLERANCE:
				return basicSetTolerance(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case PlantracePackage.MEASURE__NUMBER:
				return getNumber();
			case PlantracePackage.MEASURE__CODE:
				return getCode();
			case PlantracePackage.MEASURE__KIND:
				return getKind();
			case PlantracePackage.MEASURE__DATA_SOURCE:
				return getDataSource();
			case PlantracePackage.MEASURE__TARGETS:
				return getTargets();
			case PlantracePackage.MEASURE__OWNERS:
				return getOwners();
			case PlantracePackage.MEASURE__OWNER_NOTE:
				return getOwnerNote();
			case PlantracePackage.MEASURE__CONTRIBUTES_TO:
				return getContributesTo();
			case PlantracePackage.MEASURE__UNIT:
				return getUnit();
			case PlantracePackage.MEASURE__POLARITY:
				return getPolarity();
			case PlantracePackage.MEASURE__COMPUTATION:
				return getComputation();
			case PlantracePackage.MEASURE__NATIONAL_INDICATOR:
				if (resolve) return getNationalIndicator();
				return basicGetNationalIndicator();
			case PlantracePackage.MEASURE__TOLERANCE:
				return getTolerance();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlantracePackage.MEASURE__NUMBER:
				setNumber((String)newValue);
				return;
			case PlantracePackage.MEASURE__CODE:
				setCode((String)newValue);
				return;
			case PlantracePackage.MEASURE__KIND:
				setKind((MeasureKind)newValue);
				return;
			case PlantracePackage.MEASURE__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case PlantracePackage.MEASURE__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case PlantracePackage.MEASURE__OWNERS:
				getOwners().clear();
				getOwners().addAll((Collection<? extends BusinessGroup>)newValue);
				return;
			case PlantracePackage.MEASURE__OWNER_NOTE:
				setOwnerNote((String)newValue);
				return;
			case PlantracePackage.MEASURE__CONTRIBUTES_TO:
				getContributesTo().clear();
				getContributesTo().addAll((Collection<? extends CorporateObjective>)newValue);
				return;
			case PlantracePackage.MEASURE__UNIT:
				setUnit((Unit)newValue);
				return;
			case PlantracePackage.MEASURE__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case PlantracePackage.MEASURE__COMPUTATION:
				setComputation((Computation)newValue);
				return;
			case PlantracePackage.MEASURE__NATIONAL_INDICATOR:
				setNationalIndicator((PriorityItem)newValue);
				return;
			case PlantracePackage.MEASURE__TOLERANCE:
				setTolerance((Tolerance)newValue);
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
			case PlantracePackage.MEASURE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__TARGETS:
				getTargets().clear();
				return;
			case PlantracePackage.MEASURE__OWNERS:
				getOwners().clear();
				return;
			case PlantracePackage.MEASURE__OWNER_NOTE:
				setOwnerNote(OWNER_NOTE_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__CONTRIBUTES_TO:
				getContributesTo().clear();
				return;
			case PlantracePackage.MEASURE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__COMPUTATION:
				setComputation(COMPUTATION_EDEFAULT);
				return;
			case PlantracePackage.MEASURE__NATIONAL_INDICATOR:
				setNationalIndicator((PriorityItem)null);
				return;
			case PlantracePackage.MEASURE__TOLERANCE:
				setTolerance((Tolerance)null);
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
			case PlantracePackage.MEASURE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case PlantracePackage.MEASURE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlantracePackage.MEASURE__KIND:
				return kind != KIND_EDEFAULT;
			case PlantracePackage.MEASURE__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case PlantracePackage.MEASURE__TARGETS:
				return targets != null && !targets.isEmpty();
			case PlantracePackage.MEASURE__OWNERS:
				return owners != null && !owners.isEmpty();
			case PlantracePackage.MEASURE__OWNER_NOTE:
				return OWNER_NOTE_EDEFAULT == null ? ownerNote != null : !OWNER_NOTE_EDEFAULT.equals(ownerNote);
			case PlantracePackage.MEASURE__CONTRIBUTES_TO:
				return contributesTo != null && !contributesTo.isEmpty();
			case PlantracePackage.MEASURE__UNIT:
				return unit != UNIT_EDEFAULT;
			case PlantracePackage.MEASURE__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case PlantracePackage.MEASURE__COMPUTATION:
				return computation != COMPUTATION_EDEFAULT;
			case PlantracePackage.MEASURE__NATIONAL_INDICATOR:
				return nationalIndicator != null;
			case PlantracePackage.MEASURE__TOLERANCE:
				return tolerance != null;
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
		result.append(" (number: ");
		result.append(number);
		result.append(", code: ");
		result.append(code);
		result.append(", kind: ");
		result.append(kind);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(", ownerNote: ");
		result.append(ownerNote);
		result.append(", unit: ");
		result.append(unit);
		result.append(", polarity: ");
		result.append(polarity);
		result.append(", computation: ");
		result.append(computation);
		result.append(')');
		return result.toString();
	}

} //MeasureImpl
