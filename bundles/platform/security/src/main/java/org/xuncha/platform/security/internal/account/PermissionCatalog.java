package org.xuncha.platform.security.internal.account;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.PermissionDefinition;

/** Follows installed modules: the permissions they define, and their default grants the first time. */
@Component(service = PermissionCatalog.class, immediate = true)
public class PermissionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final DefaultGrants defaults;
    private final Map<String, ModuleDescriptor> modules = new ConcurrentHashMap<>();

    @Activate
    public PermissionCatalog(@Reference DefaultGrants defaults) {
        this.defaults = defaults;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor d) {
        modules.put(d.id(), d);
        try {
            defaults.seed(d);
        } catch (RuntimeException e) {
            LOG.error("Could not apply the default grants of module {}", d.id(), e);
        }
    }

    void removeModule(ModuleDescriptor d) {
        modules.remove(d.id(), d);
    }

    /** A permission with the module that defines it. */
    public record Permission(String id, String module, String nameZh, String nameEn) {
    }

    public List<Permission> permissions() {
        return modules.values().stream().flatMap(m -> m.permissions().stream().map((PermissionDefinition p) ->
                new Permission(p.id(), m.id(), p.nameZh(), p.nameEn()))).sorted(Comparator.comparing(Permission::id)).toList();
    }

    /** Every permission the installed modules define, with the module that defines it. */
    public Map<String, String> known() {
        Map<String, String> known = new HashMap<>();
        modules.values().forEach(m -> m.permissions().forEach(p -> known.put(p.id(), m.id())));
        return known;
    }
}
