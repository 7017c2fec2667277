package org.xuncha.platform.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * The platform's JAX-RS extensions that every module's server gets: JSON, error mapping,
 * authentication (from the security bundle) and the permission gate. Each is a service with the
 * property {@value Extensions#KEY}; a server is built only when all of them are present, so no
 * endpoint is ever reachable without them.
 */
@Component(service = ApiExtensions.class)
public class ApiExtensions {

    private final ServiceTracker<Object, Object> tracker;
    private final Map<String, Object> current = new TreeMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    /** An extension joined (servers are rebuilt with it) or left (servers holding it may no longer serve). */
    public enum Change { JOINED, LEFT }

    @Activate
    public ApiExtensions(BundleContext context) throws InvalidSyntaxException {
        tracker = new ServiceTracker<>(context, context.createFilter("(" + Extensions.KEY + "=*)"), new ServiceTrackerCustomizer<>() {
            @Override
            public Object addingService(ServiceReference<Object> ref) {
                Object service = context.getService(ref);
                if (service == null) {
                    // the extension could not be activated (e.g. it is still starting): not tracked, so
                    // no server is ever built with a missing extension
                    return null;
                }
                synchronized (current) {
                    current.put(String.valueOf(ref.getProperty(Extensions.KEY)), service);
                }
                changed(Change.JOINED);
                return service;
            }

            @Override
            public void modifiedService(ServiceReference<Object> ref, Object service) {
                // the extension's name does not change
            }

            @Override
            public void removedService(ServiceReference<Object> ref, Object service) {
                synchronized (current) {
                    current.remove(String.valueOf(ref.getProperty(Extensions.KEY)), service);
                }
                // before the service is released: the servers that hold it stop serving first
                changed(Change.LEFT);
                context.ungetService(ref);
            }
        });
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Every required extension, in a fixed order; null while one of them is missing. */
    public List<Object> providers() {
        synchronized (current) {
            if (!current.keySet().containsAll(Set.of(Extensions.REQUIRED))) {
                return null;
            }
            return new ArrayList<>(current.values());
        }
    }

    /** Called (on the thread that registered or unregistered an extension) whenever the set changes. */
    void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    private void changed(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
