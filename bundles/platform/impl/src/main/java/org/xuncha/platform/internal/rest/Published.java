package org.xuncha.platform.internal.rest;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A module's server in service ({@link ModuleApplications}), with the resource services it holds. */
final class Published {

    private static final Logger LOG = LoggerFactory.getLogger(Published.class);

    private final BundleContext context;
    final String owner;
    final Set<ServiceReference<Object>> refs;
    final Set<String> bundles;
    /** Resource components served without, after the grace period: the module is served, but not whole. */
    final Set<String> missing;
    final ModuleServer server;
    /** The extensions it was built with: when they change, it is replaced. */
    final List<Object> providers;

    Published(BundleContext context, String owner, Set<ServiceReference<Object>> refs, ModuleServer server, Set<String> missing,
              List<Object> providers) {
        this.context = context;
        this.owner = owner;
        this.providers = providers;
        this.missing = Set.copyOf(missing);
        this.refs = refs;
        this.server = server;
        Set<String> names = new TreeSet<>();
        refs.forEach(r -> {
            Bundle b = r.getBundle();
            if (b != null) {
                names.add(b.getSymbolicName());
            }
        });
        this.bundles = Collections.unmodifiableSet(names);
    }

    /** Out of service (closed once its requests finished), and its resource services released. */
    void retire() {
        server.retire();
        for (ServiceReference<Object> r : refs) {
            try {
                context.ungetService(r);
            } catch (IllegalStateException e) {
                LOG.debug("Resource already gone", e);
            }
        }
    }
}
