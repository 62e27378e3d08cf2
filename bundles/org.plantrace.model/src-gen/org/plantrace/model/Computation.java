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
 * A representation of the literals of the enumeration '<em><b>Computation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a measure's reported figure is computed from the underlying data.
 * <!-- end-model-doc -->
 * @see org.plantrace.model.PlantracePackage#getComputation()
 * @model
 * @generated
 */
public enum Computation implements Enumerator
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
	 * The '<em><b>Rolling12 Months</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLING12_MONTHS_VALUE
	 * @generated
	 * @ordered
	 */
	ROLLING12_MONTHS(1, "rolling12Months", "rolling12Months"),

	/**
	 * The '<em><b>Financial Year To Date</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_YEAR_TO_DATE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCIAL_YEAR_TO_DATE(2, "financialYearToDate", "financialYearToDate"),

	/**
	 * The '<em><b>Monthly Average</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_AVERAGE_VALUE
	 * @generated
	 * @ordered
	 */
	MONTHLY_AVERAGE(3, "monthlyAverage", "monthlyAverage"),

	/**
	 * The '<em><b>Change On Previous Year</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_ON_PREVIOUS_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_ON_PREVIOUS_YEAR(4, "changeOnPreviousYear", "changeOnPreviousYear"),

	/**
	 * The '<em><b>Period</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIOD_VALUE
	 * @generated
	 * @ordered
	 */
	PERIOD(5, "period", "period");

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
	 * The '<em><b>Rolling12 Months</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLLING12_MONTHS
	 * @model name="rolling12Months"
	 * @generated
	 * @ordered
	 */
	public static final int ROLLING12_MONTHS_VALUE = 1;

	/**
	 * The '<em><b>Financial Year To Date</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCIAL_YEAR_TO_DATE
	 * @model name="financialYearToDate"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCIAL_YEAR_TO_DATE_VALUE = 2;

	/**
	 * The '<em><b>Monthly Average</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTHLY_AVERAGE
	 * @model name="monthlyAverage"
	 * @generated
	 * @ordered
	 */
	public static final int MONTHLY_AVERAGE_VALUE = 3;

	/**
	 * The '<em><b>Change On Previous Year</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_ON_PREVIOUS_YEAR
	 * @model name="changeOnPreviousYear"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_ON_PREVIOUS_YEAR_VALUE = 4;

	/**
	 * The '<em><b>Period</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIOD
	 * @model name="period"
	 * @generated
	 * @ordered
	 */
	public static final int PERIOD_VALUE = 5;

	/**
	 * An array of all the '<em><b>Computation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Computation[] VALUES_ARRAY =
		new Computation[]
		{
			UNSPECIFIED,
			ROLLING12_MONTHS,
			FINANCIAL_YEAR_TO_DATE,
			MONTHLY_AVERAGE,
			CHANGE_ON_PREVIOUS_YEAR,
			PERIOD,
		};

	/**
	 * A public read-only list of all the '<em><b>Computation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Computation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Computation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Computation get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Computation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Computation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Computation getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Computation result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Computation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Computation get(int value)
	{
		switch (value)
		{
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case ROLLING12_MONTHS_VALUE: return ROLLING12_MONTHS;
			case FINANCIAL_YEAR_TO_DATE_VALUE: return FINANCIAL_YEAR_TO_DATE;
			case MONTHLY_AVERAGE_VALUE: return MONTHLY_AVERAGE;
			case CHANGE_ON_PREVIOUS_YEAR_VALUE: return CHANGE_ON_PREVIOUS_YEAR;
			case PERIOD_VALUE: return PERIOD;
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
	private Computation(int value, String name, String literal)
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
	
} //Computation
