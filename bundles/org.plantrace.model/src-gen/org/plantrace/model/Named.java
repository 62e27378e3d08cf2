/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.Named#getName <em>Name</em>}</li>
 *   <li>{@link org.plantrace.model.Named#getTitle <em>Title</em>}</li>
 *   <li>{@link org.plantrace.model.Named#getWordings <em>Wordings</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getNamed()
 * @model abstract="true"
 * @generated
 */
public interface Named extends Element
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short name used in lists and matrices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plantrace.model.PlantracePackage#getNamed_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Named#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full title as it is to be printed. Every appendix prints this one wording.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.plantrace.model.PlantracePackage#getNamed_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.plantrace.model.Named#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Wordings</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Wording}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other wordings of the title found in published tables, kept as evidence of drift; validation reports each one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wordings</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getNamed_Wordings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Wording> getWordings();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The full title if set, else the short name, else the id.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='String t = getTitle();\nif (t != null &amp;&amp; !t.isBlank()) return t;\nString n = getName();\nif (n != null &amp;&amp; !n.isBlank()) return n;\nreturn getId();'"
	 * @generated
	 */
	String getLabel();

} // Named
