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
 * A representation of the literals of the enumeration '<em><b>Succession Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.plantrace.model.PlantracePackage#getSuccessionKind()
 * @model
 * @generated
 */
public enum SuccessionKind implements Enumerator
{
	/**
	 * The '<em><b>Same</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME_VALUE
	 * @generated
	 * @ordered
	 */
	SAME(0, "same", "same"),

	/**
	 * The '<em><b>Broadened</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROADENED_VALUE
	 * @generated
	 * @ordered
	 */
	BROADENED(1, "broadened", "broadened"),

	/**
	 * The '<em><b>Narrowed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NARROWED_VALUE
	 * @generated
	 * @ordered
	 */
	NARROWED(2, "narrowed", "narrowed"),

	/**
	 * The '<em><b>Changed Basis</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGED_BASIS_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGED_BASIS(3, "changedBasis", "changedBasis"),

	/**
	 * The '<em><b>Merged</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED_VALUE
	 * @generated
	 * @ordered
	 */
	MERGED(4, "merged", "merged"),

	/**
	 * The '<em><b>Split</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT_VALUE
	 * @generated
	 * @ordered
	 */
	SPLIT(5, "split", "split"),

	/**
	 * The '<em><b>Withdrawn</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAWN(6, "withdrawn", "withdrawn");

	/**
	 * The '<em><b>Same</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAME
	 * @model name="same"
	 * @generated
	 * @ordered
	 */
	public static final int SAME_VALUE = 0;

	/**
	 * The '<em><b>Broadened</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BROADENED
	 * @model name="broadened"
	 * @generated
	 * @ordered
	 */
	public static final int BROADENED_VALUE = 1;

	/**
	 * The '<em><b>Narrowed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NARROWED
	 * @model name="narrowed"
	 * @generated
	 * @ordered
	 */
	public static final int NARROWED_VALUE = 2;

	/**
	 * The '<em><b>Changed Basis</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGED_BASIS
	 * @model name="changedBasis"
	 * @generated
	 * @ordered
	 */
	public static final int CHANGED_BASIS_VALUE = 3;

	/**
	 * The '<em><b>Merged</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGED
	 * @model name="merged"
	 * @generated
	 * @ordered
	 */
	public static final int MERGED_VALUE = 4;

	/**
	 * The '<em><b>Split</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPLIT
	 * @model name="split"
	 * @generated
	 * @ordered
	 */
	public static final int SPLIT_VALUE = 5;

	/**
	 * The '<em><b>Withdrawn</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAWN
	 * @model name="withdrawn"
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAWN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Succession Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SuccessionKind[] VALUES_ARRAY =
		new SuccessionKind[]
		{
			SAME,
			BROADENED,
			NARROWED,
			CHANGED_BASIS,
			MERGED,
			SPLIT,
			WITHDRAWN,
		};

	/**
	 * A public read-only list of all the '<em><b>Succession Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SuccessionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Succession Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SuccessionKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SuccessionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Succession Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SuccessionKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SuccessionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Succession Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SuccessionKind get(int value)
	{
		switch (value)
		{
			case SAME_VALUE: return SAME;
			case BROADENED_VALUE: return BROADENED;
			case NARROWED_VALUE: return NARROWED;
			case CHANGED_BASIS_VALUE: return CHANGED_BASIS;
			case MERGED_VALUE: return MERGED;
			case SPLIT_VALUE: return SPLIT;
			case WITHDRAWN_VALUE: return WITHDRAWN;
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
	private SuccessionKind(int value, String name, String literal)
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
	
} //SuccessionKind
