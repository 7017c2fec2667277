package org.xuncha.roundplanning.internal.history;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.group.GroupEntity;
import org.xuncha.roundplanning.internal.history.HistorySheet.PastRound;
import org.xuncha.roundplanning.internal.history.HistorySheet.PastTarget;
import org.xuncha.roundplanning.internal.round.ApprovalEntity;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.round.RoundService;
import org.xuncha.roundplanning.internal.round.StageChangeEntity;
import org.xuncha.roundplanning.internal.target.TargetEntity;
import org.xuncha.roundplanning.internal.term.TermEntity;

/**
 * History import (历史数据导入): the past rounds of a term, with their groups and targets and the real
 * days of plan approval, entry, end of fieldwork and feedback, from the template's workbook or the same
 * columns as CSV. The whole file is checked first, the database included; one wrong row imports
 * nothing. Then everything is written in one transaction and audited as one import. The plan's two
 * approvals (leading group, committee) are recorded on the day the file gives, by the importing
 * account, which is why the import has a permission of its own (given to the office leader only).
 * No events are posted: other modules learn nothing new from the past.
 */
@Component(service = HistoryImport.class)
public class HistoryImport {

    /** Stamped on the past approvals and stage changes, so that nobody takes them for live decisions. */
    static final String NOTE = "历史数据导入";

    /** What an import answers: the ids it created, or the row errors that stopped it. */
    public record Report(int rows, List<Long> roundIds, List<Long> groupIds, int targets, List<ImportReport.RowError> errors) {
    }

    private final ModuleStore db;
    private final ReferenceDataService reference;
    private final SpreadsheetService spreadsheets;

    @Activate
    public HistoryImport(@Reference Store store, @Reference ReferenceDataService reference, @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.reference = reference;
        this.spreadsheets = spreadsheets;
    }

    /** The rows of an xlsx workbook's first sheet or of a UTF-8 CSV file. */
    public List<List<String>> rows(byte[] file) {
        return ImportSheet.rows(spreadsheets, file);
    }

    /** The job's copy of the upload. */
    static byte[] bytes(InputStream file) {
        try {
            return file.readAllBytes();
        } catch (IOException e) {
            throw notReadable();
        }
    }

    private static ApiException notReadable() {
        return ApiException.badRequest("not_readable", "无法读取上传的文件，请上传Excel（.xlsx）或CSV（UTF-8）文件",
                "The upload could not be read; send an Excel (.xlsx) or CSV (UTF-8) file");
    }

    /** @param progress told the rows read so far, may be null */
    public Report run(Caller caller, long termId, InputStream file, IntConsumer progress) {
        caller.require(RoundPlanningPermissions.HISTORY_IMPORT);
        List<List<String>> rows = rows(bytes(file));
        HistorySheet sheet = HistorySheet.of(rows);
        TermEntity term = db.read(em -> {
            TermEntity t = TermEntity.load(em, termId);
            caller.requireDivision(t.divisionCode);
            return t;
        });
        List<PastRound> rounds = sheet.rounds(rows, term.startDate, term.endDate, db.today(), progress);
        Map<String, Long> units = units(caller, sheet, rounds);
        return db.write(em -> {
            checkNumbersFree(em, sheet, termId, rounds);
            if (!sheet.ok()) {
                return new Report(rows.size() - 1, List.of(), List.of(), 0, sheet.errors());
            }
            return write(em, caller, TermEntity.load(em, termId), rounds, units, rows.size() - 1);
        });
    }

    /** The units the file names, by code, each one that is unknown or outside the caller's scope named at its row. */
    private Map<String, Long> units(Caller caller, HistorySheet sheet, List<PastRound> rounds) {
        Set<String> wanted = HistorySheet.unitCodes(rounds);
        Map<String, Long> ids = new HashMap<>();
        if (!wanted.isEmpty()) {
            for (Unit u : reference.allUnits(caller, UnitQuery.all())) {
                if (wanted.contains(u.code())) {
                    ids.put(u.code(), u.id());
                }
            }
        }
        for (PastRound r : rounds) {
            for (PastTarget t : r.targets()) {
                if (!t.unitCode().isEmpty() && !ids.containsKey(t.unitCode())) {
                    sheet.add(t.row(), HistorySheet.UNIT, "not_found", "被巡察单位不存在或不在您的数据范围内：" + t.unitCode(),
                            "unit not found or outside your data scope: " + t.unitCode());
                }
            }
        }
        return ids;
    }

    private static void checkNumbersFree(EntityManager em, HistorySheet sheet, long termId, List<PastRound> rounds) {
        Set<Integer> taken = new HashSet<>(em.createQuery("select r.number from RoundEntity r where r.termId = :t", Integer.class)
                .setParameter("t", termId).getResultList());
        for (PastRound r : rounds) {
            if (taken.contains(r.number())) {
                sheet.add(r.row(), HistorySheet.NUMBER, "duplicate_number", "本届已有第" + r.number() + "轮巡察",
                        "The term already has round " + r.number());
            }
        }
    }

