package org.xuncha.rectification.internal.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Settings;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.ledger.ReportClock;
import org.xuncha.rectification.internal.task.TaskEntity;

/**
 * Reminders and overdue alerts on the platform clock, each posted once: a ledger's reports due within
 * the reminder days ({@code report_due_soon}), reports not received by their due day
 * ({@code report_overdue}), open tasks past their deadline ({@code task_overdue}; again after the
 * office moves the deadline). The marks and the events: marked in one transaction, posted after it.
 */
@Component(service = AlertService.class)
public class AlertService {

    /** What one check posted. */
    public record Sweep(int reminders, int reportsOverdue, int tasksOverdue) {
    }

    private record Alert(String topic, long id, long roundId, long unitId, long ledgerId, LocalDate due) {
    }

    private static final Caller SYSTEM = Caller.system("rectification-alerts");

    private final ModuleStore store;
    private final Settings settings;

    @Activate
    public AlertService(@Reference Store store, @Reference Settings settings) {
        this.store = store.db();
        this.settings = settings;
    }

    public Sweep sweep() {
        LocalDate today = store.today();
        int months = settings.reportMonths();
        int reminderDays = settings.reminderDays();
        List<Alert> alerts = store.write(em -> {
            List<Alert> out = new ArrayList<>();
            List<LedgerEntity> pending = em.createQuery("select l from LedgerEntity l where (l.unitReportOn is null or l.leaderReportOn is null) "
                    + "and l.reportAlertedOn is null order by l.id", LedgerEntity.class).getResultList();
            for (LedgerEntity l : pending) {
                LocalDate due = ReportClock.due(l.feedbackDate, months);
                if (due.isBefore(today)) {
                    l.reportAlertedOn = today;
                    out.add(new Alert(RectificationEvents.REPORT_OVERDUE, l.id, l.roundId, l.unitId, l.id, due));
                } else if (l.remindedOn == null && reminderDays > 0 && !today.isBefore(due.minusDays(reminderDays))) {
                    l.remindedOn = today;
                    out.add(new Alert(RectificationEvents.REPORT_DUE_SOON, l.id, l.roundId, l.unitId, l.id, due));
                }
            }
            List<TaskEntity> late = em.createQuery("select t from TaskEntity t where t.status <> :closed and t.deadline < :today "
                    + "and t.overdueAlertedOn is null order by t.id", TaskEntity.class).setParameter("closed", TaskStatus.CLOSED)
                    .setParameter("today", today).getResultList();
            for (TaskEntity t : late) {
                t.overdueAlertedOn = today;
                out.add(new Alert(RectificationEvents.TASK_OVERDUE, t.id, t.roundId, t.unitId, t.ledgerId, t.deadline));
            }
            em.flush();
            return out;
        });
        int reminders = 0;
        int reports = 0;
        for (Alert a : alerts) {
            store.post(a.topic(), SYSTEM, a.id(), RectificationEvents.ROUND_ID, a.roundId(), RectificationEvents.UNIT_ID, a.unitId(),
                    RectificationEvents.LEDGER_ID, a.ledgerId(), RectificationEvents.DUE, a.due().toString());
            reminders += a.topic().equals(RectificationEvents.REPORT_DUE_SOON) ? 1 : 0;
            reports += a.topic().equals(RectificationEvents.REPORT_OVERDUE) ? 1 : 0;
        }
        return new Sweep(reminders, reports, alerts.size() - reminders - reports);
    }
}
