package org.xuncha.rectification.internal.export;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.Handover;
import org.xuncha.rectification.api.HandoverService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.RectificationStatistics;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.internal.assignment.AssignmentUnits;
import org.xuncha.rectification.internal.letter.LetterService;
import org.xuncha.rectification.internal.review.JointReviewService;
import org.xuncha.rectification.internal.review.ReconciliationService;
import org.xuncha.rectification.internal.task.ReviewQueue;

/**
 * Every list of the module as the spreadsheet an office files (Chinese headers), read through the
 * same services as the pages, so in the caller's scope; each export audited.
 */
@Component(service = ListExports.class)
public class ListExports {

    /** A workbook and its Chinese file name. */
    public record Workbook(byte[] bytes, String filename) {
    }

    private final ModuleStore store;
    private final SpreadsheetService sheets;
    private final AssignmentService assignments;
    private final AssignmentUnits units;
    private final LetterService letters;
    private final ReconciliationService reconciliations;
    private final RectificationStatistics statistics;
    private final HandoverService handovers;
    private final ReviewQueue reviews;
    private final JointReviewService jointReviews;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService sheets, @Reference AssignmentService assignments,
                       @Reference AssignmentUnits units, @Reference LetterService letters, @Reference ReconciliationService reconciliations,
                       @Reference RectificationStatistics statistics, @Reference HandoverService handovers, @Reference ReviewQueue reviews,
                       @Reference JointReviewService jointReviews) {
        this.store = store.db();
        this.sheets = sheets;
        this.assignments = assignments;
        this.units = units;
        this.letters = letters;
        this.reconciliations = reconciliations;
        this.statistics = statistics;
        this.handovers = handovers;
        this.reviews = reviews;
        this.jointReviews = jointReviews;
    }

    /** 书记批示, 共性问题交办单 or 专项整治 (all three when no kind), each common problem or campaign with its units. */
    public Workbook assignments(Caller caller, AssignmentKind kind) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (Assignment a : Page.all(p -> assignments.assignments(caller, kind, null, p))) {
            List<AssignmentUnits.UnitLine> lines = a.kind() == AssignmentKind.INSTRUCTION ? List.of() : units.units(caller, a.id());
            rows.add(row(a.kind().nameZh(), a.title(), a.assignedBy(), a.assignedOn(), "", a.completedOn(), a.result()));
            for (AssignmentUnits.UnitLine l : lines) {
                rows.add(row("", "", "", "", l.unitName(), l.completedOn(), l.result()));
            }
        }
        String name = kind == null ? "交办事项" : kind.nameZh();
        return write(caller, "assignment", name, List.of("类别", "事项", "交办人", "交办日期", "承办单位", "完成日期", "完成情况"), rows);
    }

    public Workbook letters(Caller caller) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (LetterService.Letter l : Page.all(p -> letters.letters(caller, null, null, p))) {
            rows.add(row(l.department(), l.title(), l.sentOn(), l.replyDue(), l.repliedOn(), l.reply(), l.overdue() ? "是" : "否"));
        }
        return write(caller, "letter", "巡察建议书", List.of("职能部门", "标题", "送达日期", "回复期限", "回复日期", "回复内容", "逾期未复"), rows);
    }

    public Workbook reconciliation(Caller caller, long id) {
        caller.require(RectificationPermissions.EXPORT);
        ReconciliationService.Reconciliation r = reconciliations.reconciliation(caller, id);
        List<List<Object>> rows = new ArrayList<>();
        for (ReconciliationService.LineView l : r.lines()) {
            rows.add(row(l.unitName(), l.ledgerTasks(), l.ledgerClosed(), l.reportedTasks(), l.reportedClosed(), l.differs() ? "是" : "否",
                    l.resolution()));
        }
        return write(caller, "reconciliation", "定期对账-" + id, List.of("单位", "台账任务", "台账已销号", "对方任务", "对方已销号", "是否不一致", "处理情况"),
                rows);
    }

    public Workbook statistics(Caller caller, Breakdown.By by, Long roundId) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (Breakdown b : statistics.breakdown(caller, by, roundId)) {
            rows.add(row(b.name(), b.tasks(), b.closed(), b.overdue(), b.closureRate() + "%"));
        }
        return write(caller, "statistics", "整改统计", List.of("名称", "整改任务", "已销号", "逾期", "销号率"), rows);
    }

    public Workbook handovers(Caller caller) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (Handover h : Page.all(p -> handovers.handovers(caller, null, p))) {
            rows.add(row(h.unitName(), h.outgoingLeader(), h.incomingLeader(), h.handedOverOn(), h.taskIds().size()));
        }
        return write(caller, "handover", "整改交接", List.of("单位", "原主要负责人", "新任主要负责人", "交接日期", "交接任务数"), rows);
    }

    /** 销号审核: the queue as the page shows it (the office's, so it needs the queue's permission too). */
    public Workbook reviews(Caller caller, Long roundId, Long unitId) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewQueue.Review r : Page.all(p -> reviews.queue(caller, roundId, unitId, p))) {
            TaskEntry q = r.request();
            rows.add(row(r.task().problem(), q == null ? null : q.on(), q == null ? null : q.text(), q == null ? null : q.evidence(), r.files()));
        }
        return write(caller, "review", "销号审核", List.of("问题", "申请日期", "整改情况", "佐证材料", "附件数"), rows);
    }

    /** 三方联审 with each party's opinion and the conclusion. */
    public Workbook jointReviews(Caller caller, Long ledgerId, Long roundId, Long unitId) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = new ArrayList<>();
        for (JointReviewService.JointReview r : Page.all(p -> jointReviews.reviews(caller, ledgerId, roundId, unitId, p))) {
            rows.add(row(r.heldOn(), r.disciplineOpinion(), r.organisationOpinion(), r.officeOpinion(),
                    r.conclusion() == null ? "未结论" : r.conclusion().nameZh(), r.conclusionText()));
        }
        return write(caller, "joint-review", "三方联审", List.of("联审日期", "纪委监委意见", "组织部意见", "巡察办意见", "联审结论", "结论说明"), rows);
    }

    private Workbook write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        byte[] bytes = sheets.write(List.of(new SpreadsheetService.Sheet(name.length() > 31 ? name.substring(0, 31) : name,
                name + "（导出日期 " + store.today() + "）", header, rows)));
        store.audit(caller, AuditAction.EXPORT, type, "list", "导出" + name + "（" + rows.size() + " 行）");
        return new Workbook(bytes, name + ".xlsx");
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(c);
        }
        return row;
    }
}
