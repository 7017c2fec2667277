package org.xuncha.rectification.internal.alert;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.rectification.internal.Settings;

/**
 * Runs {@link AlertService#sweep()} at the interval of {@code alertCheckSeconds}, the first soon after
 * start so that a restart never delays an alert by a whole interval; rescheduled when it changes.
 */
@Component(service = {}, immediate = true, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class AlertWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWatcher.class);

    private final AlertService alerts;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> task;
    private int interval;

    @Activate
    public AlertWatcher(@Reference AlertService alerts, Settings.Config config) {
        this.alerts = alerts;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-rectification-alerts");
            t.setDaemon(true);
            return t;
        });
        schedule(config);
    }

    @Modified
    synchronized void schedule(Settings.Config config) {
        int seconds = Math.max(1, config.alertCheckSeconds());
        if (task != null && seconds == interval) {
            return;
        }
        if (task != null) {
            task.cancel(false);
        }
        interval = seconds;
        task = executor.scheduleWithFixedDelay(this::check, Math.min(seconds, 30), seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private void check() {
        try {
            AlertService.Sweep s = alerts.sweep();
            if (s.reminders() + s.reportsOverdue() + s.tasksOverdue() > 0) {
                LOG.info("rectification alerts: {} reminder(s), {} ledger(s) with overdue reports, {} overdue task(s)", s.reminders(),
                        s.reportsOverdue(), s.tasksOverdue());
            }
        } catch (RuntimeException e) {
            LOG.warn("Rectification alert check failed: {}", e.toString());
        }
    }
}
