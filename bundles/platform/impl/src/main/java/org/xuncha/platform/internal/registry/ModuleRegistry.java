package org.xuncha.platform.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.ModuleDescriptor;

/**
 * The modules present right now: one descriptor service per installed module. Dynamic, so a module
 * coming or going never restarts the registry or anything that uses it.
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistry {

    private final Map<String, ModuleDescriptor> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(ModuleDescriptor descriptor) {
        modules.put(descriptor.id(), descriptor);
    }

    void removeModule(ModuleDescriptor descriptor) {
        modules.remove(descriptor.id(), descriptor);
    }

    public List<ModuleDescriptor> modules() {
        List<ModuleDescriptor> list = new ArrayList<>(modules.values());
        list.sort(Comparator.comparing(ModuleDescriptor::id));
        return list;
    }

    public Optional<ModuleDescriptor> module(String id) {
        return Optional.ofNullable(modules.get(id));
    }
}
