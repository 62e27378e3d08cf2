package org.plantrace.ui.matrix.internal;

import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Makes Eclipse Collections usable by NatTable inside OSGi without the service-loader extender (SPI Fly).
 *
 * <p>NatTable uses Eclipse Collections, whose API finds its implementations with {@link java.util.ServiceLoader}
 * through the thread's context class loader, once, when a factory holder class such as
 * {@code org.eclipse.collections.api.factory.Sets} is initialised. In OSGi that loader cannot see the
 * {@code META-INF/services} files of the implementation bundle unless SPI Fly weaves the API bundle; the product
 * does not start SPI Fly (it adds about two seconds to every start-up), and without it the first paint of the
 * matrix fails ("Could not find any implementations of MutableSetFactory"). So before NatTable is first used, every
 * class of the API's factory packages is initialised here with the implementation bundle's class loader as the
 * context loader: their factories are then the real ones for the rest of the session.
 *
 * <p>Outside OSGi (plain class path: the benchmark) the service files are visible anyway, and this does nothing.
 */
public final class CollectionsFactories {

    private static final String API = "org.eclipse.collections.api";
    private static final String IMPL = "org.eclipse.collections.impl";
    private static boolean done;

    private CollectionsFactories() {
    }

    /** Initialises the factory holders once; later calls return at once. */
    public static synchronized void ensureInitialised() {
        if (done) {
            return;
        }
        done = true;
        try {
            initialise();
        } catch (LinkageError e) {
            // no OSGi framework classes: a plain class path, where ServiceLoader finds the services by itself
        }
    }

    private static void initialise() {
        Bundle self = FrameworkUtil.getBundle(CollectionsFactories.class);
        if (self == null || self.getBundleContext() == null) {
            return;
        }
        Bundle api = null;
        Bundle impl = null;
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (API.equals(b.getSymbolicName()) && (api == null || b.getVersion().compareTo(api.getVersion()) > 0)) {
                api = b;
            } else if (IMPL.equals(b.getSymbolicName()) && (impl == null || b.getVersion().compareTo(impl.getVersion()) > 0)) {
                impl = b;
            }
        }
        BundleWiring apiWiring = api == null ? null : api.adapt(BundleWiring.class);
        BundleWiring implWiring = impl == null ? null : impl.adapt(BundleWiring.class);
        if (apiWiring == null || implWiring == null) {
            return; // not resolved: NatTable would not be either
        }
        Collection<String> classes = apiWiring.listResources("org/eclipse/collections/api/factory", "*.class",
                BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implWiring.getClassLoader());
        try {
            for (String resource : classes) {
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(name, true, apiWiring.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class the API cannot initialise here is one NatTable does not use
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
