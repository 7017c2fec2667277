package org.xuncha.leadtransfer.internal.lead;

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
import org.xuncha.leadtransfer.internal.Settings;

/**
 * Checks at an interval (setting {@code overdueCheckSeconds}) for leads that passed their feedback
 * deadline, on the platform clock, and has an event posted for each. Rescheduled when the setting
 * changes.
 */
@Component(service = {}, immediate = true, configurationPid = Settings.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class OverdueWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueWatcher.class);

    private final OverdueService overdue;
    private final ScheduledExecutorService executor;
    private ScheduledFuture<?> task;
    private int interval;

    @Activate
    public OverdueWatcher(@Reference OverdueService overdue, Settings.Config config) {
        this.overdue = overdue;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xuncha-lead-overdue");
            t.setDaemon(true);
            return t;
        });
        schedule(config);
    }

    @Modified
    synchronized void schedule(Settings.Config config) {
        int seconds = Math.max(1, config.overdueCheckSeconds());
        if (task != null && seconds == interval) {
            return;
        }
        if (task != null) {
            task.cancel(false);
        }
        interval = seconds;
        // The first check soon after start, so a restart never delays an overdue notice by a whole interval.
        task = executor.scheduleWithFixedDelay(this::check, Math.min(seconds, 10), seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private void check() {
        try {
            int n = overdue.notifyOverdue();
            if (n > 0) {
                LOG.info("{} lead(s) passed their feedback deadline", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue check failed: {}", e.toString());
        }
    }
}
