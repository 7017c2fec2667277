package org.xuncha.personnelpools.internal.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.SecondmentService;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingService;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The 抽调 and 培训 lists as the spreadsheets an office files (Chinese headers), read through the same
 * services as the pages, so in the caller's scope and with the page's filters; each export audited.
 */
@Component(service = ListExports.class)
public class ListExports {

    private final ModuleStore store;
    private final SpreadsheetService sheets;
    private final SecondmentService secondments;
    private final TrainingService trainings;

    @Activate
    public ListExports(@Reference Store store, @Reference SpreadsheetService sheets, @Reference SecondmentService secondments,
                       @Reference TrainingService trainings) {
        this.store = store.db();
        this.sheets = sheets;
        this.secondments = secondments;
        this.trainings = trainings;
    }

    /** A round's secondments, as the page lists them under the round. */
    public byte[] secondments(Caller caller, long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        List<List<Object>> rows = new ArrayList<>();
        for (Secondment s : secondments.secondments(caller, roundId)) {
            rows.add(Arrays.asList(s.personName(), s.role() == null ? null : s.role().nameZh(),
                    s.exceptions().stream().map(Finding::ruleZh).collect(Collectors.joining("；")), s.justification(), s.fieldStart(), s.fieldEnd()));
        }
        return write(caller, "secondment", "抽调名单", List.of("姓名", "组内职务", "例外情形", "例外理由", "进驻日期", "撤离日期"), rows);
    }

    /** Trainings filtered as the page's list (year, kind, round), by date. */
    public byte[] trainings(Caller caller, Integer year, TrainingKind kind, Long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        List<List<Object>> rows = new ArrayList<>();
        for (Training t : Page.all("date", TrainingService.SORTABLE, "date", r -> trainings.trainings(caller, year, kind, roundId, r))) {
            long attended = t.attendees().stream().filter(Training.Attendee::attended).count();
            rows.add(Arrays.asList(t.date(), t.kind().nameZh(), t.title(), t.trainerName(), t.hours(), t.location(), attended, t.attendees().size()));
        }
        return write(caller, "training", "培训日历", List.of("日期", "类型", "培训主题", "授课人", "学时", "地点", "已签到", "应到"), rows);
    }

    private byte[] write(Caller caller, String type, String name, List<String> header, List<List<Object>> rows) {
        byte[] xlsx = sheets.write(List.of(new SpreadsheetService.Sheet(name, name + "（导出日期 " + store.today() + "）", header, rows)));
        store.audit(caller, AuditAction.EXPORT, type, null, "导出" + name + " " + rows.size() + " 条");
        return xlsx;
    }
}
