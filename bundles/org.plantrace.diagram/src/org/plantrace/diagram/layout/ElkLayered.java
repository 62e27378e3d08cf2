package org.plantrace.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers ELK Layered with ELK's meta data service. Outside Eclipse ELK finds layout algorithms with
 * {@code java.util.ServiceLoader}, which does not see other bundles under OSGi, so the provider is registered
 * explicitly, once, in both worlds.
 */
final class ElkLayered {

    private static boolean registered;

    private ElkLayered() {
    }

    static synchronized void ensureRegistered() {
        if (registered) {
            return;
        }
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        registered = true;
    }
}
