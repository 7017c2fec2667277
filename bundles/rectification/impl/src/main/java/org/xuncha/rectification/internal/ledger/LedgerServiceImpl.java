package org.xuncha.rectification.internal.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Figures;
import org.xuncha.rectification.api.Ledger;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.LedgerQuery;
import org.xuncha.rectification.api.LedgerService;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.ReportKind;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Rounds;
import org.xuncha.rectification.internal.Settings;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.handover.HandoverEntity;
import org.xuncha.rectification.internal.task.TaskEntity;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Ledgers and the two-month clock. The feedback day is round planning's, read through its
 * directory when the ledger is opened and kept with the ledger; the due day is computed from it and
 * the configured months whenever a ledger is read, so changing the setting moves every due day at once.
 */
@Component(service = LedgerService.class)
public class LedgerServiceImpl implements LedgerService {

    private final ModuleStore store;
    private final Access access;
    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final Settings settings;
    private final LedgerExport export;

    @Activate
    public LedgerServiceImpl(@Reference Store store, @Reference Access access, @Reference Rounds rounds,
                             @Reference ReferenceDataService reference, @Reference Settings settings, @Reference LedgerExport export) {
        this.store = store.db();
        this.access = access;
        this.rounds = rounds;
        this.reference = reference;
        this.settings = settings;
        this.export = export;
    }

    @Override
    public Page<Ledger> ledgers(Caller caller, LedgerQuery query, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        LedgerQuery q = query == null ? new LedgerQuery(null, null, null) : query;
        LocalDate today = store.today();
        return store.read(em -> {
            Where w = access.scoped(caller, "l").eq("l.roundId", "roundId", q.roundId()).eq("l.unitId", "unitId", q.unitId());
            if (Boolean.TRUE.equals(q.reportsOverdue())) {
                w.atMost("l.feedbackDate", "lateFeedback", ReportClock.overdueIfFeedbackOnOrBefore(today, settings.reportMonths()))
                        .and("(l.unitReportOn is null or l.leaderReportOn is null)");
            }
            Page<LedgerEntity> found = w.page(em, LedgerEntity.class, "l", Where.orderBy(page, ReportClock.SORT, "l.id"), page);
            Map<Long, long[]> counts = counts(em, found.items().stream().map(l -> l.id).toList(), today);
            return found.map(l -> value(l, counts.getOrDefault(l.id, new long[3]), today));
        });
    }

    @Override
    public Ledger ledger(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        LocalDate today = store.today();
        return store.read(em -> {
            LedgerEntity l = find(em, caller, id);
            return value(l, counts(em, List.of(l.id), today).getOrDefault(l.id, new long[3]), today);
        });
    }

    /** The ledger named by {@code id} in the caller's scope: 404 unknown, 403 outside it. */
    public LedgerEntity find(EntityManager em, Caller caller, long id) {
        LedgerEntity l = em.find(LedgerEntity.class, id);
        if (l == null) {
            throw ApiException.notFound("整改台账", "ledger", id);
        }
        access.require(caller, l.divisionCode, l.groupId, l.unitId);
        return l;
    }

