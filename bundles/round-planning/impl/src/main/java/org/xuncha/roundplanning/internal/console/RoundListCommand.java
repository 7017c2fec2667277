package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;

@Service
@Command(scope = "xuncha", name = "round-list", description = "巡察轮次列表 / List rounds")
public class RoundListCommand extends RoundCommand {

    @Option(name = "-t", aliases = "--term", description = "term id")
    Long termId;

    @Option(name = "-s", aliases = "--stage", description = "stage, e.g. FIELDWORK or 了解")
    String stage;

    @Override
    void run(Caller caller, PrintStream out) {
        Stage s = stage == null ? null : Stages.parse(stage);
        var page = service.rounds(caller, new Round.Query(termId, null, s, null, null),
                new PageRequest(1, PageRequest.MAX_SIZE, java.util.List.of(new PageRequest.Order("termId", true),
                        new PageRequest.Order("number", true))));
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("届 term");
        table.column("轮 no.");
        table.column("名称 name");
        table.column("类型 type");
        table.column("阶段 stage");
        table.column("方案 plan");
        table.column("驻点 field period");
        table.column("单位 units");
        table.column("组 groups");
        for (Round r : page.items()) {
            table.addRow().addContent(r.id(), r.termId(), r.number(), r.name(), r.type().nameZh(), r.stage().nameZh(),
                    r.planStatus().nameZh() + (r.amendmentOpen() ? "（调整中）" : ""), orDash(r.fieldStart()) + " ~ " + orDash(r.fieldEnd()),
                    r.targetCount(), r.groupCount());
        }
        table.print(out);
        out.println("共 " + page.total() + " 个轮次 / " + page.total() + " rounds");
    }
}
