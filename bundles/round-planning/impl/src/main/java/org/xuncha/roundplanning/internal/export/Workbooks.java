package org.xuncha.roundplanning.internal.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xuncha.platform.api.spreadsheet.SpreadsheetService.Sheet;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Target;

/** The sheets of the round-plan and coverage workbooks, in Chinese as the office files them. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * A round plan: the round, its targets, its groups with their people, the approvals and the amendments.
     *
     * @param priorities names of the priorities by id
     */
    public static List<Sheet> plan(Round r, String termName, List<Target> targets, List<Group> groups, List<Approval> approvals,
                                   List<Amendment> amendments, Map<Long, String> priorities) {
        Map<Long, String> groupNames = groups.stream().collect(Collectors.toMap(Group::id, Group::name));
        List<List<Object>> summary = List.of(
                row("所属届", termName), row("轮次", "第" + r.number() + "轮"), row("名称", r.name()),
                row("巡察类型", r.type().nameZh()), row("当前阶段", r.stage().nameZh()), row("方案状态", r.planStatus().nameZh()),
                row("计划进驻日期", r.plannedStart()), row("计划结束日期", r.plannedEnd()),
                row("实际进驻日期", r.actualStart()), row("实际结束日期", r.actualEnd()), row("反馈日期", r.feedbackDate()),
                row("中心工作", names(r.priorityIds(), priorities)), row("专项监督", String.join("、", r.supervisionTopics())),
                row("被巡察单位数", r.targetCount()), row("巡察组数", r.groupCount()), row("说明", r.description()));
        List<List<Object>> targetRows = new ArrayList<>();
        for (Target t : targets) {
            targetRows.add(row(t.unitCode(), t.unitName(), t.field(), t.sector(), t.system(),
                    t.groupId() == null ? "未分配" : groupNames.get(t.groupId()), names(t.priorityIds(), priorities),
                    String.join("、", t.supervisionTopics()), t.rectificationReportDate()));
        }
        List<List<Object>> memberRows = new ArrayList<>();
        for (Group g : groups) {
            Group.Authorisation a = g.authorisation();
            for (Group.Member m : g.members()) {
                memberRows.add(row(g.name(), m.role().nameZh(), m.name(), m.post(), a == null ? null : a.number(),
                        a == null ? null : a.date(), a == null ? null : a.scope()));
            }
        }
        List<List<Object>> approvalRows = approvals.stream().map(a -> row(a.body().nameZh(), a.approved() ? "同意" : "退回",
                a.opinion(), a.actorName(), a.at())).toList();
        List<List<Object>> amendmentRows = amendments.stream().map(a -> row(a.reason(), a.openedByName(), a.openedAt(), a.closedAt(),
                String.join("；", a.changes()))).toList();
        return List.of(
                new Sheet("巡察方案", r.name() + " 巡察方案", List.of("项目", "内容"), summary),
                new Sheet("被巡察单位", r.name() + " 被巡察单位", List.of("单位编码", "单位名称", "领域", "板块", "系统", "巡察组",
                        "中心工作", "专项监督", "整改报告报送日期"), targetRows),
                new Sheet("巡察组", r.name() + " 巡察组组成", List.of("巡察组", "组内职务", "姓名", "职务", "授权文号", "授权日期", "授权事项"),
                        memberRows),
                new Sheet("审批记录", null, List.of("审批机构", "结论", "意见", "审批人", "时间"), approvalRows),
                new Sheet("方案调整", null, List.of("调整事由", "登记人", "登记时间", "完成时间", "修改内容"), amendmentRows));
    }

    /** The coverage table: summary, one row per unit with the rounds that inspected it, rounds, breakdowns. */
    public static List<Sheet> coverage(Coverage c, List<Coverage.UnitCoverage> allUnits) {
        String title = c.term().name() + " 巡察全覆盖情况（截至 " + c.asOf() + "）";
        List<List<Object>> summary = List.of(
                row("应巡察单位数", c.totalUnits()), row("已巡察单位数", c.coveredUnits()), row("覆盖率（%）", c.percent()),
                row("已列入计划单位数", c.plannedUnits()), row("尚未巡察单位数", c.remainingUnits()),
                row("已开展轮次", c.countedRounds()), row("按当前进度尚需轮次", c.roundsNeeded() == null ? "—" : c.roundsNeeded()),
                row("重复巡察（回头看）单位数", c.reinspected().size()));
        List<List<Object>> units = allUnits.stream().map(u -> row(u.code(), u.name(), u.field(), u.sector(), u.system(),
                u.roundNumbers().isEmpty() ? (u.plannedIn().isEmpty() ? "未巡察" : "已列入计划") : "已巡察",
                rounds(u.roundNumbers()), rounds(u.plannedIn()))).toList();
        List<List<Object>> rounds = c.rounds().stream().map(r -> row("第" + r.number() + "轮", r.name(), r.type().nameZh(),
                r.stage().nameZh(), r.unitIds().size(), r.newlyCovered(), r.reinspected(), r.outside())).toList();
        List<List<Object>> breakdown = new ArrayList<>();
        add(breakdown, "领域", c.byField());
        add(breakdown, "板块", c.bySector());
        add(breakdown, "系统", c.bySystem());
        return List.of(
                new Sheet("总体情况", title, List.of("指标", "数值"), summary),
                new Sheet("覆盖明细", title, List.of("单位编码", "单位名称", "领域", "板块", "系统", "状态", "巡察轮次", "计划轮次"), units),
                new Sheet("各轮次", null, List.of("轮次", "名称", "类型", "阶段", "单位数", "新覆盖", "重复巡察", "届外单位"), rounds),
                new Sheet("分类覆盖", null, List.of("分类", "名称", "单位数", "已巡察", "覆盖率（%）"), breakdown));
    }

    private static void add(List<List<Object>> rows, String kind, List<Coverage.Breakdown> items) {
        items.forEach(b -> rows.add(row(kind, b.value(), b.total(), b.covered(), b.percent())));
    }

    private static String rounds(List<Integer> numbers) {
        return numbers.stream().map(n -> "第" + n + "轮").collect(Collectors.joining("、"));
    }

    private static String names(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining("、"));
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
