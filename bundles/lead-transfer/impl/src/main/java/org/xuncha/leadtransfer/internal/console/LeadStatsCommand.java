package org.xuncha.leadtransfer.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries;
import org.xuncha.leadtransfer.internal.stats.StatisticsService;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "lead-stats", description = "问题线索统计 / Problem and lead figures")
public class LeadStatsCommand implements Action {

    @Reference
    StatisticsService statistics;

    @Reference
    CallerResolver callers;

    @Option(name = "--by", description = "分组 / break down by: TOTAL, TERM, ROUND, GROUP, UNIT, CATEGORY, YEAR")
    StatisticsQueries.Dimension by = StatisticsQueries.Dimension.ROUND;

    @Option(name = "--term", description = "届次ID / term id")
    Long term;

    @Option(name = "--year", description = "年度 / year")
    Integer year;

    @Override
    public Object execute() {
        StatisticsService.Report r = statistics.report(callers.console(), by,
                new StatisticsService.Query(term, null, null, null, null, year));
        String format = "%-28s %8s %8s %8s %8s %8s %8s %8s%n";
        System.out.printf(format, "", "问题", "线索", "一把手", "处理人次", "移送司法", "主动投案", "逾期");
        for (StatisticsService.Labelled row : r.rows()) {
            print(format, row.labelZh(), row.figures());
        }
        print(format, "合计 total", r.totals());
        return null;
    }

    private static void print(String format, String label, StatisticsQueries.Row f) {
        System.out.printf(format, label, f.problemsFound(), f.leadsTransferred(), f.topLeaderLeads(), f.peopleHandled(), f.prosecuted(),
                f.selfSurrendered(), f.overdueLeads());
    }
}
