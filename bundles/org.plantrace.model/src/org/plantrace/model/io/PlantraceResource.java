package org.plantrace.model.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.plantrace.model.io.migration.Migrations;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of plan and framework files.
 *
 * <p>Elements are addressed by their stable {@code id} attribute, never by position, so references
 * survive reordering and renumbering. Saving is deterministic: the same model always gives the same
 * bytes (no generated ids, no timestamps, features in metamodel order, content in model order).
 * Loading never resolves DOCTYPEs or external entities, and looks XML namespaces up in the package registry only.
 *
 * <p>The model namespace carries the {@link FormatVersion file format version}: a file of an older version is
 * migrated in memory while it loads (see {@link org.plantrace.model.io.migration}) and saved in the current
 * version; a file of a newer version fails to load with a message saying so.
 */
public class PlantraceResource extends XMIResourceImpl {

    private FormatVersion formatVersion;
    private List<String> migrationLog = List.of();

    /** Parser features that forbid DOCTYPE declarations and any external entity or DTD. */
    public static final Map<String, Boolean> SECURE_PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    public PlantraceResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        setTrackingModification(false);

        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(SECURE_PARSER_FEATURES));
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        load.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);

        getDefaultSaveOptions().putAll(SAVE_OPTIONS);
    }

    /** The width of lines past which a save starts an attribute on a new line (save option OPTION_LINE_WIDTH). */
    public static final int LINE_WIDTH = 100;

    /** How plan, framework and results files are saved (the default save options). */
    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
            XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(LINE_WIDTH),
            XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE,
            XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE,
            XMLResource.OPTION_LINE_DELIMITER, "\n");

    /**
     * A save option that makes the save EMF's own XMI save, not Plantrace's writer (which writes the same bytes where
     * it knows the model, faster): for comparing the two.
     */
    public static final String OPTION_EMF_SAVE = "org.plantrace.model.io.emfSave";

    /**
     * A load option that makes the load EMF's handler's alone, not Plantrace's reader of the current format (which
     * makes the same model, faster, and leaves to EMF's handler every file it does not read as EMF would): for
     * comparing the two.
     */
    public static final String OPTION_EMF_LOAD = "org.plantrace.model.io.emfLoad";

    /**
     * With the default save options, Plantrace's {@linkplain XmiWriter writer} writes the file (the bytes EMF's save
     * writes); EMF's save writes what the writer does not know, and saves with any other options.
     */
    @Override
    public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        if (SAVE_OPTIONS.equals(options) && !(out instanceof URIConverter.Writeable)) {
            if (out instanceof SaveBuffer b) {
                int start = b.size();
                if (XmiWriter.write(this, b)) {
                    return;
                }
                b.truncate(start);
            } else {
                SaveBuffer b = new SaveBuffer(64 * 1024);
                if (XmiWriter.write(this, b)) {
                    b.writeTo(out);
                    return;
                }
            }
        }
        super.doSave(out, options);
    }

    /**
     * Writes what {@link #save(OutputStream, Map) save(out, null)} writes to {@code out} as it goes, without the
     * bookkeeping of a save (errors, modified flag), and returns true; or returns false, having written part of it or
     * nothing, when only EMF's save (option {@link #OPTION_EMF_SAVE}) writes this model or the default save options
     * were changed.
     */
    public boolean writeTo(OutputStream out) throws IOException {
        return SAVE_OPTIONS.equals(getDefaultSaveOptions()) && XmiWriter.write(this, out);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return fast ? new FastXmiHandler(PlantraceResource.this, helper, options)
                        : new PlantraceXmiHandler(PlantraceResource.this, helper, options);
            }

            /**
             * The JDK's own parser, as EMF's {@code SAXParserFactory.newInstance()} finds it, but without that look-up:
             * it asks every jar on the class path for a service file on each load, some 6% of a cold command's
             * parsing (the secure features are set on the parser afterwards, as before).
             */
            @Override
            protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
                return SAXParserFactory.newDefaultInstance().newSAXParser();
            }
        };
    }

    /** Every load goes through the hardened handler, whatever the options ask for. */
    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return createXMLLoad();
    }

    // ---- where each element was read, for errors found after loading ----

    // recorded in the order read (two arrays, cheap while loading); looked up by element only when asked, which is
    // rare (an error found after loading), so the map is made then
    private EObject[] lineElements = new EObject[0];
    private int[] lineNumbers = new int[0];
    private int lineCount;
    private Map<EObject, Integer> lines;

    void recordLine(EObject o, int line) {
        if (lineCount == lineElements.length) {
            int size = Math.max(256, lineCount * 2);
            lineElements = java.util.Arrays.copyOf(lineElements, size);
            lineNumbers = java.util.Arrays.copyOf(lineNumbers, size);
        }
        lineElements[lineCount] = o;
        lineNumbers[lineCount++] = line;
        lines = null;
    }

    /**
     * The line of the element's start tag (where the tag ends) in the file it was loaded from, or 0 when unknown
     * (e.g. created later).
     */
    public synchronized int lineOf(EObject o) {
        if (lines == null) {
            lines = new IdentityHashMap<>(lineCount * 4 / 3 + 16);
            for (int i = 0; i < lineCount; i++) {
                lines.put(lineElements[i], Integer.valueOf(lineNumbers[i]));
            }
        }
        Integer l = lines.get(o);
        return l == null ? 0 : l.intValue();
    }

    @Override
    protected void doUnload() {
        lineElements = new EObject[0];
        lineNumbers = new int[0];
        lineCount = 0;
        lines = null;
        scanned = false;
        super.doUnload();
    }

    // ---- ids: one scan of the contents, not one per unknown id ----

    /** Set while {@link FastXmiHandler} attaches what it read, whose ids it has put in the id map already. */
    private boolean attachingRead;

    /** Runs {@code attach}, which attaches elements whose ids are in the id map already, without a second walk. */
    void attachRead(Runnable attach) {
        attachingRead = true;
        try {
            attach.run();
        } finally {
            attachingRead = false;
        }
    }

    @Override
    public void attached(EObject eObject) {
        if (!attachingRead) {
            super.attached(eObject);
        }
    }

    private boolean scanned;

    @Override
    protected void attachedHelper(EObject eObject) {
        scanned = false;
        super.attachedHelper(eObject);
    }

    /**
     * EMF scans the whole resource for every id its map does not hold, so N references to missing ids cost N
     * scans. After one full scan (and until an element is attached), an id not in the map is not in the resource.
     */
    @Override
    protected EObject getEObjectByID(String id) {
        Map<String, EObject> map = getIntrinsicIDToEObjectMap();
        if (map == null || isLoading()) {
            return super.getEObjectByID(id);
        }
        EObject e = map.get(id);
        if (e != null && id.equals(org.eclipse.emf.ecore.util.EcoreUtil.getID(e)) && e.eResource() == this) {
            return e;
        }
        if (scanned && e == null) {
            return null;
        }
        map.clear();
        EObject found = super.getEObjectByID(id);
        scanned = true;
        return found;
    }

    // ---- the files the root names, read meanwhile on a second thread (see Prefetch) ----

    /** The set whose resource factory prefetches the files this file's root refers to, while this file loads. */
    private ResourceSet prefetchInto;

    /** Set while this resource is prefetched outside its set: the set it is read for. */
    private ResourceSet aloneFor;

    /** While the next load runs, reads the files its root element refers to into {@code rs} on a second thread. */
    void prefetchReferencesInto(ResourceSet rs) {
        prefetchInto = rs;
    }

    /** Called by the handler once the root element's attributes are read: its references to other files are known. */
    void rootRead(EObject root) {
        ResourceSet rs = prefetchInto;
        prefetchInto = null;
        Prefetch prefetch = rs == null ? null : LoadGuard.prefetchOf(rs);
        if (prefetch == null) {
            return;
        }
        List<URI> files = new ArrayList<>();
        for (EReference ref : root.eClass().getEAllReferences()) {
            if (!LoadGuard.isCrossReference(ref)) {
                continue;
            }
            for (EObject o : LoadGuard.values(root, ref)) {
                if (o instanceof InternalEObject p && p.eIsProxy() && p.eProxyURI() != null) {
                    URI file = p.eProxyURI().trimFragment();
                    if (file.isFile() && !file.equals(getURI()) && !files.contains(file)) {
                        files.add(file);
                    }
                }
            }
        }
        prefetch.start(rs, files);
    }

    /**
     * Loads this resource, which is in no set, as {@code rs} would load it on demand: through its URI converter (its
     * policy and file size limit), with its load options, {@link Limits} and package registry.
     */
    void loadAlone(ResourceSet rs) throws IOException {
        aloneFor = rs;
        load(rs.getLoadOptions());
    }

    /** This prefetched resource, ready to be added to the set it was read for. */
    PlantraceResource attachable() {
        aloneFor = null;
        return this;
    }

    @Override
    public URIConverter getURIConverter() {
        ResourceSet rs = aloneFor;
        return rs != null ? rs.getURIConverter() : super.getURIConverter();
    }

    /** The set whose limits and packages apply to this resource's loading: its own, or the one it is prefetched for. */
    ResourceSet loadingSet() {
        return aloneFor != null ? aloneFor : getResourceSet();
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        formatVersion = null;
        migrationLog = List.of();
        readFast = false;
        byte[] whole = inputStream instanceof Bytes b ? b.all() : null;
        BufferedInputStream in = new BufferedInputStream(inputStream, SNIFF_LENGTH);
        Map<Object, Object> effective = new HashMap<>(options == null ? Map.of() : options);
        FormatVersion declared = sniffFormatVersion(in);
        if (declared != null && declared.isReadable() && declared.isOlderThan(FormatVersion.CURRENT)) {
            // Keep what the current metamodel has no feature for, so that the migration steps can take it over.
            effective.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
            effective.put(OPTION_EXTENDED_META_DATA, new BasicExtendedMetaData(
                    loadingSet() != null ? loadingSet().getPackageRegistry() : EPackage.Registry.INSTANCE));
        }
        if (declared != null && declared.equals(FormatVersion.CURRENT) && FastXmiHandler.handles(effective)) {
            loadFast(whole != null ? whole : in.readAllBytes(), effective);
        } else {
            super.doLoad(in, effective);
        }
        if (formatVersion != null && formatVersion.isOlderThan(FormatVersion.CURRENT) && getErrors().isEmpty()) {
            migrationLog = Migrations.migrate(this, formatVersion);
        }
    }

    /** Whether the next load reads with {@link FastXmiHandler} (set only while it does). */
    private boolean fast;

    /**
     * Reads the file with {@link FastXmiHandler}; when it gives up, forgets what it made and reads the same bytes with
     * EMF's handler, which gives the result and every message it always gave.
     */
    private void loadFast(byte[] bytes, Map<Object, Object> options) throws IOException {
        fast = true;
        try {
            super.doLoad(new java.io.ByteArrayInputStream(bytes), options);
            readFast = true;
            return;
        } catch (IOException | RuntimeException e) {
            if (!FastXmiHandler.isFallback(e)) {
                throw e;
            }
        } finally {
            fast = false;
        }
        fellBack++;
        forgetPartialLoad();
        super.doLoad(new java.io.ByteArrayInputStream(bytes), options);
    }

    private boolean readFast;

    /** Whether the last load was read by Plantrace's reader of the current format (not by EMF's handler). */
    public boolean wasReadFast() {
        return readFast;
    }

    /** How many loads of this resource the fast reader left to EMF's handler. */
    private int fellBack;

    /** How many loads of this resource Plantrace's reader of the current format began and left to EMF's handler. */
    public int fastReadsLeftToEmf() {
        return fellBack;
    }

    /** What a fast read that gave up made: the contents, ids and lines. */
    private void forgetPartialLoad() {
        if (contents != null && !contents.isEmpty()) {
            contents.clear();
        }
        getIntrinsicIDToEObjectMap().clear();
        getEObjectToExtensionMap().clear();
        getErrors().clear();
        getWarnings().clear();
        lineElements = new EObject[0];
        lineNumbers = new int[0];
        lineCount = 0;
        lines = null;
        scanned = false;
    }

    /** The bytes of a model at hand in memory (a version from git, a merge's result), read without a copy. */
    static final class Bytes extends java.io.ByteArrayInputStream {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        /** All the bytes, when none was read yet. */
        byte[] all() {
            return pos == 0 && count == buf.length ? buf : null;
        }
    }

    private static final int SNIFF_LENGTH = 64 * 1024;
    private static final Pattern NAMESPACE = Pattern.compile(
            "xmlns(?::[\\w.-]+)?\\s*=\\s*[\"']" + Pattern.quote(FormatVersion.NAMESPACE_PREFIX) + "([^\"']*)[\"']");

    /** The format version the file declares in its first bytes, or null; the parser checks it authoritatively. */
    private static FormatVersion sniffFormatVersion(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_LENGTH);
        byte[] head = in.readNBytes(SNIFF_LENGTH);
        in.reset();
        Matcher m = NAMESPACE.matcher(new String(head, StandardCharsets.ISO_8859_1));
        return m.find() ? FormatVersion.parse(m.group(1)).orElse(null) : null;
    }

    void noteFormatVersion(FormatVersion version) {
        if (formatVersion == null) {
            formatVersion = version;
        }
    }

    /** The file format the resource was loaded from; null when not loaded from a Plantrace file. */
    public FormatVersion getFormatVersion() {
        return formatVersion;
    }

    /** Whether the file was of an older format and was migrated while loading (saving writes the current one). */
    public boolean isMigrated() {
        return formatVersion != null && formatVersion.isOlderThan(FormatVersion.CURRENT);
    }

    /** What the migration steps did while loading, one line per step; empty when nothing was migrated. */
    public List<String> getMigrationLog() {
        return migrationLog;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected boolean useIDs() {
        return true;
    }
}
