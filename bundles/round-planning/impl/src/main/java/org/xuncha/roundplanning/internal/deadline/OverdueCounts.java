package org.xuncha.roundplanning.internal.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Stage;

/**
 * How many time limits are past due, per kind, with the earliest due day: the figures of
 * {@link DeadlineService#overdue} from two counting queries instead of loading every round and its targets
 * (the home page's to-do asks on every visit). Each stage's limit "due before today" is turned into a
 * condition on the stored date it counts from; {@link DeadlineServiceTest} holds both ways to the same answers.
 */
public final class OverdueCounts {

    /** The figures of one kind: how many, and the earliest due day among them. */
    public record Count(long count, LocalDate earliest) {
    }

    private static final List<Stage> AFTER_FEEDBACK = List.of(Stage.FEEDBACK, Stage.TRANSFER, Stage.RECTIFICATION, Stage.ASSESSMENT);

    private OverdueCounts() {
    }

    static Map<Deadline.Kind, Count> of(EntityManager em, Caller caller, DeadlineRules rules, LocalDate today) {
        Map<Deadline.Kind, Count> result = new EnumMap<>(Deadline.Kind.class);
        Count stages = stages(em, caller, rules, today);
        if (stages.count() > 0) {
            result.put(Deadline.Kind.STAGE, stages);
        }
        Count reports = reports(em, caller, rules, today);
        if (reports.count() > 0) {
            result.put(Deadline.Kind.RECTIFICATION_REPORT, reports);
        }
        return result;
    }

    /** Rounds whose stage limit (see {@link DeadlineRules#stageDue}) is before today, grouped by stage for the earliest day. */
    private static Count stages(EntityManager em, Caller caller, DeadlineRules rules, LocalDate today) {
        Where w = Where.scoped(caller, "r.divisionCode", null, "r.id")
                .param("today", today).param("entryCut", today.minusDays(rules.entryDays()))
                .param("fieldCut", today.minusDays(rules.fieldworkDays())).param("reportCut", today.minusDays(rules.reportDays()))
                .param("feedbackCut", today.minusDays(rules.feedbackDays())).param("transferCut", today.minusDays(rules.transferDays()))
                .param("assessCut", today.minusDays(rules.assessmentDays()))
                .param("rectCut", lastBefore(today, rules.rectificationMonths()))
                .param("preparation", Stage.PREPARATION).param("entry", Stage.ENTRY).param("fieldwork", Stage.FIELDWORK)
                .param("report", Stage.REPORT).param("feedback", Stage.FEEDBACK).param("transfer", Stage.TRANSFER)
                .param("rectification", Stage.RECTIFICATION).param("assessment", Stage.ASSESSMENT)
                .and("((r.stage = :preparation and r.plannedStart < :today)"
                        + " or (r.stage = :entry and r.stageSince < :entryCut)"
                        + " or (r.stage = :fieldwork and coalesce(r.actualStart, r.stageSince) < :fieldCut)"
                        + " or (r.stage = :report and r.stageSince < :reportCut)"
                        + " or (r.stage = :feedback and r.stageSince < :feedbackCut)"
                        + " or (r.stage = :transfer and r.stageSince < :transferCut)"
                        + " or (r.stage = :rectification and r.feedbackDate <= :rectCut)"
                        + " or (r.stage = :assessment and r.stageSince < :assessCut))");
        List<Object[]> rows = w.bind(em.createQuery("select r.stage, count(r), min(r.plannedStart), min(r.stageSince),"
                + " min(coalesce(r.actualStart, r.stageSince)), min(r.feedbackDate) from RoundEntity r" + w.sql() + " group by r.stage",
                Object[].class)).getResultList();
        long count = 0;
        List<LocalDate> dues = new ArrayList<>();
        for (Object[] row : rows) {
            count += (Long) row[1];
            dues.add(earliest(rules, (Stage) row[0], (LocalDate) row[2], (LocalDate) row[3], (LocalDate) row[4], (LocalDate) row[5]));
        }
        return new Count(count, dues.stream().min(LocalDate::compareTo).orElse(null));
    }

    /** The earliest due day among a stage's overdue rounds, from the earliest of the date its limit counts from. */
    private static LocalDate earliest(DeadlineRules rules, Stage stage, LocalDate planned, LocalDate since, LocalDate start, LocalDate feedback) {
        return switch (stage) {
            case PREPARATION -> planned;
            case ENTRY -> since.plusDays(rules.entryDays());
            case FIELDWORK -> start.plusDays(rules.fieldworkDays());
            case REPORT -> since.plusDays(rules.reportDays());
            case FEEDBACK -> since.plusDays(rules.feedbackDays());
            case TRANSFER -> since.plusDays(rules.transferDays());
            case RECTIFICATION -> feedback.plusMonths(rules.rectificationMonths());
            case ASSESSMENT -> since.plusDays(rules.assessmentDays());
            case ARCHIVE -> throw new IllegalStateException("an archived round has no limit");
        };
    }

    /** Targets of rounds past feedback whose rectification report, due some months after feedback, has not arrived. */
    private static Count reports(EntityManager em, Caller caller, DeadlineRules rules, LocalDate today) {
        Where w = Where.scoped(caller, "r.divisionCode", null, "r.id").in("r.stage", "afterFeedback", AFTER_FEEDBACK)
                .and("r.feedbackDate <= :reportCut", "reportCut", lastBefore(today, rules.rectificationReportMonths()))
                .and("t.rectificationReportDate is null");
        if (caller.scope().groupLimited()) {
            w.in("t.unitId", "scopeUnits", caller.scope().group().unitIds());
        }
        Object[] row = w.bind(em.createQuery("select count(t), min(r.feedbackDate) from TargetEntity t, RoundEntity r"
                + w.sql() + " and t.roundId = r.id", Object[].class)).getSingleResult();
        long count = (Long) row[0];
        return new Count(count, count == 0 ? null : ((LocalDate) row[1]).plusMonths(rules.rectificationReportMonths()));
    }

    /**
     * The last day {@code d} with {@code d.plusMonths(months)} before {@code today}: {@code plusMonths} clamps to a month's
     * end (31 January + 1 month = 28 February), so {@code today.minusMonths(months)} alone would be off by up to three days.
     */
    static LocalDate lastBefore(LocalDate today, int months) {
        LocalDate d = today.minusMonths(months).plusDays(3);
        while (!d.plusMonths(months).isBefore(today)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
