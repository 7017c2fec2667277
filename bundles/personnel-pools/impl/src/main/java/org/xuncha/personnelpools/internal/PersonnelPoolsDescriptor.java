package org.xuncha.personnelpools.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.personnelpools.internal.todo.PoolsTodo;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/** Tells the platform this module is here: its permissions, its page, the pool sizes for the dashboard. */
@Component(service = ModuleDescriptor.class)
public class PersonnelPoolsDescriptor extends AbstractModuleDescriptor {

    private final PoolService pools;
    private final PoolsTodo todo;

    @Activate
    public PersonnelPoolsDescriptor(BundleContext context, @Reference PoolService pools, @Reference PoolsTodo todo) {
        super(context, PersonnelPoolsEvents.MODULE, "巡察干部人才库", "Personnel pools", ModuleLevel.BOTH);
        this.pools = pools;
        this.todo = todo;
    }

    /** Pools hold profiles with declared relatives: the office's business only, by default. */
    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PersonnelPoolsPermissions.READ, "查看巡察干部人才库", "Read the personnel pools", Roles.OFFICE),
                new PermissionDefinition(PersonnelPoolsPermissions.WRITE, "维护人才库、抽调巡察干部", "Keep the pools, second people", Roles.OFFICE),
                new PermissionDefinition(PersonnelPoolsPermissions.APPROVE, "审批入库出库、回避例外", "Approve admissions, exits and exceptions",
                        Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(PersonnelPoolsPermissions.TRAINING_SIGN_IN, "培训本人签到", "Sign oneself in to a training",
                        Roles.INSPECTION_WORK),
                new PermissionDefinition(PersonnelPoolsPermissions.NOMINATE, "提名单独评优", "Nominate for the excellence list",
                        Roles.with(Roles.OFFICE, Roles.GROUP_LEADER)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(page("pools", "巡察干部人才库", "Personnel pools", "/personnel-pools", PersonnelPoolsPermissions.READ, 450, "UserFilled"),
                page("secondments", "抽调与回避检查", "Secondment", "/personnel-pools/secondments", PersonnelPoolsPermissions.READ, 451, "Connection"),
                page("trainings", "培训与签到", "Training", "/personnel-pools/trainings", PersonnelPoolsPermissions.TRAINING_SIGN_IN, 452, "Reading"));
    }

    /** Pool sizes by pool, in the caller's scope, from one grouped query. */
    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(PersonnelPoolsPermissions.READ)) {
            return List.of();
        }
        Map<PoolKind, Long> sizes = pools.sizes(caller);
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        return List.of(new Statistic("personnel-pools.sizes", "人才库在库人次", "People in the pools", total, "bar",
                sizes.entrySet().stream().map(e -> new Statistic.DataPoint(e.getKey().nameZh(), e.getKey().nameEn(), e.getValue())).toList()));
    }

    /** Admission and exit applications waiting for the approver's decision. */
    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
