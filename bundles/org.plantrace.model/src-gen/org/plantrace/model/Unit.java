/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The unit of a measure's reported figure.
 * <!-- end-model-doc -->
 * @see org.plantrace.model.PlantracePackage#getUnit()
 * @model
 * @generated
 */
public enum Unit implements Enumerator
{
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Percent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENT(1, "percent", "percent"),

	/**
	 * The '<em><b>Percentage Points</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTAGE_POINTS_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENTAGE_POINTS(2, "percentagePoints", "percentagePoints"),

	/**
	 * The '<em><b>Count</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(3, "count", "count"),

	/**
	 * The '<em><b>Rate Per1000</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER1000_VALUE
	 * @generated
	 * @ordered
	 */
	RATE_PER1000(4, "ratePer1000", "ratePer1000"),

	/**
	 * The '<em><b>Rate Per10000</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER10000_VALUE
	 * @generated
	 * @ordered
	 */
	RATE_PER10000(5, "ratePer10000", "ratePer10000"),

	/**
	 * The '<em><b>Rate Per100 Million Vehicle Km</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER100_MILLION_VEHICLE_KM_VALUE
	 * @generated
	 * @ordered
	 */
	RATE_PER100_MILLION_VEHICLE_KM(6, "ratePer100MillionVehicleKm", "ratePer100MillionVehicleKm"),

	/**
	 * The '<em><b>Monthly Average</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_AVERAGE_VALUE
	 * @generated
	 * @ordered
	 */
	MONTHLY_AVERAGE(7, "monthlyAverage", "monthlyAverage"),

	/**
	 * The '<em><b>Money</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY_VALUE
	 * @generated
	 * @ordered
	 */
	MONEY(8, "money", "money");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Percent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENT
	 * @model name="percent"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENT_VALUE = 1;

	/**
	 * The '<em><b>Percentage Points</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTAGE_POINTS
	 * @model name="percentagePoints"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENTAGE_POINTS_VALUE = 2;

	/**
	 * The '<em><b>Count</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT
	 * @model name="count"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 3;

	/**
	 * The '<em><b>Rate Per1000</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER1000
	 * @model name="ratePer1000"
	 * @generated
	 * @ordered
	 */
	public static final int RATE_PER1000_VALUE = 4;

	/**
	 * The '<em><b>Rate Per10000</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER10000
	 * @model name="ratePer10000"
	 * @generated
	 * @ordered
	 */
	public static final int RATE_PER10000_VALUE = 5;

	/**
	 * The '<em><b>Rate Per100 Million Vehicle Km</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATE_PER100_MILLION_VEHICLE_KM
	 * @model name="ratePer100MillionVehicleKm"
	 * @generated
	 * @ordered
	 */
	public static final int RATE_PER100_MILLION_VEHICLE_KM_VALUE = 6;

	/**
	 * The '<em><b>Monthly Average</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_AVERAGE
	 * @model name="monthlyAverage"
	 * @generated
	 * @ordered
	 */
	public static final int MONTHLY_AVERAGE_VALUE = 7;

	/**
	 * The '<em><b>Money</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONEY
	 * @model name="money"
	 * @generated
	 * @ordered
	 */
	public static final int MONEY_VALUE = 8;

	/**
	 * An array of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Unit[] VALUES_ARRAY =
		new Unit[]
		{
			UNSPECIFIED,
			PERCENT,
			PERCENTAGE_POINTS,
			COUNT,
			RATE_PER1000,
			RATE_PER10000,
			RATE_PER100_MILLION_VEHICLE_KM,
			MONTHLY_AVERAGE,
			MONEY,
		};

	/**
	 * A public read-only list of all the '<em><b>Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Unit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Unit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Unit result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Unit get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case PERCENT_VALUE: return PERCENT;
			case PERCENTAGE_POINTS_VALUE: return PERCENTAGE_POINTS;
			case COUNT_VALUE: return COUNT;
			case RATE_PER1000_VALUE: return RATE_PER1000;
			case RATE_PER10000_VALUE: return RATE_PER10000;
			case RATE_PER100_MILLION_VEHICLE_KM_VALUE: return RATE_PER100_MILLION_VEHICLE_KM;
			case MONTHLY_AVERAGE_VALUE: return MONTHLY_AVERAGE;
			case MONEY_VALUE: return MONEY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Unit(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //Unit
