package org.xuncha.rectification.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Units' ledgers and the two-month clock. Every method takes the caller first and checks its
 * permission and scope: the caller's divisions, a group role's groups, a unit contact's own unit.
 */
@ProviderType
public interface LedgerService {

    /** Fields the ledger list can be sorted by. */
    Set<String> SORTABLE = Set.of("id", "feedbackDate", "unitName");

    Page<Ledger> ledgers(Caller caller, LedgerQuery query, PageRequest page);

    /** @throws org.xuncha.platform.api.rest.ApiException 404 unknown, 403 outside the caller's scope */
    Ledger ledger(Caller caller, long id);

    /**
     * Opens a unit's ledger for a round that has given feedback (round planning must be running:
     * 503 otherwise); one per round and unit (409).
     */
    Ledger open(Caller caller, LedgerDraft draft);

    /** The office received a report (again: corrects the day). */
    Ledger receiveReport(Caller caller, long id, ReportReceipt receipt);

    /** The ledger's tasks as a spreadsheet (xlsx), audited as an export. */
    byte[] export(Caller caller, long id);

    /** Figures in the caller's scope, of one round when given. */
    Figures figures(Caller caller, Long roundId);
}
