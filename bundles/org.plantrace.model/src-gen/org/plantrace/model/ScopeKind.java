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
 * A representation of the literals of the enumeration '<em><b>Scope Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whose target or result: the whole organisation, a business group, a borough, or a local area agreement.
 * <!-- end-model-doc -->
 * @see org.plantrace.model.PlantracePackage#getScopeKind()
 * @model
 * @generated
 */
public enum ScopeKind implements Enumerator
{
	/**
	 * The '<em><b>Corporate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE_VALUE
	 * @generated
	 * @ordered
	 */
	CORPORATE(0, "corporate", "corporate"),

	/**
	 * The '<em><b>Business Group</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_GROUP(1, "businessGroup", "businessGroup"),

	/**
	 * The '<em><b>Borough</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOROUGH_VALUE
	 * @generated
	 * @ordered
	 */
	BOROUGH(2, "borough", "borough"),

	/**
	 * The '<em><b>Local Area Agreement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AREA_AGREEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_AREA_AGREEMENT(3, "localAreaAgreement", "localAreaAgreement");

	/**
	 * The '<em><b>Corporate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE
	 * @model name="corporate"
	 * @generated
	 * @ordered
	 */
	public static final int CORPORATE_VALUE = 0;

	/**
	 * The '<em><b>Business Group</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_GROUP
	 * @model name="businessGroup"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_GROUP_VALUE = 1;

	/**
	 * The '<em><b>Borough</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOROUGH
	 * @model name="borough"
	 * @generated
	 * @ordered
	 */
	public static final int BOROUGH_VALUE = 2;

	/**
	 * The '<em><b>Local Area Agreement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_AREA_AGREEMENT
	 * @model name="localAreaAgreement"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_AREA_AGREEMENT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Scope Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScopeKind[] VALUES_ARRAY =
		new ScopeKind[]
		{
			CORPORATE,
			BUSINESS_GROUP,
			BOROUGH,
			LOCAL_AREA_AGREEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Scope Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScopeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scope Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ScopeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ScopeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scope Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScopeKind get(int value)
	{
		switch (value)
		{
			case CORPORATE_VALUE: return CORPORATE;
			case BUSINESS_GROUP_VALUE: return BUSINESS_GROUP;
			case BOROUGH_VALUE: return BOROUGH;
			case LOCAL_AREA_AGREEMENT_VALUE: return LOCAL_AREA_AGREEMENT;
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
	private ScopeKind(int value, String name, String literal)
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
	
} //ScopeKind
