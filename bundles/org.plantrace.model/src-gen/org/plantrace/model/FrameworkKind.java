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
 * A representation of the literals of the enumeration '<em><b>Framework Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.plantrace.model.PlantracePackage#getFrameworkKind()
 * @model
 * @generated
 */
public enum FrameworkKind implements Enumerator
{
	/**
	 * The '<em><b>Psa</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSA_VALUE
	 * @generated
	 * @ordered
	 */
	PSA(0, "psa", "psa"),

	/**
	 * The '<em><b>Spp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPP_VALUE
	 * @generated
	 * @ordered
	 */
	SPP(1, "spp", "spp"),

	/**
	 * The '<em><b>Ni</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NI_VALUE
	 * @generated
	 * @ordered
	 */
	NI(2, "ni", "ni"),

	/**
	 * The '<em><b>Apacs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APACS_VALUE
	 * @generated
	 * @ordered
	 */
	APACS(3, "apacs", "apacs"),

	/**
	 * The '<em><b>Ps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS_VALUE
	 * @generated
	 * @ordered
	 */
	PS(4, "ps", "ps"),

	/**
	 * The '<em><b>Mayor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYOR_VALUE
	 * @generated
	 * @ordered
	 */
	MAYOR(5, "mayor", "mayor"),

	/**
	 * The '<em><b>Concern</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCERN_VALUE
	 * @generated
	 * @ordered
	 */
	CONCERN(6, "concern", "concern"),

	/**
	 * The '<em><b>Laa</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAA_VALUE
	 * @generated
	 * @ordered
	 */
	LAA(7, "laa", "laa"),

	/**
	 * The '<em><b>Chi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHI_VALUE
	 * @generated
	 * @ordered
	 */
	CHI(8, "chi", "chi"),

	/**
	 * The '<em><b>Npp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPP_VALUE
	 * @generated
	 * @ordered
	 */
	NPP(9, "npp", "npp"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "other", "other"),

	/**
	 * The '<em><b>Pledge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A catalogue of service standards the organisation promises the public (the Policing Pledge); its items are standards that measures align to.
	 * <!-- end-model-doc -->
	 * @see #PLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	PLEDGE(11, "pledge", "pledge");

	/**
	 * The '<em><b>Psa</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSA
	 * @model name="psa"
	 * @generated
	 * @ordered
	 */
	public static final int PSA_VALUE = 0;

	/**
	 * The '<em><b>Spp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPP
	 * @model name="spp"
	 * @generated
	 * @ordered
	 */
	public static final int SPP_VALUE = 1;

	/**
	 * The '<em><b>Ni</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NI
	 * @model name="ni"
	 * @generated
	 * @ordered
	 */
	public static final int NI_VALUE = 2;

	/**
	 * The '<em><b>Apacs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APACS
	 * @model name="apacs"
	 * @generated
	 * @ordered
	 */
	public static final int APACS_VALUE = 3;

	/**
	 * The '<em><b>Ps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PS
	 * @model name="ps"
	 * @generated
	 * @ordered
	 */
	public static final int PS_VALUE = 4;

	/**
	 * The '<em><b>Mayor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAYOR
	 * @model name="mayor"
	 * @generated
	 * @ordered
	 */
	public static final int MAYOR_VALUE = 5;

	/**
	 * The '<em><b>Concern</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCERN
	 * @model name="concern"
	 * @generated
	 * @ordered
	 */
	public static final int CONCERN_VALUE = 6;

	/**
	 * The '<em><b>Laa</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAA
	 * @model name="laa"
	 * @generated
	 * @ordered
	 */
	public static final int LAA_VALUE = 7;

	/**
	 * The '<em><b>Chi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHI
	 * @model name="chi"
	 * @generated
	 * @ordered
	 */
	public static final int CHI_VALUE = 8;

	/**
	 * The '<em><b>Npp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPP
	 * @model name="npp"
	 * @generated
	 * @ordered
	 */
	public static final int NPP_VALUE = 9;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * The '<em><b>Pledge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A catalogue of service standards the organisation promises the public (the Policing Pledge); its items are standards that measures align to.
	 * <!-- end-model-doc -->
	 * @see #PLEDGE
	 * @model name="pledge"
	 * @generated
	 * @ordered
	 */
	public static final int PLEDGE_VALUE = 11;

	/**
	 * An array of all the '<em><b>Framework Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FrameworkKind[] VALUES_ARRAY =
		new FrameworkKind[]
		{
			PSA,
			SPP,
			NI,
			APACS,
			PS,
			MAYOR,
			CONCERN,
			LAA,
			CHI,
			NPP,
			OTHER,
			PLEDGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Framework Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FrameworkKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Framework Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FrameworkKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FrameworkKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Framework Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FrameworkKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			FrameworkKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Framework Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FrameworkKind get(int value)
	{
		switch (value)
		{
			case PSA_VALUE: return PSA;
			case SPP_VALUE: return SPP;
			case NI_VALUE: return NI;
			case APACS_VALUE: return APACS;
			case PS_VALUE: return PS;
			case MAYOR_VALUE: return MAYOR;
			case CONCERN_VALUE: return CONCERN;
			case LAA_VALUE: return LAA;
			case CHI_VALUE: return CHI;
			case NPP_VALUE: return NPP;
			case OTHER_VALUE: return OTHER;
			case PLEDGE_VALUE: return PLEDGE;
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
	private FrameworkKind(int value, String name, String literal)
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
	
} //FrameworkKind
