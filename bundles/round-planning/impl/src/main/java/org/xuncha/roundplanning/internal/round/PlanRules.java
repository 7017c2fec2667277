package org.xuncha.roundplanning.internal.round;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Stage;

/**
 * The approval of a round plan and what may change after it. The office drafts; the leading group
 * approves (or returns) a draft; the committee then approves (or returns) what the leading group
 * approved. A return sends the plan back to draft. Once any approval is given, the plan (round
 * fields, targets and their tags, groups) changes only while an amendment is open.
 */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * The plan's status after a decision.
     *
     * @throws ApiException 409 when the body may not decide now
     */
    public static PlanStatus decide(PlanStatus current, ApprovalBody body, boolean approved) {
        if (current == PlanStatus.APPROVED) {
            throw ApiException.conflict("already_approved", "方案已经批准；如需修改，请登记方案调整",
                    "The plan is already approved; open an amendment to change it");
        }
        if (body == ApprovalBody.LEADING_GROUP) {
            if (current != PlanStatus.DRAFT) {
                throw ApiException.conflict("already_decided", "领导小组已审议该方案，待书记专题会（常委会）审定",
                        "The leading group has already approved the plan; it awaits the committee");
            }
            return approved ? PlanStatus.LEADING_GROUP_APPROVED : PlanStatus.DRAFT;
        }
        if (current != PlanStatus.LEADING_GROUP_APPROVED) {
            throw ApiException.conflict("leading_group_first", "方案须先经巡察工作领导小组审议，再报书记专题会（常委会）审定",
                    "The leading group must approve the plan before the committee");
        }
        return approved ? PlanStatus.APPROVED : PlanStatus.DRAFT;
    }

    /**
     * A plan goes to approval complete: planned field dates and at least one target.
     *
     * @throws ApiException 409 naming what is missing
     */
    public static void requireComplete(boolean plannedDates, int targets) {
        List<String[]> missing = new ArrayList<>();
        if (!plannedDates) {
            missing.add(new String[] {"计划进驻和结束日期", "planned field dates"});
        }
        if (targets == 0) {
            missing.add(new String[] {"被巡察单位", "targets"});
        }
        if (!missing.isEmpty()) {
            throw ApiException.conflict("plan_incomplete",
                    "方案不完整，缺少：" + String.join("、", missing.stream().map(m -> m[0]).toList()),
                    "The plan is incomplete; missing: " + String.join(", ", missing.stream().map(m -> m[1]).toList()));
        }
    }

    /**
     * Checks that the plan may be edited now.
     *
     * @throws ApiException 409 when the round is archived, or the plan has an approval and no amendment is open
     */
    public static void requireEditable(Stage stage, PlanStatus status, boolean amendmentOpen) {
        if (stage == Stage.ARCHIVE) {
            throw ApiException.conflict("archived", "本轮已归档，方案不能再修改", "The round is archived; its plan can no longer change");
        }
        if (status != PlanStatus.DRAFT && !amendmentOpen) {
            throw ApiException.conflict("plan_locked",
                    "方案已经审批（" + status.nameZh() + "），修改须先登记方案调整并说明理由",
                    "The plan has been approved (" + status.nameEn() + "); open an amendment with a reason before changing it");
        }
    }

    /** A group as the entry check sees it. */
    public record GroupFacts(String name, List<GroupRole> roles, boolean authorised) {
    }

    /**
     * What stops a round from entering (进驻): the plan must be approved and not under amendment,
     * have targets, every target a group, every group one leader and its authorisation.
     *
     * @return problems as [zh, en] pairs; empty when the round may enter
     */
    public static List<String[]> entryProblems(PlanStatus status, boolean amendmentOpen, int targets, int unassignedTargets,
                                               List<GroupFacts> groups) {
        List<String[]> problems = new ArrayList<>();
        if (status != PlanStatus.APPROVED) {
            problems.add(new String[] {"方案尚未经书记专题会（常委会）批准", "the plan is not approved by the committee"});
        }
        if (amendmentOpen) {
            problems.add(new String[] {"方案调整尚未完成", "a plan amendment is still open"});
        }
        if (targets == 0) {
            problems.add(new String[] {"尚未确定被巡察单位", "the round has no targets"});
        }
        if (unassignedTargets > 0) {
            problems.add(new String[] {unassignedTargets + "个被巡察单位未分配巡察组", unassignedTargets + " targets have no group"});
        }
        if (groups.isEmpty()) {
            problems.add(new String[] {"尚未组建巡察组", "the round has no groups"});
        }
        for (GroupFacts g : groups) {
            long leaders = g.roles().stream().filter(r -> r == GroupRole.LEADER).count();
            if (leaders != 1) {
                problems.add(new String[] {g.name() + "须有一名组长", g.name() + " needs one leader"});
            }
            if (!g.authorised()) {
                problems.add(new String[] {g.name() + "尚未取得授权（一次一授权）", g.name() + " has no authorisation for this task"});
            }
        }
        return problems;
    }

    /** @throws ApiException 409 listing the problems, if any */
    public static void requireReadyForEntry(List<String[]> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.conflict("not_ready",
                    "本轮还不能进驻：" + String.join("；", problems.stream().map(p -> p[0]).toList()),
                    "The round cannot enter yet: " + String.join("; ", problems.stream().map(p -> p[1]).toList()));
        }
    }
}
