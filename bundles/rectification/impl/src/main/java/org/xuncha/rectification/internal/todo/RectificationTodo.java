package org.xuncha.rectification.internal.todo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.handover.PendingHandoverEntity;
import org.xuncha.rectification.internal.task.TaskEntity;

/**
 * What waits in rectification: the office approves or sends back closure requests (销号) and records the
 * signatures of handovers opened by a change of top leader; a unit's contact has the tasks past their
 * deadline. Counts only, in the caller's scope, so nothing is decrypted or audited here.
 */
@Component(service = RectificationTodo.class)
public class RectificationTodo {

    private final ModuleStore store;
    private final Access access;

    @Activate
    public RectificationTodo(@Reference Store store, @Reference Access access) {
        this.store = store.db();
        this.access = access;
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (!caller.has(RectificationPermissions.READ)) {
            return items;
        }
        if (caller.has(RectificationPermissions.MANAGE)) {
            long requests = store.read(em -> access.scoped(caller, "t").eq("t.status", "status", TaskStatus.CLOSURE_REQUESTED)
                    .count(em, TaskEntity.class, "t"));
            add(items, "closures-to-review", "待审核的销号申请", "Closure requests waiting for review", requests, "/rectification/reviews", false);
            long handovers = store.read(em -> access.scopedByUnit(caller, "p").and("p.handoverId is null")
                    .count(em, PendingHandoverEntity.class, "p"));
            add(items, "handovers-to-sign", "待签字的整改交接", "Handovers waiting for signatures", handovers, "/rectification/handovers", false);
        }
        if (caller.has(RectificationPermissions.REPORT)) {
            LocalDate today = store.today();
            long late = store.read(em -> access.scoped(caller, "t").and("t.status <> :closed", "closed", TaskStatus.CLOSED)
                    .and("t.deadline < :today", "today", today).count(em, TaskEntity.class, "t"));
            add(items, "tasks-overdue", "超过整改时限的任务", "Rectification tasks past their deadline", late, "/rectification/ledgers", true);
        }
        return items;
    }

    private static void add(List<TodoItem> items, String id, String zh, String en, long count, String link, boolean overdue) {
        if (count > 0) {
            items.add(new TodoItem("rectification." + id, zh, en, (int) count, link, null, overdue));
        }
    }
}
