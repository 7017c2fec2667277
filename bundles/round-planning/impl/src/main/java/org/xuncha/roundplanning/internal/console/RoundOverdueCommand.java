package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Deadline;

@Service
@Command(scope = "xuncha", name = "round-overdue", description = "超期事项 / Overdue items")
public class RoundOverdueCommand extends RoundCommand {

    @Override
    void run(Caller caller, PrintStream out) {
        List<Deadline> items = service.overdue(caller);
        for (Deadline d : items) {
            out.println(d.roundName() + "  " + d.kind().nameZh() + "（" + d.stage().nameZh() + "）"
                    + (d.unitName() == null ? "" : "  " + d.unitName()) + "  截止 " + d.due() + "  超期 " + d.daysOverdue() + " 天");
        }
        out.println("共 " + items.size() + " 项超期 / " + items.size() + " overdue items");
    }
}
