package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.internal.round.StageMachine;

@Service
@Command(scope = "xuncha", name = "round-advance", description = "轮次进入下一阶段（或退回上一阶段）/ Move a round to its next stage (or back one)")
public class RoundAdvanceCommand extends RoundCommand {

    @Argument(index = 0, name = "id", description = "round id", required = true)
    long id;

    @Argument(index = 1, name = "stage", description = "the stage to enter (default: the next one), e.g. FIELDWORK or 了解")
    String stage;

    @Option(name = "-d", aliases = "--date", description = "the day it happened, yyyy-mm-dd (default today)")
    String date;

    @Option(name = "-r", aliases = "--reason", description = "reason (required to step back)")
    String reason;

    @Override
    void run(Caller caller, PrintStream out) {
        Stage to = stage != null ? Stages.parse(stage) : StageMachine.next(service.round(caller, id).round().stage());
        Round r = service.changeStage(caller, id, new StageChange.Request(to, date == null ? null : LocalDate.parse(date), reason));
        out.println(r.name() + " 已进入“" + r.stage().nameZh() + "”阶段 / is now in stage " + r.stage().nameEn());
    }
}
