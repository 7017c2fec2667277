package org.xuncha.roundplanning.internal.deadline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.internal.Store;

/**
 * Checks every {@code overdueCheckSeconds} for overdue items and posts
 * {@link RoundEvents#DEADLINE_OVERDUE} once per item: the items announced are remembered in the
 * database, so neither a later check nor a restart announces one again. An item whose due day
 * changes (a corrected stage) is a new item.
 */
@Component(service = {}, configurationPid = RoundPlanningConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public class OverdueMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueMonitor.class);
    private static final Caller SYSTEM = Caller.system(RoundEvents.MODULE + ":deadlines");

    private final DeadlineService deadlines;
    private final ModuleStore db;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xuncha-round-deadlines");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> task;

    @Activate
    public OverdueMonitor(@Reference DeadlineService deadlines, @Reference Store store, RoundPlanningConfig config) {
        this.deadlines = deadlines;
        this.db = store.db();
        schedule(config);
    }

    @Modified
    synchronized void schedule(RoundPlanningConfig config) {
        if (task != null) {
            task.cancel(false);
        }
        long period = Math.max(1, config.overdueCheckSeconds());
        task = scheduler.scheduleWithFixedDelay(this::checkQuietly, Math.min(period, 30), period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void checkQuietly() {
        try {
            int raised = check();
            if (raised > 0) {
                LOG.info("{} overdue items announced", raised);
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue check failed: {}", e.toString());
        }
    }

    /** Announces the overdue items not announced before; returns how many. */
    int check() {
        List<Deadline> overdue = deadlines.overdue(SYSTEM);
        if (overdue.isEmpty()) {
            return 0;
        }
        List<Deadline> fresh = db.write(em -> {
            Set<String> seen = new HashSet<>(em.createQuery("select n.itemKey from OverdueNoticeEntity n where n.itemKey in :k", String.class)
                    .setParameter("k", overdue.stream().map(Deadline::key).toList()).getResultList());
            List<Deadline> unseen = newItems(overdue, seen);
            for (Deadline d : unseen) {
                OverdueNoticeEntity n = new OverdueNoticeEntity();
                n.itemKey = d.key();
                n.roundId = d.roundId();
                n.raisedAt = db.now();
                em.persist(n);
            }
            return unseen;
        });
        for (Deadline d : fresh) {
            db.post(RoundEvents.DEADLINE_OVERDUE, SYSTEM, d.roundId(), RoundEvents.ROUND_ID, d.roundId(), RoundEvents.TO, d.stage().name(),
                    RoundEvents.DUE, d.due().toString(), RoundEvents.KIND, d.kind().name(), RoundEvents.UNIT_ID, d.unitId());
        }
        return fresh.size();
    }

    /** The items not announced yet, each once even if listed twice. */
    static List<Deadline> newItems(List<Deadline> overdue, Set<String> announced) {
        Set<String> seen = new HashSet<>(announced);
        return overdue.stream().filter(d -> seen.add(d.key())).toList();
    }
}
