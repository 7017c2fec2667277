package org.xuncha.platform.internal.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.ServletContext;
import javax.servlet.ServletException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.Rest;

/**
 * Keeps one JAX-RS server per module ({@link ModuleServer}) in service for {@link ApiDispatcher}:
 * installing, updating or removing a module builds or retires only that module's server; every
 * other module, and the platform at {@code /api}, keeps its server untouched.
 *
 * <p>Resources are plain services marked {@code @ModuleResource(id)}. A module's server is built
 * once, with every resource of the module, when all of the module's resource components (read
 * from Service Component Runtime) are registered, and withdrawn as soon as one of them goes, so a
 * module is served whole or not at all. While it has no server the dispatcher answers 503 or 404
 * {@code module_not_installed}.
 *
 * <p>A server that is intact but out of date (a resource joined it, or a JAX-RS extension joined) is
 * replaced make-before-break: the new one is built while the old one keeps answering, then swapped
 * in. A server that lost a resource or an extension is withdrawn at once and rebuilt.
 *
 * <p>{@link ResourceSelection} holds the rules for which resources make up a module (one bundle,
 * the newest version during an upgrade, conflicts refused and shown by {@code xuncha:module-list}).
 */
@Component(service = ModuleApplications.class, immediate = true)
public class ModuleApplications {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleApplications.class);
    /** How long a module may wait for a resource component that stays unsatisfied before it is served without it. */
    private static final long INCOMPLETE_GRACE_SECONDS = 30;

    /**
     * How a module's server stands: SERVED, WAITING for the rest of its resources (or for the
     * platform's extensions), WITHDRAWN from the moment one of its resources began to go.
     */
    public enum State { SERVED, WAITING, WITHDRAWN }

    /** A bundle refused because the module id it claims is already served by another bundle. */
    public record Conflict(String moduleId, String bundle, String servedBy) {
    }

    private final BundleContext context;
    private final DeclaredResources declared;
    private final ApiExtensions extensions;
    /** The dispatcher's servlet context, which each module's CXF servlet is initialised with; null until it starts. */
    private volatile ServletContext servletContext;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xuncha-module-applications");
        t.setDaemon(true);
        return t;
    });
    private final ServiceTracker<Object, ServiceReference<Object>> tracker;
    /** Resource services registered now, with their module id; kept here, not read back from the tracker, which records a service only after its callback returned. */
    private final Map<ServiceReference<Object>, String> registered = new ConcurrentHashMap<>();
    /** Published applications by module id; written on the worker thread only. */
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Map<String, List<Conflict>> conflicts = new ConcurrentHashMap<>();
    private final Map<String, Long> waitingSince = new HashMap<>();
    /** Notified after every reconciliation: a server put in service, or a conflict recorded ({@link #awaitServed}). */
    private final Object servedSignal = new Object();

    @Activate
    public ModuleApplications(BundleContext context, @Reference ServiceComponentRuntime scr, @Reference ApiExtensions extensions) {
        this.context = context;
        this.declared = new DeclaredResources(context, scr);
        this.extensions = extensions;
        extensions.onChange(this::extensionsChanged);
        this.tracker = new ServiceTracker<>(context, filter(), new Customizer());
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdownNow();
        detach();
    }

    /** The state of a module's server, or null if no resource of that module is registered. */
    public State state(String moduleId) {
        Published p = published.get(moduleId);
        if (p == null) {
            return states.get(moduleId);
        }
        return p.server.withdrawn() ? State.WITHDRAWN : State.SERVED;
    }

    /**
     * How a module's server stands for {@code /api/health}: {@code complete} when it is in service with
     * every resource its bundles declare and register now (none served without after the grace period,
     * none waiting to join it, so no rebuild is due that would answer 503 meanwhile), the bundles whose
     * resources it serves and the components it is served without.
     */
    public record Serving(boolean complete, Set<String> bundles, Set<String> missing) {
        public static final Serving NONE = new Serving(false, Set.of(), Set.of());
    }

    public Serving serving(String moduleId) {
        Published p = published.get(moduleId);
        if (p == null || p.server.withdrawn()) {
            return Serving.NONE;
        }
        boolean waiting = states.get(moduleId) == State.WAITING;
        boolean joining = registered.entrySet().stream().anyMatch(e -> e.getValue().equals(moduleId) && !p.refs.contains(e.getKey())
                && servedBy(moduleId, p, e.getKey().getBundle()));
        return new Serving(!waiting && !joining && p.missing.isEmpty(), p.bundles, p.missing);
    }

    /** Whether a started bundle's resource for the module belongs in its server (the platform's bundles, or the module's owner). */
    private static boolean servedBy(String moduleId, Published p, Bundle b) {
        return b != null && DeclaredResources.started(b) && (Rest.PLATFORM.equals(moduleId)
                ? b.getSymbolicName().startsWith(ResourceSelection.PLATFORM_BUNDLES) : b.getSymbolicName().equals(p.owner));
    }

    /**
     * Waits until the module's server is in service (or its started bundles declare no resource for it, or
     * it is refused for a conflict), so that "installed" on the console means its API answers. False if
     * that did not happen within the time given.
     */
    public boolean awaitServed(String moduleId, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (servedSignal) {
            while (!(state(moduleId) == State.SERVED && states.get(moduleId) != State.WAITING || conflicts.containsKey(moduleId)
                    || declared.of(moduleId).isEmpty())) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                servedSignal.wait(left);
            }
            return true;
        }
    }

    /** The module's server in service, or null. */
    ModuleServer server(String moduleId) {
        Published p = published.get(moduleId);
        return p == null ? null : p.server;
    }

    /** The dispatcher has started: servers can be built now. */
    void attach(ServletContext context) {
        servletContext = context;
        reconcileAll();
    }

    /** The dispatcher is going: retire every server. */
    void detach() {
        servletContext = null;
        for (String id : List.copyOf(published.keySet())) {
            unpublish(id);
        }
    }

    /**
     * On the thread that (un)registers the extension. One that leaves withdraws every server at once,
     * before its component is deactivated; one that joins leaves them answering until their replacements,
     * built with it, are swapped in.
     */
    private void extensionsChanged(ApiExtensions.Change change) {
        if (change == ApiExtensions.Change.LEFT) {
            published.forEach(this::withdraw);
        }
        reconcileAll();
    }

    private void reconcileAll() {
        Set<String> ids = new HashSet<>(registered.values());
        ids.addAll(published.keySet());
        ids.forEach(this::schedule);
    }

    /** Bundles refused because the module id they claim is served by another bundle. */
    public List<Conflict> conflicts() {
        return conflicts.values().stream().flatMap(List::stream).toList();
    }

    private org.osgi.framework.Filter filter() {
        try {
            return context.createFilter("(" + Rest.MODULE_RESOURCE + "=*)");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String moduleOf(ServiceReference<?> ref) {
        return String.valueOf(ref.getProperty(Rest.MODULE_RESOURCE));
    }

    private final class Customizer implements ServiceTrackerCustomizer<Object, ServiceReference<Object>> {

        @Override
        public ServiceReference<Object> addingService(ServiceReference<Object> ref) {
            registered.put(ref, moduleOf(ref));
            schedule(moduleOf(ref));
            return ref;
        }

        @Override
        public void modifiedService(ServiceReference<Object> ref, ServiceReference<Object> tracked) {
            String before = registered.put(ref, moduleOf(ref));
            if (before != null && !before.equals(moduleOf(ref))) {
                withdrawIfServing(before, ref);
                schedule(before);
            }
            schedule(moduleOf(ref));
        }

        @Override
        public void removedService(ServiceReference<Object> ref, ServiceReference<Object> tracked) {
            String id = registered.remove(ref);
            if (id != null) {
                withdrawIfServing(id, ref);
                schedule(id);
            }
        }
    }

    /**
     * Synchronously, while the resource's component is going: from now on the module gate answers
     * 503 instead of letting requests reach a resource whose services are stopping.
     */
    private void withdrawIfServing(String id, ServiceReference<Object> ref) {
        Published p = published.get(id);
        if (p != null && p.refs.contains(ref)) {
            withdraw(id, p);
        }
    }

    private void withdraw(String id, Published p) {
        p.server.withdraw();
        states.put(id, State.WITHDRAWN);
    }

    private void schedule(String id) {
        try {
            worker.execute(() -> reconcile(id));
        } catch (RejectedExecutionException e) {
            LOG.debug("Not reconciling module {}: shutting down", id);
        }
    }

    /** Publishes, replaces or withdraws the module's application to match the resources registered now. */
    private void reconcile(String id) {
        try {
            doReconcile(id);
        } catch (RuntimeException e) {
            LOG.error("Could not publish the REST application of module {}", id, e);
        } finally {
            synchronized (servedSignal) {
                servedSignal.notifyAll();
            }
        }
    }

    private void doReconcile(String id) {
        List<ResourceSelection.Registered<ServiceReference<Object>>> regs = new ArrayList<>();
        registered.forEach((ref, module) -> {
            Bundle b = ref.getBundle();
            // a stopping bundle's resources are leaving one by one: never serve what is left of them
            if (module.equals(id) && b != null && DeclaredResources.started(b)) {
                regs.add(new ResourceSelection.Registered<>(ref, DeclaredResources.bundleRef(b), String.valueOf(ref.getProperty("component.name"))));
            }
        });
        if (!ResourceSelection.validModuleId(id)) {
            if (regs.isEmpty()) {
                conflicts.remove(id);
            } else {
                String bundle = regs.get(0).bundle().symbolicName();
                LOG.error("Bundle {} declares REST resources for module '{}', which is not a valid module id (lower-case words "
                        + "joined by '-', not one of {}): refused", bundle, id, Rest.RESERVED_SEGMENTS);
                conflicts.put(id, List.of(new Conflict(id, bundle, "platform")));
            }
            return;
        }
        Published current = published.get(id);
        ResourceSelection<ServiceReference<Object>> selection =
                ResourceSelection.of(id, regs, declared.of(id), current == null ? null : current.owner);
        recordConflicts(id, selection);
        if (selection.chosen().isEmpty()) {
            unpublish(id);
            waitingSince.remove(id);
            states.remove(id);
            return;
        }
        List<Object> providers = extensions.providers();
        // without every required extension nothing is served, also a server built just before one left
        boolean intact = current != null && providers != null && !current.server.withdrawn() && registered.keySet().containsAll(current.refs);
        if (intact && current.refs.equals(new HashSet<>(selection.chosen())) && current.providers.equals(providers)) {
            return;
        }
        if (!intact && current != null) {
            // part of what is served is gone: the module is changing, and the gate answers 503 meanwhile
            unpublish(id);
        }
        if (!selection.complete()) {
            long since = waitingSince.computeIfAbsent(id, k -> System.currentTimeMillis());
            long waited = (System.currentTimeMillis() - since) / 1000;
            if (waited < INCOMPLETE_GRACE_SECONDS) {
                // an intact older version (during an upgrade) keeps serving until the new one is complete
                states.put(id, State.WAITING);
                worker.schedule(() -> reconcile(id), INCOMPLETE_GRACE_SECONDS - waited, TimeUnit.SECONDS);
                return;
            }
            LOG.warn("Module {} is served without its resource components {}, still not registered after {} s",
                    id, selection.missing(), waited);
        }
        waitingSince.remove(id);
        // an intact server keeps answering while its replacement is built (publish swaps them)
        publish(id, selection.chosen(), selection.missing());
    }

    private void recordConflicts(String id, ResourceSelection<?> selection) {
        if (selection.conflicting().isEmpty()) {
            conflicts.remove(id);
            return;
        }
        String servedBy = String.join(", ", selection.owners());
        List<Conflict> list = selection.conflicting().stream().map(b -> new Conflict(id, b, servedBy)).toList();
        if (!list.equals(conflicts.get(id))) {
            list.forEach(c -> LOG.error("Bundle {} declares REST resources for module '{}', whose base path {} is already "
                    + "served by {}: refused", c.bundle(), id, Rest.base(id), servedBy));
        }
        conflicts.put(id, list);
    }

    private void publish(String id, List<ServiceReference<Object>> refs, Set<String> missing) {
        List<Object> providers = extensions.providers();
        ServletContext servlets = servletContext;
        if (providers == null || servlets == null) {
            states.put(id, State.WAITING);
            return;
        }
        List<Object> resources = new ArrayList<>();
        Set<ServiceReference<Object>> got = new HashSet<>();
        String owner = null;
        for (ServiceReference<Object> r : refs) {
            Object service = context.getService(r);
            if (service != null) {
                resources.add(service);
                got.add(r);
                owner = r.getBundle() == null ? owner : r.getBundle().getSymbolicName();
            }
        }
        if (got.isEmpty()) {
            states.remove(id);
            return;
        }
        ModuleServer server;
        try {
            server = ModuleServer.start(id, resources, providers, servlets);
        } catch (ServletException | RuntimeException e) {
            got.forEach(context::ungetService);
            states.put(id, State.WAITING);
            LOG.error("Could not start the REST server of module {}", id, e);
            return;
        }
        Published replaced = published.put(id, new Published(context, owner, got, server, missing, providers));
        if (replaced != null) {
            replaced.retire();
        }
        states.remove(id);
        if (!registered.keySet().containsAll(got)) {
            // a resource went while the server was built, before withdrawIfServing could see this server: never serve it
            server.withdraw();
            states.put(id, State.WITHDRAWN);
            schedule(id);
            return;
        }
        LOG.info("Module {} served at {} ({} resources of {})", id, Rest.base(id), got.size(), owner);
    }

    private void unpublish(String id) {
        Published p = published.remove(id);
        if (p != null) {
            p.retire();
        }
    }
}
