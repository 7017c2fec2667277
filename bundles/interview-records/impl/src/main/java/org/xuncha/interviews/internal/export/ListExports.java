package org.xuncha.interviews.internal.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.LetterService;
import org.xuncha.interviews.api.LetterSummary;
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.OutlineTemplateService;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordSummary;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.letter.LetterServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.interviews.internal.record.InterviewRecordServiceImpl;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The module's lists (谈话记录, 来信, 谈话计划 and one plan's interviews, 提纲模板) as the spreadsheets an office
 * files (Chinese headers), read through the same services as the pages, so in the caller's scope with the
 * page's round, group and unit; never what was said. Each export audited.
 */
@Component(service = ListExports.class)
public class ListExports {

    /** A workbook and its Chinese file name. */
    public record Workbook(byte[] bytes, String filename) {
    }

    private final ModuleStore store;
    private final SpreadsheetService sheets;
    private final InterviewRecordService records;
    private final LetterService letters;
    private final InterviewPlanService plans;
    private final OutlineTemplateService templates;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService sheets, @Reference InterviewRecordService records,
                       @Reference LetterService letters, @Reference InterviewPlanService plans, @Reference OutlineTemplateService templates) {
        this.store = store.db();
        this.sheets = sheets;
        this.records = records;
        this.letters = letters;
        this.plans = plans;
        this.templates = templates;
    }

    public Workbook records(Caller caller, PlanQuery query) {
        List<List<Object>> rows = new ArrayList<>();
        for (RecordSummary r : Page.all(null, InterviewRecordServiceImpl.SORT.keySet(), "-heldAt", p -> records.records(caller, query, p))) {
            rows.add(Arrays.asList(r.intervieweeName(), r.category().nameZh(), r.heldAt(), r.status().nameZh(),
                    r.missesMandatoryTopic() ? "未谈必谈内容" : r.coversMandatoryTopic() ? "已谈必谈内容" : null, r.pendingHandOvers()));
        }
        return write(caller, "record", "谈话记录", List.of("谈话对象", "类别", "谈话时间", "状态", "必谈内容", "待移交"), rows);
    }

    public Workbook letters(Caller caller, PlanQuery query) {
        List<List<Object>> rows = new ArrayList<>();
        for (LetterSummary l : Page.all(null, LetterServiceImpl.SORT.keySet(), "-receivedOn", p -> letters.letters(caller, query, p))) {
            String concerns = (l.concernsTopLeader() ? "一把手 " : "") + (l.concernsLeadingGroup() ? "领导班子" : "");
            rows.add(Arrays.asList(l.id(), l.channel().nameZh(), l.receivedOn(), l.anonymous() ? "匿名" : "署名", concerns.strip(),
                    l.disposition() == null ? null : l.disposition().nameZh(), l.pendingHandOvers()));
        }
        return write(caller, "letter", "来信来访", List.of("编号", "渠道", "收到日期", "反映人", "涉及", "处置方式", "待移交"), rows);
    }

    public Workbook plans(Caller caller, PlanQuery query) {
        List<List<Object>> rows = new ArrayList<>();
        for (InterviewPlan p : Page.all(null, InterviewPlanServiceImpl.SORT.keySet(), "-id", page -> plans.plans(caller, query, page))) {
            rows.add(Arrays.asList(p.title(), count(p, PlannedStatus.PLANNED), count(p, PlannedStatus.HELD), count(p, PlannedStatus.CANCELLED),
                    p.check().missing().isEmpty() ? "齐全" : "缺 " + p.check().missing().size() + " 项", p.createdBy(), p.updatedAt()));
        }
        return write(caller, "plan", "谈话计划", List.of("计划", "待谈", "已谈", "取消", "必谈内容", "制定人", "更新时间"), rows);
    }

    /** One plan's interviews, as its page lists them. */
    public Workbook plan(Caller caller, long id) {
        InterviewPlan p = plans.plan(caller, id);
        List<List<Object>> rows = new ArrayList<>();
        for (PlannedInterview i : p.interviews()) {
            rows.add(Arrays.asList(i.category().nameZh(), i.intervieweeName(), i.intervieweePost(), i.scheduledAt(), i.place(), i.topics().size(),
                    i.status().nameZh()));
        }
        return write(caller, "plan", "谈话计划-" + p.title(), List.of("类别", "谈话对象", "职务", "谈话时间", "地点", "谈话提纲条数", "状态"), rows);
    }

    public Workbook templates(Caller caller) {
        List<List<Object>> rows = new ArrayList<>();
        for (OutlineTemplate t : templates.templates(caller)) {
            rows.add(Arrays.asList(t.name(), t.categories().stream().sorted().map(IntervieweeCategory::nameZh).collect(Collectors.joining("、")),
                    t.topics().size(), t.builtIn() ? "是" : "否", t.description()));
        }
        return write(caller, "template", "谈话提纲模板", List.of("模板名称", "适用对象", "提纲条数", "内置", "说明"), rows);
    }

    private static long count(InterviewPlan p, PlannedStatus status) {
        return p.interviews().stream().filter(i -> i.status() == status).count();
    }

    private Workbook write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        String sheet = name.length() > 31 ? name.substring(0, 31) : name;
        byte[] bytes = sheets.write(List.of(new SpreadsheetService.Sheet(sheet, name + "（导出日期 " + store.today() + "）", header, rows)));
        store.audit(caller, AuditAction.EXPORT, type, null, "导出" + name + "（" + rows.size() + " 行）");
        return new Workbook(bytes, name + ".xlsx");
    }
}
