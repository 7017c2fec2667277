package org.xuncha.platform.security.internal.account;

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

/** Follows installed modules: seeds the default grants of their new permissions, lists all permissions. */
@Component(service = PermissionCatalog.class, immediate = true)
public class PermissionCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(PermissionCatalog.class);

    private final AccountService accounts;
    private final Map<String, ModuleDescriptor> modules = new ConcurrentHashMap<>();

    @Activate
    public PermissionCatalog(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor d) {
        modules.put(d.id(), d);
        try {
            accounts.seed(d);
        } catch (RuntimeException e) {
            LOG.error("Could not apply the default grants of module {}", d.id(), e);
        }
    }

    void removeModule(ModuleDescriptor d) {
        modules.remove(d.id(), d);
        accounts.forget(d);
    }

    /** A permission with the module that defines it. */
    public record Permission(String id, String module, String nameZh, String nameEn) {
    }

    public java.util.List<Permission> permissions() {
        return modules.values().stream().flatMap(m -> m.permissions().stream().map((PermissionDefinition p) ->
                new Permission(p.id(), m.id(), p.nameZh(), p.nameEn()))).sorted(java.util.Comparator.comparing(Permission::id)).toList();
    }
}
