package org.xuncha.roundplanning.internal.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.internal.ReferenceLookup;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.avoidance.AvoidanceService;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.priority.PriorityService;
import org.xuncha.roundplanning.internal.round.RoundService;

/**
 * The rounds, avoidances and priorities lists as the office files them (Chinese headers), read through the
 * same services and filters as the pages, so in the caller's scope; each export audited.
 */
@Component(service = ListExports.class)
public class ListExports {

    private final ModuleStore db;
    private final SpreadsheetService spreadsheets;
    private final RoundService rounds;
    private final AvoidanceService avoidances;
    private final PriorityService priorities;
    private final ReferenceLookup names;
    private final DeadlineService deadlines;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService spreadsheets, @Reference RoundService rounds,
                       @Reference AvoidanceService avoidances, @Reference PriorityService priorities, @Reference ReferenceLookup names,
                       @Reference DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.db = store.db();
        this.spreadsheets = spreadsheets;
        this.rounds = rounds;
        this.avoidances = avoidances;
        this.priorities = priorities;
        this.names = names;
    }

    /** 巡察轮次: the rounds list with the page's filters, in its order ({@code sort} as the page's, newest first by default). */
    public Export rounds(Caller caller, Round.Query query, String sort) {
        List<Round> all = Page.all(sort, RoundService.SORT.keySet(), "-id", r -> rounds.rounds(caller, query, r));
        // the names of the terms of rounds the caller may read, whatever the caller's rights on terms
        Map<Long, String> terms = new HashMap<>();
        if (!all.isEmpty()) {
            db.read(em -> {
                em.createQuery("select t.id, t.name from TermEntity t", Object[].class).getResultList()
                        .forEach(row -> terms.put((Long) row[0], (String) row[1]));
                return null;
            });
        }
        // the list's 超期 column: the most overdue time limit of each round
        Map<Long, Long> worst = new HashMap<>();
        for (Deadline d : all.isEmpty() ? List.<Deadline>of() : deadlines.overdue(caller)) {
            worst.merge(d.roundId(), (long) d.daysOverdue(), Math::max);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Round r : all) {
            Long days = worst.get(r.id());
            rows.add(row("第" + r.number() + "轮", r.name(), terms.getOrDefault(r.termId(), "#" + r.termId()), r.type().nameZh(),
                    r.stage().nameZh(), days == null ? null : "超期" + days + "天", r.plannedStart(), r.plannedEnd(), r.planStatus().nameZh(),
                    r.targetCount(), r.groupCount()));
        }
        return write(caller, "round", "巡察轮次", List.of("轮次", "名称", "所属届", "巡察类型", "阶段", "超期", "计划进驻日期", "计划结束日期",
                "方案状态", "被巡察单位数", "巡察组数"), rows);
    }

    /** 回避申报: the declarations the caller may see (a person's own, or the office's all). */
    public Export avoidances(Caller caller, Long personId) {
        List<List<Object>> rows = new ArrayList<>();
        for (Avoidance a : avoidances.list(caller, personId)) {
            rows.add(row(names.personName(a.personId()), names.unitName(a.unitId()), a.kind().nameZh(), a.note(), a.declaredBy(),
                    a.declaredAt()));
        }
        return write(caller, "avoidance", "回避申报", List.of("申报人", "回避单位", "回避情形", "具体情况", "登记人", "登记时间"), rows);
    }

    /** 中心工作: the priorities library, all or the active ones only as the page's checkbox says. */
    public Export priorities(Caller caller, String divisionCode, boolean activeOnly) {
        List<List<Object>> rows = new ArrayList<>();
        for (Priority p : priorities.priorities(caller, divisionCode, activeOnly)) {
            rows.add(row(p.name(), p.sourceMeeting(), p.sourceDate(), names.divisionName(p.divisionCode()),
                    Boolean.FALSE.equals(p.active()) ? "停用" : "在用", p.description()));
        }
        return write(caller, "priority", "中心工作库", List.of("中心工作", "提出会议", "会议日期", "所属区划", "状态", "说明"), rows);
    }

    private Export write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        String title = name + "（" + db.today() + "）";
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet(name, title, header, rows)));
        db.audit(caller, AuditAction.EXPORT, type, null, "导出" + name + " " + rows.size() + " 条");
        return new Export(Export.fileName(title, "xlsx"), xlsx);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