    @Override
    public Ledger open(Caller caller, LedgerDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        ReportClock.check(draft);
        RoundRef round = rounds.round(caller, draft.roundId());
        // the platform's shared check of referenced ids: 400 unknown, 403 outside the caller's divisions, naming unitId
        Unit unit = reference.referencedUnits(caller, Map.of("unitId", draft.unitId())).get("unitId");
        GroupRef group = rounds.groupForTarget(round.id(), unit.id());
        access.require(caller, unit.divisionCode(), group.id(), unit.id());
        if (round.feedbackDate() == null) {
            throw ApiException.conflict("no_feedback", "该轮巡察尚未向被巡察单位反馈，反馈后才能建立整改台账",
                    "The round has not given feedback yet; a ledger is opened after feedback");
        }
        Ledger opened = store.write(em -> {
            long existing = em.createQuery("select count(l) from LedgerEntity l where l.roundId = :r and l.unitId = :u", Long.class)
                    .setParameter("r", round.id()).setParameter("u", unit.id()).getSingleResult();
            if (existing > 0) {
                throw ApiException.conflict("ledger_exists", "该单位本轮巡察的整改台账已建立", "The unit already has a ledger for this round");
            }
            LedgerEntity l = new LedgerEntity();
            l.roundId = round.id();
            l.roundName = cut(round.name(), LedgerEntity.TITLE_LENGTH);
            l.unitId = unit.id();
            l.unitName = cut(unit.name(), LedgerEntity.TITLE_LENGTH);
            l.divisionCode = unit.divisionCode();
            l.groupId = group.id();
            l.principalLeader = ReportClock.trim(draft.principalLeader());
            l.feedbackDate = round.feedbackDate();
            l.openedBy = caller.username();
            l.openedAt = store.now();
            em.persist(l);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "ledger", l.id, "建立整改台账（轮次 " + l.roundId + "，单位 " + l.unitId + "）");
            return value(l, new long[3], store.today());
        });
        store.post(RectificationEvents.LEDGER_OPENED, caller, opened.id(), RectificationEvents.ROUND_ID, opened.roundId(),
                RectificationEvents.UNIT_ID, opened.unitId());
        return opened;
    }

    @Override
    public Ledger receiveReport(Caller caller, long id, ReportReceipt receipt) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        Ledger saved = store.write(em -> {
            LedgerEntity l = find(em, caller, id);
            ReportClock.check(receipt, l.feedbackDate, today);
            if (receipt.report() == ReportKind.UNIT_REPORT) {
                l.unitReportOn = receipt.receivedOn();
            } else {
                l.leaderReportOn = receipt.receivedOn();
            }
            store.audit(em, caller, AuditAction.UPDATE, "ledger", l.id, "收到" + receipt.report().nameZh() + "（" + receipt.receivedOn() + "）");
            return value(l, counts(em, List.of(l.id), today).getOrDefault(l.id, new long[3]), today);
        });
        store.post(RectificationEvents.REPORT_RECEIVED, caller, id, RectificationEvents.ROUND_ID, saved.roundId(),
                RectificationEvents.UNIT_ID, saved.unitId(), RectificationEvents.REPORT, receipt.report().name());
        return saved;
    }

    @Override
    public byte[] export(Caller caller, long id) {
        caller.require(RectificationPermissions.EXPORT);
        Ledger ledger = ledger(caller, id);
        byte[] xlsx = store.read(em -> export.workbook(ledger, em.createQuery(
                "select t from TaskEntity t where t.ledgerId = :l order by t.id", TaskEntity.class).setParameter("l", id).getResultList(),
                store.today(), t -> store.decrypt(t.problem, TaskEntity.place(t.id))));
        store.audit(caller, AuditAction.EXPORT, "ledger", id, "导出整改台账");
        return xlsx;
    }

    @Override
    public Figures figures(Caller caller, Long roundId) {
        caller.require(RectificationPermissions.READ);
        LocalDate today = store.today();
        return store.read(em -> {
            long ledgers = access.scoped(caller, "l").eq("l.roundId", "roundId", roundId).count(em, LedgerEntity.class, "l");
            long overdueReports = access.scoped(caller, "l").eq("l.roundId", "roundId", roundId)
                    .atMost("l.feedbackDate", "lateFeedback", ReportClock.overdueIfFeedbackOnOrBefore(today, settings.reportMonths()))
                    .and("(l.unitReportOn is null or l.leaderReportOn is null)").count(em, LedgerEntity.class, "l");
            Where tasks = access.scoped(caller, "t").eq("t.roundId", "roundId", roundId);
            long all = tasks.count(em, TaskEntity.class, "t");
            long closed = access.scoped(caller, "t").eq("t.roundId", "roundId", roundId).eq("t.status", "status", TaskStatus.CLOSED)
                    .count(em, TaskEntity.class, "t");
            long overdue = access.scoped(caller, "t").eq("t.roundId", "roundId", roundId).and("t.status <> :closedStatus")
                    .param("closedStatus", TaskStatus.CLOSED).and("t.deadline < :today").param("today", today).count(em, TaskEntity.class, "t");
            long handovers = access.scopedByUnit(caller, "h").eq("h.roundId", "roundId", roundId).count(em, HandoverEntity.class, "h");
            return new Figures(ledgers, all, closed, overdue, overdueReports, handovers);
        });
    }

    /** Per ledger: tasks, closed, overdue; one grouped query for a page of ledgers. */
    private static Map<Long, long[]> counts(EntityManager em, List<Long> ledgerIds, LocalDate today) {
        if (ledgerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select t.ledgerId, count(t), "
                        + "sum(case when t.status = :closed then 1 else 0 end), "
                        + "sum(case when t.status <> :closed and t.deadline < :today then 1 else 0 end) "
                        + "from TaskEntity t where t.ledgerId in :ids group by t.ledgerId", Object[].class)
                .setParameter("closed", TaskStatus.CLOSED).setParameter("today", today).setParameter("ids", ledgerIds).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows) {
            counts.put(((Number) r[0]).longValue(), new long[] {n(r[1]), n(r[2]), n(r[3])});
        }
        return counts;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private Ledger value(LedgerEntity l, long[] counts, LocalDate today) {
        LocalDate due = ReportClock.due(l.feedbackDate, settings.reportMonths());
        return new Ledger(l.id, l.roundId, l.roundName, l.unitId, l.unitName, l.divisionCode, l.groupId, l.principalLeader, l.feedbackDate,
                due, l.unitReportOn, ReportClock.status(l.unitReportOn, due, today), l.leaderReportOn,
                ReportClock.status(l.leaderReportOn, due, today), counts[0], counts[1], counts[2], l.openedBy, l.openedAt);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
