package org.xuncha.rectification.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.RectificationStatistics;

/** {@code xuncha:rectification-stats [-b ROUND|UNIT|DIVISION] [-r round]}: tasks, closed, overdue and closure rate. */
@Service
@Command(scope = "xuncha", name = "rectification-stats", description = "整改统计 / Rectification figures per round, unit or division")
public class StatsCommand implements Action {

    @Option(name = "-b", aliases = "--by", description = "ROUND (default), UNIT or DIVISION")
    String by;

    @Option(name = "-r", aliases = "--round", description = "one round only")
    Long roundId;

    @Reference
    RectificationStatistics statistics;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Breakdown.By dimension = by == null ? Breakdown.By.ROUND : Breakdown.By.valueOf(by.trim().toUpperCase(java.util.Locale.ROOT));
        for (Breakdown b : statistics.breakdown(callers.console(), dimension, roundId)) {
            System.out.println(b.key() + "\t" + b.name() + "\ttasks " + b.tasks() + "\tclosed " + b.closed() + "\toverdue " + b.overdue()
                    + "\tclosure rate " + b.closureRate() + "%");
        }
        return null;
    }
}
