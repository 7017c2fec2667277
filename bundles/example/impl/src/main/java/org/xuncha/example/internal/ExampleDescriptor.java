package org.xuncha.example.internal;

import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.ExampleEvents;
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/** Tells the platform this module is here: its permissions, its page, its figure for the dashboard. */
@Component(service = ModuleDescriptor.class)
public class ExampleDescriptor extends AbstractModuleDescriptor {

    private final NoteService notes;

    @Activate
    public ExampleDescriptor(BundleContext context, @Reference NoteService notes) {
        super(context, ExampleEvents.MODULE, "示例模块（单位备注）", "Example module (unit notes)", ModuleLevel.BOTH);
        this.notes = notes;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(ExamplePermissions.READ, "查看单位备注", "Read unit notes", Roles.INSPECTION_WORK),
                new PermissionDefinition(ExamplePermissions.WRITE, "添加单位备注", "Add unit notes", Set.of(Roles.OFFICE_STAFF, Roles.OFFICE_LEADER)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(page("notes", "单位备注", "Unit notes", "/example/notes", ExamplePermissions.READ, 990, "Notebook"));
    }

    /** Counted in the caller's scope, as everything the module shows. */
    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(ExamplePermissions.READ)) {
            return List.of();
        }
        return List.of(Statistic.of("example.notes", "单位备注数", "Unit notes", notes.count(caller)));
    }
}
