package org.xuncha.personnelpools.internal.todo;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.pool.EntryEntity;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;

/**
 * What waits in the pools: applications for admission and for exit (动态调整) wait for the decision of
 * whoever approves them (the office leader by default). A count per kind in the caller's divisions;
 * each links to the pool list filtered to that status.
 */
@Component(service = PoolsTodo.class)
public class PoolsTodo {

    private final ModuleStore store;

    @Activate
    public PoolsTodo(@Reference Store store) {
        this.store = store.db();
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (caller.has(PersonnelPoolsPermissions.READ) && caller.has(PersonnelPoolsPermissions.APPROVE)) {
            add(items, caller, EntryStatus.PENDING_ADMISSION, "admissions-to-decide", "待审批的入库申请", "Admissions waiting for a decision");
            add(items, caller, EntryStatus.PENDING_EXIT, "exits-to-decide", "待审批的出库申请", "Exits waiting for a decision");
        }
        return items;
    }

    private void add(List<TodoItem> items, Caller caller, EntryStatus status, String id, String zh, String en) {
        Where w = Where.scoped(caller, "e.divisionCode", null).eq("e.status", "status", status);
        long n = store.read(em -> w.count(em, EntryEntity.class, "e"));
        if (n > 0) {
            items.add(new TodoItem(PersonnelPoolsEvents.MODULE + "." + id, zh, en, (int) n, "/personnel-pools?status=" + status.name(), null, false));
        }
    }
}
