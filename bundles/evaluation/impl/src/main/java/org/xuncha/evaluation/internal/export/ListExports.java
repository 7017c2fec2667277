package org.xuncha.evaluation.internal.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.AssessmentService;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.api.TalkService;
import org.xuncha.evaluation.internal.Settings;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.evaluation.internal.assessment.AssessmentRules;
import org.xuncha.evaluation.internal.document.Notices;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The 整改评估 and 约谈记录 lists as spreadsheets (Chinese headers, units and people by name), read through
 * the same services as the pages, so in the caller's scope and with the page's round; each export audited.
 */
@Component(service = ListExports.class)
public class ListExports {

    private final ModuleStore store;
    private final SpreadsheetService sheets;
    private final AssessmentService assessments;
    private final TalkService talks;
    private final Notices names;
    private final Settings settings;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService sheets, @Reference AssessmentService assessments,
                       @Reference TalkService talks, @Reference Notices names, @Reference Settings settings) {
        this.store = store.db();
        this.sheets = sheets;
        this.assessments = assessments;
        this.talks = talks;
        this.names = names;
        this.settings = settings;
    }

    /** A round's assessments by unit, as the page's table. */
    public byte[] assessments(Caller caller, long roundId) {
        caller.require(EvaluationPermissions.READ);
        List<Assessment> all = assessments.assessments(caller, roundId);
        Map<Long, String> units = names.unitNames(all.stream().map(Assessment::unitId).distinct().toList());
        List<AssessmentRules.Indicator> indicators = settings.assessmentIndicators();
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment a : all) {
            String byIndicator = indicators.stream().filter(i -> a.scores().get(i.code()) != null)
                    .map(i -> i.nameZh() + " " + a.scores().get(i.code())).collect(Collectors.joining("、"));
            rows.add(Arrays.asList(units.get(a.unitId()), a.score(), byIndicator, a.grade() == null ? null : a.grade().nameZh(),
                    a.typicalCase() ? "是" : "否", a.tasks(), a.closed(), a.note()));
        }
        return write(caller, "assessment", "整改评估", List.of("被巡察单位", "得分", "分项得分", "等次", "典型案例", "整改任务", "已销号", "说明"), rows);
    }

    /** The talks the ranking opened, newest first as the page ({@code roundId} absent: every round). */
    public byte[] talks(Caller caller, Long roundId) {
        caller.require(EvaluationPermissions.READ);
        List<Talk> all = Page.all(null, TalkService.SORTABLE, "-id", r -> talks.talks(caller, roundId, r));
        Map<Long, String> people = names.personNames(all.stream().map(Talk::leaderPersonId).distinct().toList());
        List<List<Object>> rows = new ArrayList<>();
        for (Talk t : all) {
            rows.add(Arrays.asList(people.getOrDefault(t.leaderPersonId(), "人员" + t.leaderPersonId()), t.reason(), t.openedAt(),
                    t.heldOn() == null ? "未约谈" : t.heldOn(), t.heldBy(), t.followUp()));
        }
        return write(caller, "talk", "约谈记录", List.of("组长", "约谈事由", "建立时间", "约谈日期", "约谈人", "后续跟进"), rows);
    }

    private byte[] write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        byte[] xlsx = sheets.write(List.of(new SpreadsheetService.Sheet(name, name + "（导出日期 " + store.today() + "）", header, rows)));
        store.audit(caller, AuditAction.EXPORT, type, null, "导出" + name + " " + rows.size() + " 条");
        return xlsx;
    }
}
