package org.xuncha.rectification.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Tasks of the ledgers: plan, progress, closure (销号). Scope as {@link LedgerService}. */
@ProviderType
public interface TaskService {

    /** Fields the task list can be sorted by. */
    Set<String> SORTABLE = Set.of("id", "deadline", "status");

    Page<Task> tasks(Caller caller, TaskQuery query, PageRequest page);

    Task task(Caller caller, long id);

    /** The office enters a task into a ledger. */
    Task add(Caller caller, long ledgerId, TaskDraft draft);

    /**
     * Takes the lead-transfer module's approved problems of the ledger's unit and round that are not
     * in the ledger yet as tasks, due with the reports; 503 {@code lead_transfer_unavailable} while that
     * module is absent.
     *
     * @return the tasks added
     */
    List<Task> importApproved(Caller caller, long ledgerId);

    /** Changes a task's plan (not a closed one). */
    Task change(Caller caller, long id, TaskChange change);

    /** The task's history, oldest first. */
    List<TaskEntry> history(Caller caller, long id);

    /** The unit reports progress on an open task. */
    TaskEntry report(Caller caller, long id, ProgressDraft progress);

    /** The unit asks for closure, with its evidence. */
    Task requestClosure(Caller caller, long id, ProgressDraft progress);

    /** The office approves the closure or sends it back with a reason. */
    Task decideClosure(Caller caller, long id, ClosureDecision decision);
}