    private Report write(EntityManager em, Caller caller, TermEntity term, List<PastRound> rounds, Map<String, Long> units, int rowCount) {
        List<Long> roundIds = new ArrayList<>();
        List<Long> groupIds = new ArrayList<>();
        int targets = 0;
        for (PastRound p : rounds) {
            RoundEntity r = round(caller, term, p);
            em.persist(r);
            em.flush();
            roundIds.add(r.id);
            approval(em, caller, r.id, ApprovalBody.LEADING_GROUP, p);
            approval(em, caller, r.id, ApprovalBody.COMMITTEE, p);
            stages(em, caller, r.id, p);
            Map<String, Long> groups = new HashMap<>();
            for (PastTarget t : p.targets()) {
                Long groupId = groups.computeIfAbsent(t.group(), name -> {
                    GroupEntity g = new GroupEntity();
                    g.roundId = r.id;
                    g.name = name;
                    em.persist(g);
                    em.flush();
                    groupIds.add(g.id);
                    return g.id;
                });
                TargetEntity target = new TargetEntity();
                target.roundId = r.id;
                target.unitId = units.get(t.unitCode());
                target.groupId = groupId;
                target.rectificationReportDate = t.reported();
                em.persist(target);
                targets++;
            }
        }
        em.flush();
        db.audit(em, caller, AuditAction.IMPORT, "term", term.id, "导入历史轮次：" + rounds.size() + "轮、" + groupIds.size() + "个巡察组、"
                + targets + "个被巡察单位（轮次 " + roundIds + "）");
        return new Report(rowCount, roundIds, groupIds, targets, List.of());
    }

    private RoundEntity round(Caller caller, TermEntity term, PastRound p) {
        RoundEntity r = new RoundEntity();
        r.termId = term.id;
        r.divisionCode = term.divisionCode;
        r.number = p.number();
        r.name = p.name().isEmpty() ? RoundService.defaultName(term.name, p.number()) : p.name();
        r.type = p.type();
        r.stage = p.stage();
        r.stageSince = p.feedback() != null && p.stage().ordinal() >= Stage.FEEDBACK.ordinal() ? p.feedback()
                : p.end() != null && p.stage().ordinal() >= Stage.REPORT.ordinal() ? p.end() : p.entry();
        r.plannedStart = p.entry();
        r.plannedEnd = p.end() != null ? p.end() : p.entry();
        r.actualStart = p.entry();
        r.actualEnd = p.stage().ordinal() >= Stage.REPORT.ordinal() ? p.end() : null;
        r.feedbackDate = p.stage().ordinal() >= Stage.FEEDBACK.ordinal() ? p.feedback() : null;
        r.planStatus = PlanStatus.APPROVED;
        r.createdBy = caller.username();
        r.createdAt = db.now();
        return r;
    }

    private void approval(EntityManager em, Caller caller, long roundId, ApprovalBody body, PastRound p) {
        ApprovalEntity a = new ApprovalEntity();
        a.roundId = roundId;
        a.body = body;
        a.approved = true;
        a.opinion = NOTE;
        a.actor = caller.username();
        a.actorName = caller.displayName();
        a.at = p.approved().atStartOfDay();
        em.persist(a);
    }

    /** The stage changes the file's days stand for: entry, end of fieldwork, feedback, then the stage reached. */
    private void stages(EntityManager em, Caller caller, long roundId, PastRound p) {
        Stage at = Stage.PREPARATION;
        at = stage(em, caller, roundId, at, Stage.ENTRY, p.entry());
        if (p.stage().ordinal() >= Stage.REPORT.ordinal()) {
            at = stage(em, caller, roundId, at, Stage.REPORT, p.end());
        }
        if (p.stage().ordinal() >= Stage.FEEDBACK.ordinal()) {
            at = stage(em, caller, roundId, at, Stage.FEEDBACK, p.feedback());
        }
        if (at != p.stage()) {
            stage(em, caller, roundId, at, p.stage(), p.feedback() != null ? p.feedback() : p.end() != null ? p.end() : p.entry());
        }
    }

    private Stage stage(EntityManager em, Caller caller, long roundId, Stage from, Stage to, java.time.LocalDate date) {
        StageChangeEntity s = new StageChangeEntity();
        s.roundId = roundId;
        s.from = from;
        s.to = to;
        s.date = date;
        s.reason = NOTE;
        s.actor = caller.username();
        s.actorName = caller.displayName();
        s.at = db.now();
        em.persist(s);
        return to;
    }

    /** The template: the columns and example rows of one past round. */
    public byte[] template() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("历史轮次", null, HistorySheet.COLUMNS, HistorySheet.example())));
    }
}
