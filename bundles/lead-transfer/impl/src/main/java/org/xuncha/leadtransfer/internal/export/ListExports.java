package org.xuncha.leadtransfer.internal.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.joint.ConsultationService;
import org.xuncha.leadtransfer.internal.joint.JointService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The problems, joint operations and consultations lists as the office files them (Chinese headers, the
 * pages' columns), read through the same services and filters as the pages, so in the caller's scope;
 * each export audited. Rounds and groups are named as round planning names them (503 while it is away,
 * as the lead ledger).
 */
@Component(service = ListExports.class)
public class ListExports {

    /** A workbook and its Chinese file name. */
    public record Workbook(byte[] bytes, String filename) {
    }

    private final ModuleStore store;
    private final SpreadsheetService sheets;
    private final Rounds rounds;
    private final References references;
    private final Taxonomy taxonomy;
    private final ProblemService problems;
    private final JointService joint;
    private final ConsultationService consultations;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService sheets, @Reference Rounds rounds,
                       @Reference References references, @Reference Taxonomy taxonomy, @Reference ProblemService problems,
                       @Reference JointService joint, @Reference ConsultationService consultations) {
        this.store = store.db();
        this.sheets = sheets;
        this.rounds = rounds;
        this.references = references;
        this.taxonomy = taxonomy;
        this.problems = problems;
        this.joint = joint;
        this.consultations = consultations;
    }

    /** 问题底稿: the problems list with the page's filters, in its order (newest first unless sorted). */
    public Workbook problems(Caller caller, ProblemService.ProblemQuery query, String sort) {
        caller.require(LeadTransferPermissions.LEAD_EXPORT);
        List<ProblemService.ProblemView> all = Page.all(sort, ProblemService.SORT.keySet(), "-id", r -> problems.list(caller, query, r));
        Rounds.Names names = names(all.stream().map(ProblemService.ProblemView::roundId).toList(),
                all.stream().map(ProblemService.ProblemView::groupId).toList());
        Map<Long, Unit> units = references.namedUnits(all.stream().map(ProblemService.ProblemView::unitId).collect(Collectors.toSet()));
        Map<String, Taxonomy.Category> categories = taxonomy.all();
        List<List<Object>> rows = new ArrayList<>();
        for (ProblemService.ProblemView p : all) {
            rows.add(row(p.id(), names.round(p.roundId()), names.group(p.groupId()),
                    units.containsKey(p.unitId()) ? units.get(p.unitId()).name() : "#" + p.unitId(), p.description(),
                    p.category() == null ? null : categories.containsKey(p.category()) ? categories.get(p.category()).nameZh() : p.category(),
                    p.topLeader() ? "是" : "否", p.status().nameZh(), p.foundOn()));
        }
        return write(caller, "problem", "问题底稿", List.of("编号", "巡察轮次", "巡察组", "被巡察单位", "问题描述", "问题类别", "涉及一把手", "状态",
                "发现日期"), rows);
    }

    /** 巡纪审联动: the joint operations of the rounds the caller sees, with what each produced. */
    public Workbook jointOperations(Caller caller, Long termId, Long roundId) {
        caller.require(LeadTransferPermissions.LEAD_EXPORT);
        List<JointService.JointView> all = joint.list(caller, termId, roundId);
        Rounds.Names names = names(all.stream().map(JointService.JointView::roundId).toList(), List.of());
        List<List<Object>> rows = new ArrayList<>();
        for (JointService.JointView j : all) {
            JointService.Figures f = j.figures();
            rows.add(row(j.name(), names.round(j.roundId()), j.disciplineProject(), j.auditProject(), j.startsOn(), j.endsOn(),
                    f == null ? 0 : f.problemsFound(), f == null ? 0 : f.leadsTransferred(), f == null ? 0 : f.problemsBroughtIn(),
                    f == null ? 0 : f.leadsBroughtIn(), f == null ? 0 : f.visits()));
        }
        return write(caller, "joint-operation", "巡纪审联动", List.of("联动名称", "巡察轮次", "纪检监察项目", "审计项目", "开始日期", "结束日期", "发现问题",
                "移交线索", "移入问题", "移入线索", "进点安排"), rows);
    }

    /** 会商研判: the consultations of a round (the page lists one round at a time). */
    public Workbook consultations(Caller caller, long roundId) {
        caller.require(LeadTransferPermissions.LEAD_EXPORT);
        List<ConsultationService.ConsultationView> all = consultations.list(caller, roundId);
        Rounds.Names names = names(List.of(roundId), all.stream().map(ConsultationService.ConsultationView::groupId).filter(g -> g != null).toList());
        List<List<Object>> rows = new ArrayList<>();
        for (ConsultationService.ConsultationView c : all) {
            String attendees = c.attendees().stream().map(a -> a.name() + "（" + a.role().nameZh() + "）").collect(Collectors.joining("、"));
            rows.add(row(c.heldOn(), c.subject(), c.groupId() == null ? "巡察办" : names.group(c.groupId()), attendees, c.conclusion(),
                    c.problemIds().size(), c.leadIds().size()));
        }
        return write(caller, "consultation", "会商研判-" + names.round(roundId), List.of("会商日期", "会商议题", "巡察组", "参会人员", "研判结论",
                "涉及问题数", "涉及线索数"), rows);
    }

    /** An empty list names nothing, so it is filed even while round planning is away. */
    private Rounds.Names names(Collection<Long> roundIds, Collection<Long> groupIds) {
        return roundIds.isEmpty() && groupIds.isEmpty() ? new Rounds.Names(Map.of(), Map.of()) : rounds.names(roundIds, groupIds);
    }

    private Workbook write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        String clean = name.replaceAll("[\\\\/:*?\"<>|]", "_");
        byte[] bytes = sheets.write(List.of(new SpreadsheetService.Sheet(clean.length() > 31 ? clean.substring(0, 31) : clean,
                name + "（导出日期 " + store.today() + "）", header, rows)));
        store.audit(caller, AuditAction.EXPORT, type, null, "导出" + name + "（" + rows.size() + " 行）");
        return new Workbook(bytes, clean + ".xlsx");
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
