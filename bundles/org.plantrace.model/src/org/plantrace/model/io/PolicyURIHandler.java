package org.plantrace.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;

/**
 * The only {@link org.eclipse.emf.ecore.resource.URIHandler} of a Plantrace resource set: it handles every URI,
 * reads and writes local files the {@link ResourcePolicy} allows and refuses everything else with an
 * {@link IOException} naming the reference. Nothing reaches the network, an archive or a platform URL, and
 * nothing can wait on a connection.
 */
public final class PolicyURIHandler extends FileURIHandlerImpl {

    private final ResourcePolicy policy;
    private final Limits limits;

    public PolicyURIHandler(ResourcePolicy policy, Limits limits) {
        this.policy = policy;
        this.limits = limits;
    }

    public ResourcePolicy policy() {
        return policy;
    }

    public Limits limits() {
        return limits;
    }

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        policy.check(uri);
        limits.checkFileSize(java.nio.file.Path.of(uri.toFileString()));
        return super.createInputStream(uri, options);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        if (!uri.isFile()) {
            throw new ResourcePolicy.RefusedReferenceException("'" + uri + "' is not a local file; models are only written to files");
        }
        return super.createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("model files are never deleted through a resource set: " + uri);
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return policy.refusal(uri) == null && super.exists(uri, options);
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return policy.refusal(uri) == null ? super.getAttributes(uri, options) : Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        policy.check(uri);
        super.setAttributes(uri, attributes, options);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
        return Map.of(); // never sniff content: the factory decides by our own rule, for every extension
    }
}
