/**
 * Migration of model files written in an older file format.
 *
 * <p>The file format's version is the last segment of the model namespace
 * ({@code xmlns:plantrace="http://plantrace.org/model/1.3"}; see {@link org.plantrace.model.io.FormatVersion}).
 * Loading a file of an older version works like this:
 * <ol>
 * <li>the parser maps the old namespace to the current package, so every element and attribute that still exists
 * loads as usual;</li>
 * <li>whatever the current metamodel no longer has (a renamed or removed attribute, a child element whose
 * feature moved) is recorded per object instead of failing the load;</li>
 * <li>the {@link org.plantrace.model.io.migration.MigrationStep}s from the file's version to the current one run in
 * order on the loaded objects, taking the recorded data over into the current features through a
 * {@link org.plantrace.model.io.migration.MigrationContext};</li>
 * <li>anything still recorded after the last step is an error naming the element and the attribute, so no data
 * is dropped silently.</li>
 * </ol>
 * The file itself is never touched by loading; saving writes the current version.
 *
 * <p><b>Changing the model.</b> Each change of {@code plantrace.ecore} that alters what a file holds:
 * <ol>
 * <li>raises the version in the namespace ({@code nsURI}) of {@code plantrace.ecore} and regenerates;</li>
 * <li>adds one step class from the previous version to the new one and appends it to
 * {@link org.plantrace.model.io.migration.Migrations#STEPS} (the chain must be contiguous; a test checks);</li>
 * <li>adds a fixture of the previous format under {@code tests/org.plantrace.model.tests/fixtures/format-X.Y/}
 * and a test that it loads, migrates and saves as the new version.</li>
 * </ol>
 * A purely additive change (new optional features) still raises the version, so that older programs refuse
 * the new files clearly instead of failing on an unknown attribute; its step may do nothing.
 */
package org.plantrace.model.io.migration;
