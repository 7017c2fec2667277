package org.xuncha.evaluation.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** 约谈 records, opened by the ranking rule, completed by the office. */
@ProviderType
public interface TalkService {

    Set<String> SORTABLE = Set.of("id", "openedAt");

    /** The records in the caller's scope, of one round when given. */
    Page<Talk> talks(Caller caller, Long roundId, PageRequest page);

    Talk talk(Caller caller, long id);

    /** Records what happened (audited; 409 if the version read is not the current one). */
    Talk record(Caller caller, long id, TalkDraft draft);
}
