/**
 * Plantrace - generated from plantrace.ecore; do not edit, regenerate.
 */
package org.plantrace.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Alignable Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plantrace.model.AlignableElement#getAlignments <em>Alignments</em>}</li>
 * </ul>
 *
 * @see org.plantrace.model.PlantracePackage#getAlignableElement()
 * @model abstract="true"
 * @generated
 */
public interface AlignableElement extends Named
{
	/**
	 * Returns the value of the '<em><b>Alignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.plantrace.model.Alignment}.
	 * It is bidirectional and its opposite is '{@link org.plantrace.model.Alignment#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignments</em>' containment reference list.
	 * @see org.plantrace.model.PlantracePackage#getAlignableElement_Alignments()
	 * @see org.plantrace.model.Alignment#getSource
	 * @model opposite="source" containment="true"
	 * @generated
	 */
	EList<Alignment> getAlignments();

} // AlignableElement
