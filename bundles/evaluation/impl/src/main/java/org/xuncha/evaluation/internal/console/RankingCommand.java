package org.xuncha.evaluation.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.platform.api.security.CallerResolver;

/** {@code xuncha:evaluation-ranking <round>}: the published ranking of a round, as the console user may read it. */
@Service
@Command(scope = "xuncha", name = "evaluation-ranking", description = "巡察组排名 / The published group ranking of a round")
public class RankingCommand implements Action {

    @Argument(index = 0, name = "round", description = "轮次 id / round id", required = true)
    long roundId;

    @Reference
    EvaluationReports reports;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        RoundRanking r = reports.ranking(callers.console(), roundId).orElse(null);
        if (r == null) {
            System.out.println("本轮排名尚未发布 / not published: round " + roundId);
            return null;
        }
        System.out.println(r.roundName() + "  (" + r.publishedAt() + ", " + r.publishedBy() + ")");
        for (RankedGroup g : r.groups()) {
            System.out.printf("%3d  %6.1f  %s%n", g.rank(), g.total(), g.groupName());
        }
        return null;
    }
}
