package org.xuncha.platform.internal.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.registry.ModuleRegistry;
import org.xuncha.platform.internal.registry.PlatformDescriptor;
import org.xuncha.platform.internal.rest.ModuleApplications;

/**
 * Installs, updates and removes modules by short id through the Karaf features service, never
 * refreshing another bundle: features are (un)installed with {@code NoAutoRefreshBundles}, and an
 * update replaces only implementation bundles (which export nothing, so no other bundle is wired
 * to them) and refreshes just those. The features service is the only record of what is installed.
 */
@Component(service = ModuleManager.class)
public class ModuleManager {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleManager.class);
    static final String PREFIX = "xuncha-";
    /** Features of ours that are not modules: the platform itself, its runtime, the sets, and the demo loader. */
    static final Set<String> NOT_MODULES = Set.of("xuncha-runtime", "xuncha-platform", "xuncha-county", "xuncha-city", "xuncha-demo");
    static final Set<String> SETS = Set.of("xuncha-county", "xuncha-city");
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final BundleContext context;
    private final ModuleRegistry registry;
    private final AuditTrail audit;
    private final EventAdmin events;
    private final ModuleApplications applications;
    /** Modules being installed, updated or removed through this manager right now. */
    private final Set<String> changing = ConcurrentHashMap.newKeySet();
    private final Map<String, Availability> lastKnown = new ConcurrentHashMap<>();

    @Activate
    public ModuleManager(@Reference FeaturesService features, BundleContext context, @Reference ModuleRegistry registry,
                         @Reference AuditTrail audit, @Reference EventAdmin events, @Reference ModuleApplications applications) {
        this.applications = applications;
        this.features = features;
        this.context = context;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
    }

    /** A module as the console lists it. */
    public record ModuleStatus(String id, String feature, String installedVersion, List<String> availableVersions,
                               boolean installed, String installedThrough, boolean running, String nameZh, String nameEn,
                               String rest) {
    }

    /** Whether a module id names a module the features service knows, and whether it is installed. */
    public enum Availability { INSTALLED, NOT_INSTALLED, UNKNOWN }

    /**
     * For answering a request to a module that is not being served: no permission needed, as the
     * answer (installed or not) is the same for everyone. A feature being installed or updated
     * already counts as installed.
     */
    public Availability availability(String id) {
        if (changing.contains(id) || registry.module(id).isPresent()) {
            return Availability.INSTALLED;
        }
        try {
            Availability result = Availability.UNKNOWN;
            for (Feature f : features.listFeatures()) {
                if (f.getName().equals(PREFIX + id) && isModule(f.getName())) {
                    if (features.isInstalled(f)) {
                        result = Availability.INSTALLED;
                        break;
                    }
                    result = Availability.NOT_INSTALLED;
                }
            }
            lastKnown.put(id, result);
            return result;
        } catch (Exception e) {
            // the features service can refuse to answer while it is busy installing: go by what it said last
            LOG.debug("Features not listed while answering for module {}", id, e);
            return lastKnown.getOrDefault(id, Availability.UNKNOWN);
        }
    }

    /** Requests to the module answer 503 while the operation runs, even in moments its feature looks uninstalled. */
    private String whileChanging(String id, java.util.function.Supplier<String> operation) {
        changing.add(id);
        try {
            return operation.get();
        } finally {
            changing.remove(id);
        }
    }

    public List<ModuleStatus> list(Caller caller) {
        caller.require(PlatformDescriptor.MODULES_READ);
        Map<String, List<Feature>> byName = new TreeMap<>();
        for (Feature f : allFeatures()) {
            if (isModule(f.getName())) {
                byName.computeIfAbsent(f.getName(), n -> new ArrayList<>()).add(f);
            }
        }
        List<ModuleStatus> result = new ArrayList<>();
        for (Map.Entry<String, List<Feature>> e : byName.entrySet()) {
            String id = e.getKey().substring(PREFIX.length());
            Feature installed = e.getValue().stream().filter(features::isInstalled).findFirst().orElse(null);
            List<String> versions = e.getValue().stream().map(Feature::getVersion).sorted().toList();
            var descriptor = registry.module(id);
            result.add(new ModuleStatus(id, e.getKey(), installed == null ? null : installed.getVersion(), versions,
                    installed != null, installed == null ? null : installedThrough(installed), descriptor.isPresent(),
                    descriptor.map(d -> d.nameZh()).orElse(null), descriptor.map(d -> d.nameEn()).orElse(null),
                    restState(id)));
        }
        return result;
    }

    /** How the module's REST application stands: served, waiting, withdrawn, refused, or absent. */
    private String restState(String id) {
        ModuleApplications.State state = applications.state(id);
        String text = state == null ? "-" : state.name().toLowerCase();
        return applications.conflicts().stream().anyMatch(c -> c.moduleId().equals(id)) ? text + " (conflict)" : text;
    }

    /** Bundles whose REST resources were refused because their module's base path is served by another bundle. */
    public List<ModuleApplications.Conflict> conflicts(Caller caller) {
        caller.require(PlatformDescriptor.MODULES_READ);
        return List.copyOf(applications.conflicts());
    }

    /** How long an install or update waits for the module's API (a resource that stays unsatisfied holds it 30 s). */
    private static final long SERVED_WITHIN_MS = 40_000;

    public String install(Caller caller, String id) {
        return whileChanging(id, () -> install0(caller, id));
    }

    private String install0(Caller caller, String id) {
        caller.require(PlatformDescriptor.MODULES_MANAGE);
        Feature f = latest(id);
        if (features.isInstalled(f)) {
            return "模块 " + id + " 已安装 (" + f.getVersion() + ") / module " + id + " is already installed";
        }
        // the time of the feature service's call alone, so that an administrator (and bench (b)) can
        // tell it from the console's own sign-in and round trips
        long started = System.nanoTime();
        try {
            features.installFeature(f.getName(), f.getVersion(), NO_REFRESH);
        } catch (Exception e) {
            throw failure("安装", "install", id, e);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        done(caller, id, "installed", "安装模块 " + id + " " + f.getVersion());
        return "已安装模块 " + id + " " + f.getVersion() + "（用时 " + ms + " ms） / module " + id + " installed in " + ms + " ms" + served(id);
    }

    /**
     * Waits for the module's API to be served again after an install or update (its server is built on a
     * thread of its own), so that what the console reports is what a request meets; a note if it is not yet.
     */
    private String served(String id) {
        try {
            if (applications.awaitServed(id, SERVED_WITHIN_MS)) {
                return "";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "；其接口尚未就绪（xuncha:module-list 可查看） / its API is not served yet (see xuncha:module-list)";
    }

    public String uninstall(Caller caller, String id) {
        return whileChanging(id, () -> uninstall0(caller, id));
    }

    private String uninstall0(Caller caller, String id) {
        caller.require(PlatformDescriptor.MODULES_MANAGE);
        Feature f = installedFeature(id);
        List<String> dependents = installedDependents(f);
        if (!dependents.isEmpty()) {
            // Karaf would keep the feature for them and report nothing: say so instead of "uninstalled".
            String names = String.join(", ", dependents);
            throw ApiException.conflict("required_by_other", "模块 " + id + " 被已安装的模块 " + names + " 依赖，请先卸载 " + names,
                    "Module " + id + " is required by the installed module(s) " + names + ": uninstall those first");
        }
        try {
            if (features.isRequired(f)) {
                features.uninstallFeature(f.getName(), f.getVersion(), NO_REFRESH);
            } else {
                // Installed through a set (xuncha-county / xuncha-city): keep the set's other modules
                // as direct requirements, then drop the set, so only this module goes.
                Feature set = requiringSet(f);
                Set<String> keep = new LinkedHashSet<>();
                for (Dependency d : set.getDependencies()) {
                    if (!d.getName().equals(f.getName())) {
                        keep.add(d.getName());
                    }
                }
                features.installFeatures(keep, NO_REFRESH);
                features.uninstallFeature(set.getName(), set.getVersion(), NO_REFRESH);
                if (features.isInstalled(f)) {
                    features.uninstallFeature(f.getName(), f.getVersion(), NO_REFRESH);
                }
            }
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw failure("卸载", "uninstall", id, e);
        }
        done(caller, id, "uninstalled", "卸载模块 " + id);
        return "已卸载模块 " + id + "（数据保留在数据库中，重新安装后可继续使用）/ module " + id
                + " uninstalled (its data stays in the database for a reinstall)";
    }

    /**
     * Updates a module: to a newer feature version if one is available, otherwise re-reads its
     * implementation bundles from their locations (a rebuilt or newly delivered KAR of the same
     * version). Bundles that others are wired to are never touched here.
     */
    public String update(Caller caller, String id) {
        return whileChanging(id, () -> update0(caller, id));
    }

    private String update0(Caller caller, String id) {
        caller.require(PlatformDescriptor.MODULES_MANAGE);
        Feature current = installedFeature(id);
        Feature newest = latest(id);
        try {
            if (!newest.getVersion().equals(current.getVersion())) {
                // Never two versions at once: the new version's components would bind the old one's
                // services that carry no version (its EntityManagerFactory, by unit name) and fail on
                // the old classes. The module answers 503 meanwhile (whileChanging).
                features.uninstallFeature(current.getName(), current.getVersion(), NO_REFRESH);
                try {
                    features.installFeature(newest.getName(), newest.getVersion(), NO_REFRESH);
                } catch (Exception e) {
                    features.installFeature(current.getName(), current.getVersion(), NO_REFRESH);
                    throw e;
                }
                done(caller, id, "updated", "更新模块 " + id + " " + current.getVersion() + " → " + newest.getVersion());
                return "已将模块 " + id + " 从 " + current.getVersion() + " 更新到 " + newest.getVersion() + served(id);
            }
            List<Bundle> updated = updateImplementationBundles(current);
            done(caller, id, "updated", "更新模块 " + id + " 的 " + updated.size() + " 个实现包");
            return "已更新模块 " + id + " 的实现包：" + updated.stream().map(Bundle::getSymbolicName).toList()
                    + " / implementation bundles of " + id + " updated" + served(id);
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw failure("更新", "update", id, e);
        }
    }

    private List<Bundle> updateImplementationBundles(Feature feature) throws BundleException, InterruptedException {
        List<Bundle> targets = new ArrayList<>();
        for (BundleInfo info : feature.getBundles()) {
            Bundle b = context.getBundle(info.getLocation());
            if (b != null && !info.isDependency() && exportsNothing(b)) {
                targets.add(b);
            }
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        Set<Bundle> closure = new HashSet<>(wiring.getDependencyClosure(targets));
        closure.removeAll(targets);
        if (!closure.isEmpty()) {
            throw ApiException.conflict("would_refresh_others", "更新将刷新其他模块的包，已拒绝：" + closure,
                    "Updating would refresh other bundles, refused: " + closure);
        }
        for (Bundle b : targets) {
            b.update();
        }
        // An implementation bundle exports nothing, so its old revision is normally gone with the update;
        // refresh only what is still pending removal, or the bundles would be restarted a second time.
        List<Bundle> pending = new ArrayList<>(targets);
        pending.retainAll(wiring.getRemovalPendingBundles());
        if (pending.isEmpty()) {
            return targets;
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        wiring.refreshBundles(pending, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(60, TimeUnit.SECONDS)) {
            LOG.warn("Refresh of {} did not finish within 60 s", targets);
        }
        return targets;
    }

    private static boolean exportsNothing(Bundle b) {
        BundleRevision rev = b.adapt(BundleRevision.class);
        return rev != null && rev.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE).isEmpty();
    }

    private void done(Caller caller, String id, String event, String summary) {
        audit.record(caller, AuditEntry.of(AuditAction.MODULE, PlatformDescriptor.ID, "module", id, summary));
        Map<String, Object> props = new HashMap<>();
        props.put(Events.MODULE, PlatformDescriptor.ID);
        props.put(Events.ENTITY_ID, id);
        props.put(Events.ACTOR, caller.username());
        props.put(Events.TIMESTAMP, System.currentTimeMillis());
        events.postEvent(new Event(Events.topic(PlatformDescriptor.ID, "module_" + event), props));
        LOG.info("Module {} {} by {}", id, event, caller.username());
    }

    private static ApiException failure(String verbZh, String verbEn, String id, Exception e) {
        LOG.error("Could not {} module {}", verbEn, id, e);
        return new ApiException(500, "module_failed", verbZh + "模块 " + id + " 失败：" + e.getMessage(),
                "Could not " + verbEn + " module " + id + ": " + e.getMessage());
    }

    static boolean isModule(String featureName) {
        return featureName.startsWith(PREFIX) && !NOT_MODULES.contains(featureName);
    }

    private Feature[] allFeatures() {
        try {
            return features.listFeatures();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list features", e);
        }
    }

    private Feature latest(String id) {
        return List.of(allFeatures()).stream()
                .filter(f -> f.getName().equals(PREFIX + id) && isModule(f.getName()))
                .max(Comparator.comparing(f -> org.osgi.framework.Version.parseVersion(f.getVersion())))
                .orElseThrow(() -> ApiException.notFound("模块", "module", id));
    }

    private Feature installedFeature(String id) {
        latest(id);
        return List.of(allFeatures()).stream()
                .filter(f -> f.getName().equals(PREFIX + id) && features.isInstalled(f)).findFirst()
                .orElseThrow(() -> ApiException.conflict("not_installed", "模块 " + id + " 未安装", "Module " + id + " is not installed"));
    }

    /** Ids of the other installed modules whose features depend on this one. */
    private List<String> installedDependents(Feature module) {
        List<String> ids = new ArrayList<>();
        for (Feature f : allFeatures()) {
            if (isModule(f.getName()) && !f.getName().equals(module.getName()) && features.isInstalled(f)
                    && f.getDependencies().stream().anyMatch(d -> d.getName().equals(module.getName()))) {
                ids.add(f.getName().substring(PREFIX.length()));
            }
        }
        return ids;
    }

    private Feature requiringSet(Feature module) {
        for (Feature f : allFeatures()) {
            if (SETS.contains(f.getName()) && features.isInstalled(f)
                    && f.getDependencies().stream().anyMatch(d -> d.getName().equals(module.getName()))) {
                return f;
            }
        }
        throw ApiException.conflict("required_by_other", "模块 " + module.getName() + " 被其他功能依赖，不能单独卸载",
                "Module " + module.getName() + " is required by another feature and cannot be removed alone");
    }

    private String installedThrough(Feature f) {
        if (features.isRequired(f)) {
            return "direct";
        }
        for (Feature set : allFeatures()) {
            if (SETS.contains(set.getName()) && features.isInstalled(set)
                    && set.getDependencies().stream().anyMatch(d -> d.getName().equals(f.getName()))) {
                return set.getName();
            }
        }
        return "dependency";
    }
}
