package org.xuncha.rectification.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.rectification.api.Ledger;
import org.xuncha.rectification.api.LedgerService;

/** {@code xuncha:rectification-ledger <id>}: a unit's ledger in one line, with its two reports. */
@Service
@Command(scope = "xuncha", name = "rectification-ledger", description = "整改台账概况 / A unit's ledger summary")
public class LedgerCommand implements Action {

    @Argument(index = 0, name = "id", description = "ledger id", required = true)
    long id;

    @Reference
    LedgerService ledgers;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Ledger l = ledgers.ledger(callers.console(), id);
        System.out.println(l.unitName() + " / " + l.roundName() + ": tasks " + l.tasks() + ", closed " + l.closed() + ", overdue "
                + l.overdue() + "; reports due " + l.reportsDue() + " (unit " + l.unitReport() + ", leader " + l.leaderReport() + ")");
        return null;
    }
}
