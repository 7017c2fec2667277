package org.xuncha.roundplanning.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.deadline.OverdueCounts;

/**
 * What waits in round planning: a plan waits for the approval whose turn it is (leading group, then the
 * committee), and the office (who moves rounds and receives the units' reports) has the time limits past
 * due, one item per kind with the earliest due date. It runs on every visit of the home page, so it only
 * counts: one grouped query for the plans, two for the limits ({@link OverdueCounts}).
 */
@Component(service = RoundPlanningTodo.class)
public class RoundPlanningTodo {

    private final ModuleStore db;
    private final DeadlineService deadlines;

    @Activate
    public RoundPlanningTodo(@Reference Store store, @Reference DeadlineService deadlines) {
        this.db = store.db();
        this.deadlines = deadlines;
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (!caller.has(RoundPlanningPermissions.ROUND_READ)) {
            return items;
        }
        boolean leadingGroup = caller.has(RoundPlanningPermissions.APPROVE_LEADING_GROUP);
        boolean committee = caller.has(RoundPlanningPermissions.APPROVE_COMMITTEE);
        if (leadingGroup || committee) {
            Map<PlanStatus, Long> plans = plans(caller);
            long draft = plans.getOrDefault(PlanStatus.DRAFT, 0L);
            long halfway = plans.getOrDefault(PlanStatus.LEADING_GROUP_APPROVED, 0L);
            if (leadingGroup && draft > 0) {
                items.add(new TodoItem("round-planning.plans-to-deliberate", "待领导小组审议的巡察工作方案", "Plans waiting for the leading group",
                        (int) draft, "/rounds", null, false));
            }
            if (committee && halfway > 0) {
                items.add(new TodoItem("round-planning.plans-to-approve", "待党委（党组）批准的巡察工作方案", "Plans waiting for the committee's approval",
                        (int) halfway, "/rounds", null, false));
            }
        }
        if (caller.has(RoundPlanningPermissions.ROUND_WRITE)) {
            for (Map.Entry<Deadline.Kind, OverdueCounts.Count> e : deadlines.overdueCounts(caller).entrySet()) {
                boolean stage = e.getKey() == Deadline.Kind.STAGE;
                String id = stage ? "stages-overdue" : "reports-overdue";
                String zh = stage ? "超过阶段时限的巡察轮次" : "超期未报送的整改报告";
                String en = stage ? "Rounds past their stage limit" : "Rectification reports overdue";
                items.add(new TodoItem("round-planning." + id, zh, en, (int) e.getValue().count(), "/rounds/overdue?kind=" + e.getKey().name(),
                        e.getValue().earliest(), true));
            }
        }
        return items;
    }

    /** Rounds in the caller's scope by the state of their plan, as the rounds list counts them. */
    private Map<PlanStatus, Long> plans(Caller caller) {
        Where w = Where.scoped(caller, "r.divisionCode", null, "r.id");
        Map<PlanStatus, Long> result = new EnumMap<>(PlanStatus.class);
        db.read(em -> w.bind(em.createQuery("select r.planStatus, count(r) from RoundEntity r" + w.sql() + " group by r.planStatus",
                Object[].class)).getResultList()).forEach(row -> result.put((PlanStatus) row[0], (Long) row[1]));
        return result;
    }
}
