package org.xuncha.leadtransfer.internal.console;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.leadtransfer.internal.lead.OverdueService;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "lead-overdue", description = "逾期未反馈的线索 / Leads overdue for the receiver's feedback")
public class LeadOverdueCommand implements Action {

    @Reference
    OverdueService leads;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        List<LeadView> overdue = leads.overdue(callers.console());
        System.out.printf("%-8s %-8s %-22s %-18s %-12s %-12s %s%n", "ID", "ROUND", "RECEIVER", "DOCUMENT", "TRANSFERRED", "DUE", "DAYS");
        for (LeadView l : overdue) {
            System.out.printf("%-8d %-8d %-22s %-18s %-12s %-12s %d%n", l.id(), l.roundId(), Cells.cell(l.receiverName()),
                    Cells.cell(l.documentNumber()), l.transferredOn(), l.feedbackDue(), l.daysOverdue());
        }
        System.out.println("逾期 " + overdue.size() + " 条 / " + overdue.size() + " overdue");
        return null;
    }
}
