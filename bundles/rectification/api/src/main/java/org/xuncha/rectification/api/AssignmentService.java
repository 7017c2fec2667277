package org.xuncha.rectification.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** The committee's assignments on rectification, in the caller's divisions. */
@ProviderType
public interface AssignmentService {

    Set<String> SORTABLE = Set.of("id", "assignedOn");

    /** Filtered by kind and by being completed when given. */
    Page<Assignment> assignments(Caller caller, AssignmentKind kind, Boolean completed, PageRequest page);

    Assignment assignment(Caller caller, long id);

    /** Recorded for the division given (in the caller's scope) or the caller's own. */
    Assignment record(Caller caller, AssignmentDraft draft);

    /** Reported done (again: corrects the report). */
    Assignment complete(Caller caller, long id, AssignmentDraft.Completion completion);

    /** How many of the kind the caller can see. */
    long count(Caller caller, AssignmentKind kind);
}
