package org.xuncha.itests.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

/**
 * Watches the framework while a module is installed, updated or removed, to prove that nothing
 * else was touched: no bundle event for another bundle (a refresh shows as UNRESOLVED/RESOLVED, a
 * restart as STOPPED/STARTED), no Declarative Services service of another bundle unregistered, and
 * every such service still the very same object afterwards (a re-activated component would be a
 * new instance).
 */
public final class FrameworkWatch implements BundleListener, ServiceListener {

    private final BundleContext context;
    private final Predicate<Bundle> module;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Map<Long, Object> before = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();

    /** @param module which bundles belong to the module under test (their events are expected) */
    public FrameworkWatch(BundleContext context, Predicate<Bundle> module) {
        this.context = context;
        this.module = module;
    }

    public FrameworkWatch start() {
        for (ServiceReference<?> ref : dsServices()) {
            if (!module.test(ref.getBundle()) && isSingleton(ref)) {
                Object service = context.getService(ref);
                if (service != null) {
                    before.put((Long) ref.getProperty(Constants.SERVICE_ID), service);
                    names.put((Long) ref.getProperty(Constants.SERVICE_ID), String.valueOf(ref.getProperty("component.name")));
                }
            }
        }
        context.addBundleListener(this);
        context.addServiceListener(this);
        return this;
    }

    /** Stops watching and returns what should not have happened; empty when nothing else was touched. */
    public List<String> stop() {
        context.removeBundleListener(this);
        context.removeServiceListener(this);
        for (Map.Entry<Long, Object> e : before.entrySet()) {
            ServiceReference<?>[] refs;
            try {
                refs = context.getServiceReferences((String) null, "(" + Constants.SERVICE_ID + "=" + e.getKey() + ")");
            } catch (InvalidSyntaxException ex) {
                throw new IllegalStateException(ex);
            }
            if (refs == null) {
                violations.add("service of component " + names.get(e.getKey()) + " is gone");
                continue;
            }
            Object now = context.getService(refs[0]);
            if (now != e.getValue()) {
                violations.add("component " + names.get(e.getKey()) + " was re-activated (new instance)");
            }
            context.ungetService(refs[0]);
            context.ungetService(refs[0]);
        }
        return List.copyOf(violations);
    }

    public int watchedComponents() {
        return before.size();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle b = event.getBundle();
        if (!module.test(b) && b.getBundleId() != context.getBundle().getBundleId()) {
            violations.add("bundle " + b.getSymbolicName() + " " + type(event.getType()));
        }
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        ServiceReference<?> ref = event.getServiceReference();
        if (event.getType() == ServiceEvent.UNREGISTERING && ref.getProperty("component.name") != null
                && !module.test(ref.getBundle())) {
            violations.add("service of component " + ref.getProperty("component.name") + " unregistered");
        }
    }

    private List<ServiceReference<?>> dsServices() {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(component.name=*)");
            return refs == null ? List.of() : List.of(refs);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One component instance per service: DS registers delayed components as service factories
     * (scope "bundle") but still shares the single instance; prototype services are left out.
     */
    private static boolean isSingleton(ServiceReference<?> ref) {
        return Set.of(Constants.SCOPE_SINGLETON, Constants.SCOPE_BUNDLE).contains(String.valueOf(ref.getProperty(Constants.SERVICE_SCOPE)));
    }

    private static String type(int t) {
        return switch (t) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.RESOLVED -> "RESOLVED";
            case BundleEvent.STARTING -> "STARTING";
            case BundleEvent.STARTED -> "STARTED";
            case BundleEvent.STOPPING -> "STOPPING";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED (refreshed)";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            case BundleEvent.LAZY_ACTIVATION -> "LAZY_ACTIVATION";
            default -> "event " + t;
        };
    }
}
