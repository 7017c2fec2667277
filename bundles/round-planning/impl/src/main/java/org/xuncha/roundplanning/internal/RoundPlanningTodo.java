package org.xuncha.roundplanning.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundPlanningService;

/**
 * What waits in round planning: a plan waits for the approval whose turn it is (leading group, then the
 * committee), and the office (who moves rounds and receives the units' reports) has the time limits past
 * due, one item per kind with the earliest due date.
 */
final class RoundPlanningTodo {

    private RoundPlanningTodo() {
    }

    static List<TodoItem> items(RoundPlanningService service, Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (!caller.has(RoundPlanningPermissions.ROUND_READ)) {
            return items;
        }
        boolean leadingGroup = caller.has(RoundPlanningPermissions.APPROVE_LEADING_GROUP);
        boolean committee = caller.has(RoundPlanningPermissions.APPROVE_COMMITTEE);
        if (leadingGroup || committee) {
            List<Round> rounds = service.rounds(caller, Round.Query.all(), PageRequest.first(PageRequest.MAX_SIZE)).items();
            long draft = rounds.stream().filter(r -> r.planStatus() == PlanStatus.DRAFT).count();
            long halfway = rounds.stream().filter(r -> r.planStatus() == PlanStatus.LEADING_GROUP_APPROVED).count();
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
            Map<Deadline.Kind, List<Deadline>> late = service.overdue(caller).stream().collect(Collectors.groupingBy(Deadline::kind));
            for (Map.Entry<Deadline.Kind, List<Deadline>> e : late.entrySet()) {
                Deadline first = e.getValue().stream().min(Comparator.comparing(Deadline::due)).orElseThrow();
                String id = e.getKey() == Deadline.Kind.STAGE ? "stages-overdue" : "reports-overdue";
                String zh = e.getKey() == Deadline.Kind.STAGE ? "超过阶段时限的巡察轮次" : "超期未报送的整改报告";
                String en = e.getKey() == Deadline.Kind.STAGE ? "Rounds past their stage limit" : "Rectification reports overdue";
                items.add(new TodoItem("round-planning." + id, zh, en, e.getValue().size(), "/rounds/overdue", first.due(), true));
            }
        }
        return items;
    }
}
