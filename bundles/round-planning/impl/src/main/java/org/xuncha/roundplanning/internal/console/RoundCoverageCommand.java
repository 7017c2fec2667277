package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Coverage;

@Service
@Command(scope = "xuncha", name = "round-coverage", description = "届的巡察全覆盖情况 / Coverage of a term")
public class RoundCoverageCommand extends RoundCommand {

    @Argument(index = 0, name = "termId", description = "term id", required = true)
    long termId;

    @Override
    void run(Caller caller, PrintStream out) {
        Coverage c = service.coverage(caller, termId);
        out.println(c.term().name() + " 截至 " + c.asOf());
        out.println("  覆盖 covered:   " + c.coveredUnits() + " / " + c.totalUnits() + " = " + c.percent() + "%");
        out.println("  计划 planned:   " + c.plannedUnits() + "，尚未巡察 remaining: " + c.remainingUnits());
        out.println("  已开展轮次 rounds: " + c.countedRounds() + "，按当前进度尚需 rounds needed: "
                + (c.roundsNeeded() == null ? "-" : c.roundsNeeded()));
        for (Coverage.RoundCoverage r : c.rounds()) {
            out.println("  第" + r.number() + "轮 " + r.stage().nameZh() + (r.counted() ? "" : "（计划）") + "：" + r.unitIds().size()
                    + " 个单位，新覆盖 " + r.newlyCovered() + "，重复 " + r.reinspected() + (r.outside() > 0 ? "，届外 " + r.outside() : ""));
        }
        print(out, "领域 field", c.byField());
        print(out, "板块 sector", c.bySector());
        print(out, "系统 system", c.bySystem());
        if (!c.reinspected().isEmpty()) {
            out.println("  回头看/重复巡察 re-inspected: " + String.join("、", c.reinspected().stream().map(Coverage.UnitCoverage::name).toList()));
        }
    }

    private static void print(PrintStream out, String label, List<Coverage.Breakdown> items) {
        out.println("  " + label + ":");
        items.forEach(b -> out.println("    " + b.value() + "  " + b.covered() + "/" + b.total() + " = " + b.percent() + "%"));
    }
}
