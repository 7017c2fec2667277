package org.xuncha.rectification.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.rectification.api.RectificationStatistics;

/** {@code xuncha:rectification-unit <unitId> [-r round]}: a unit's ledgers, one line each, in the console user's scope. */
@Service
@Command(scope = "xuncha", name = "rectification-unit", description = "单位整改台账汇总 / A unit's ledgers summed up")
public class UnitCommand implements Action {

    @Argument(index = 0, name = "unitId", description = "inspected unit id", required = true)
    long unitId;

    @Option(name = "-r", aliases = "--round", description = "one round only")
    Long roundId;

    @Reference
    RectificationStatistics statistics;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        java.util.List<LedgerSummary> ledgers = statistics.summaries(callers.console(), roundId, unitId);
        System.out.println("ledgers: " + ledgers.size());
        for (LedgerSummary l : ledgers) {
            System.out.println(l.ledgerId() + "\t" + l.unitName() + " / " + l.roundName() + ": tasks " + l.tasks() + ", closed " + l.closed()
                    + ", overdue " + l.overdue() + ", closure rate " + l.closureRate() + "%; reports due " + l.reportsDue() + " (unit "
                    + l.unitReport() + ", leader " + l.leaderReport() + ")");
        }
        return null;
    }
}
