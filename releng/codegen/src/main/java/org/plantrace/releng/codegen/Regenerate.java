package org.plantrace.releng.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code from {@code org.plantrace.model/model/plantrace.genmodel}
 * without an Eclipse IDE. The generated folders ({@code src-gen}) are wiped first, so the result
 * depends only on the .ecore and .genmodel: hand-written code belongs in {@code src/}.
 *
 * <p>Usage: {@code Regenerate <bundles-dir> [--init]}; {@code --init} (re)creates the genmodel from
 * the ecore with the project's settings before generating.
 */
public final class Regenerate {

    private static final String MODEL = "org.plantrace.model";
    private static final String EDIT = "org.plantrace.edit";

    private Regenerate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: Regenerate <bundles-dir> [--init]");
            System.exit(2);
        }
        Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
        boolean init = List.of(args).contains("--init");

        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        for (String project : List.of(MODEL, EDIT)) {
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(bundles.resolve(project).toString() + "/"));
        }

        ResourceSet rs = new ResourceSetImpl();
        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL + "/model/plantrace.genmodel", true);
        GenModel genModel = init ? initialise(rs, genModelUri) : load(rs, genModelUri);

        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println("genmodel is not valid: " + valid);
            System.exit(1);
        }

        wipe(bundles.resolve(MODEL).resolve("src-gen"));
        wipe(bundles.resolve(EDIT).resolve("src-gen"));

        Generator generator = new Generator() {
            @Override
            public JControlModel getJControlModel() {
                // No merging: src-gen is generated from scratch; hand-written code lives in src/.
                return new JControlModel() {
                    @Override
                    public boolean canMerge() {
                        return false;
                    }
                };
            }
        };
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        report("model", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
        report("edit", generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
        System.out.println("Generated " + MODEL + "/src-gen and " + EDIT + "/src-gen");
    }

    private static GenModel load(ResourceSet rs, URI uri) {
        Resource r = rs.getResource(uri, true);
        return (GenModel) r.getContents().get(0);
    }

    private static GenModel initialise(ResourceSet rs, URI genModelUri) throws IOException {
        URI ecoreUri = genModelUri.trimSegments(1).appendSegment("plantrace.ecore");
        EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.getForeignModel().add("plantrace.ecore");
        genModel.setModelName("Plantrace");
        genModel.setModelPluginID(MODEL);
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditPluginID(EDIT);
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setEditPluginClass("org.plantrace.model.provider.PlantraceEditPlugin");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        genModel.setImportOrganizing(true);
        genModel.setOperationReflection(true);
        genModel.setCopyrightText("Plantrace - generated from plantrace.ecore; do not edit, regenerate.");
        genModel.setCodeFormatting(false);
        genModel.setSuppressGenModelAnnotations(false);
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Plantrace");
        genPackage.setBasePackage("org.plantrace");
        genPackage.setDisposableProviderFactory(true);
        genPackage.setMultipleEditorPages(false);
        genPackage.setFileExtensions("plan,framework,results");
        Resource r = rs.createResource(genModelUri);
        r.getContents().add(genModel);
        r.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        return genModel;
    }

    private static void report(String what, Diagnostic d) {
        if (d.getSeverity() != Diagnostic.OK) {
            System.err.println(what + ": " + d.getMessage());
            for (Diagnostic c : d.getChildren()) {
                System.err.println("  " + c.getMessage());
            }
            if (d.getSeverity() == Diagnostic.ERROR) {
                System.exit(1);
            }
        }
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
