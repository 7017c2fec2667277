package org.xuncha.platform.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.osgi.framework.Version;
import org.xuncha.platform.api.rest.Rest;

/**
 * Decides which registered resources make up a module's application: the rules, apart from OSGi so
 * they can be tested alone.
 *
 * <ul>
 * <li>A module's resources come from one bundle symbolic name (its implementation bundle); the
 * platform's from the platform's bundles ({@value #PLATFORM_BUNDLES}*).</li>
 * <li>When two versions of that bundle are present (an upgrade: the new one installed before the
 * old one is removed), the newest version's resources are chosen.</li>
 * <li>Another symbolic name claiming the same module id is a conflict: the bundle already serving
 * the id keeps it; if none serves it yet, the bundle installed first does.</li>
 * <li>The application is complete when every enabled resource component the chosen bundles declare
 * for the module has registered its service; {@link #missing()} names the others.</li>
 * </ul>
 *
 * @param <R> how a registered resource is referred to (a service reference in the platform)
 */
record ResourceSelection<R>(Set<String> owners, List<R> chosen, Set<String> missing, List<String> conflicting) {

    static final String PLATFORM_BUNDLES = "org.xuncha.platform.";
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** A bundle that registers or declares resources of the module. */
    record BundleRef(long id, String symbolicName, Version version) {
    }

    /** A registered resource service: the bundle and DS component behind it. */
    record Registered<R>(R ref, BundleRef bundle, String component) {
    }

    /** A resource component that a bundle declares for the module, registered or not yet. */
    record Declared(BundleRef bundle, String component) {
    }

    /** Whether a module id may be served: lower-case words joined by '-', not one the platform keeps for itself. */
    static boolean validModuleId(String id) {
        return Rest.PLATFORM.equals(id) || MODULE_ID.matcher(id).matches() && !Rest.RESERVED_SEGMENTS.contains(id);
    }

    static <R> ResourceSelection<R> of(String moduleId, List<Registered<R>> registered, List<Declared> declared,
                                       String currentOwner) {
        Map<String, BundleRef> newest = new LinkedHashMap<>();
        List<BundleRef> all = new ArrayList<>();
        registered.forEach(r -> all.add(r.bundle()));
        declared.forEach(d -> all.add(d.bundle()));
        all.sort(Comparator.comparingLong(BundleRef::id));
        for (BundleRef b : all) {
            newest.merge(b.symbolicName(), b, (x, y) -> x.version().compareTo(y.version()) >= 0 ? x : y);
        }
        Set<String> owners = new TreeSet<>();
        if (Rest.PLATFORM.equals(moduleId)) {
            newest.keySet().stream().filter(n -> n.startsWith(PLATFORM_BUNDLES)).forEach(owners::add);
        } else if (!newest.isEmpty()) {
            owners.add(currentOwner != null && newest.containsKey(currentOwner) ? currentOwner : newest.keySet().iterator().next());
        }
        List<String> conflicting = newest.keySet().stream().filter(n -> !owners.contains(n)).toList();
        List<R> chosen = new ArrayList<>();
        Set<String> registeredComponents = new TreeSet<>();
        for (Registered<R> r : registered) {
            if (r.bundle().equals(newest.get(r.bundle().symbolicName())) && owners.contains(r.bundle().symbolicName())) {
                chosen.add(r.ref());
                registeredComponents.add(r.component());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Declared d : declared) {
            if (d.bundle().equals(newest.get(d.bundle().symbolicName())) && owners.contains(d.bundle().symbolicName())
                    && !registeredComponents.contains(d.component())) {
                missing.add(d.component());
            }
        }
        return new ResourceSelection<>(owners, chosen, missing, conflicting);
    }

    boolean complete() {
        return missing.isEmpty();
    }
}
