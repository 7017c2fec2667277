package org.xuncha.roundplanning.internal.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;

/**
 * Time limits of a round, from configuration (PID {@code org.xuncha.roundplanning}). Each stage but
 * the last has a day by which the round should have moved on:
 * <ul>
 * <li>准备: the planned first day of fieldwork;</li>
 * <li>进驻: {@code entryDays} after entry;</li>
 * <li>了解: {@code fieldworkDays} after entry (fieldwork as a whole, about 30–40 days);</li>
 * <li>报告, 反馈, 移交, 评估: {@code reportDays}, {@code feedbackDays}, {@code transferDays},
 *     {@code assessmentDays} after the stage began;</li>
 * <li>整改: {@code rectificationMonths} after feedback.</li>
 * </ul>
 * From feedback on (until the round is archived), each target's rectification report is due
 * {@code rectificationReportMonths} after feedback until it is recorded as received. A limit is
 * overdue from the day after its due day.
 */
public record DeadlineRules(int entryDays, int fieldworkDays, int reportDays, int feedbackDays, int transferDays,
                            int rectificationMonths, int rectificationReportMonths, int assessmentDays) {

    public static final DeadlineRules DEFAULTS = new DeadlineRules(7, 40, 30, 15, 30, 3, 2, 30);

    /** The round's current limits as of {@code today}: its stage's, and the rectification reports still due. */
    public List<Deadline> deadlines(Round round, List<Target> targets, LocalDate today) {
        List<Deadline> result = new ArrayList<>();
        LocalDate due = stageDue(round);
        if (due != null) {
            result.add(new Deadline(round.id(), round.name(), Deadline.Kind.STAGE, round.stage(), null, null, due, overdue(due, today)));
        }
        if (round.feedbackDate() != null && round.stage().ordinal() >= Stage.FEEDBACK.ordinal() && round.stage() != Stage.ARCHIVE) {
            LocalDate reportDue = round.feedbackDate().plusMonths(rectificationReportMonths);
            for (Target t : targets) {
                if (t.rectificationReportDate() == null) {
                    result.add(new Deadline(round.id(), round.name(), Deadline.Kind.RECTIFICATION_REPORT, Stage.RECTIFICATION,
                            t.unitId(), t.unitName(), reportDue, overdue(reportDue, today)));
                }
            }
        }
        return result;
    }

    /** The day by which the round should leave its current stage; null when there is none (archived, or no date to count from). */
    public LocalDate stageDue(Round r) {
        LocalDate since = r.stageSince();
        return switch (r.stage()) {
            case PREPARATION -> r.plannedStart();
            case ENTRY -> plusDays(since, entryDays);
            case FIELDWORK -> plusDays(r.actualStart() != null ? r.actualStart() : since, fieldworkDays);
            case REPORT -> plusDays(since, reportDays);
            case FEEDBACK -> plusDays(since, feedbackDays);
            case TRANSFER -> plusDays(since, transferDays);
            case RECTIFICATION -> r.feedbackDate() == null ? null : r.feedbackDate().plusMonths(rectificationMonths);
            case ASSESSMENT -> plusDays(since, assessmentDays);
            case ARCHIVE -> null;
        };
    }

    private static LocalDate plusDays(LocalDate d, int days) {
        return d == null ? null : d.plusDays(days);
    }

    private static long overdue(LocalDate due, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }
}
