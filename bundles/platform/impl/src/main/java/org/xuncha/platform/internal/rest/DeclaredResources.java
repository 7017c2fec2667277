package org.xuncha.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.xuncha.platform.api.rest.Rest;

/** Which REST resource components a module's started bundles declare, as Service Component Runtime knows them ({@link ModuleApplications}). */
final class DeclaredResources {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    DeclaredResources(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** The module's resource components that DS knows in started bundles, enabled, registered or not. */
    List<ResourceSelection.Declared> of(String id) {
        List<ResourceSelection.Declared> result = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            Object module = d.properties == null ? null : d.properties.get(Rest.MODULE_RESOURCE);
            Bundle b = context.getBundle(d.bundle.id);
            // enabled by default counts too: SCR enables a starting bundle's components one by one, registering
            // each one's service on the way, so the others are not enabled yet when the first one registers
            if (id.equals(module) && b != null && started(b) && (d.defaultEnabled || scr.isComponentEnabled(d))) {
                result.add(new ResourceSelection.Declared(bundleRef(b), d.name));
            }
        }
        return result;
    }

    static boolean started(Bundle b) {
        return (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
    }

    static ResourceSelection.BundleRef bundleRef(Bundle b) {
        return new ResourceSelection.BundleRef(b.getBundleId(), b.getSymbolicName(), b.getVersion());
    }
}
