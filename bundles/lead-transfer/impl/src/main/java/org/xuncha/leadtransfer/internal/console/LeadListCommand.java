package org.xuncha.leadtransfer.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.leadtransfer.internal.lead.LeadQuery;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.CallerResolver;

/** Lists the leads the console user may see, without the person concerned (the read is audited all the same). */
@Service
@Command(scope = "xuncha", name = "lead-list", description = "问题线索列表 / List the leads you can see")
public class LeadListCommand implements Action {

    @Reference
    LeadService leads;

    @Reference
    CallerResolver callers;

    @Option(name = "--round", description = "轮次ID / round id")
    Long round;

    @Option(name = "--status", description = "状态 / status: REGISTERED, TRANSFERRED, ACKNOWLEDGED, DISPOSING, CONCLUDED")
    LeadStatus status;

    @Option(name = "--size", description = "最多显示条数 / at most this many (default 50)")
    int size = 50;

    @Override
    public Object execute() {
        Page<LeadView> page = leads.list(callers.console(), new LeadQuery(null, round, null, null, status,
                null, null, null, null), PageRequest.of(1, Math.max(1, Math.min(size, PageRequest.MAX_SIZE)), null,
                LeadService.SORT.keySet(), "-id"));
        System.out.printf("%-8s %-8s %-8s %-10s %-22s %-12s %-12s %s%n", "ID", "ROUND", "UNIT", "STATUS", "RECEIVER", "TRANSFERRED", "DUE", "OVERDUE");
        for (LeadView l : page.items()) {
            System.out.printf("%-8d %-8d %-8d %-10s %-22s %-12s %-12s %s%n", l.id(), l.roundId(), l.unitId(), l.status(),
                    Cells.cell(l.receiverKind()), Cells.cell(l.transferredOn()), Cells.cell(l.feedbackDue()),
                    l.overdue() ? l.daysOverdue() + "d" : "");
        }
        System.out.println("共 " + page.total() + " 条 / " + page.total() + " lead(s)");
        return null;
    }
}
