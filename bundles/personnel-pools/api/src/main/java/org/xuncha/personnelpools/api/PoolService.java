package org.xuncha.personnelpools.api;

import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * The pools: admission and exit with a reason and the office's approval, the configured
 * eligibility rules (each refusal names its rule), lists and export. Every method checks the
 * caller's permission and organisational scope; every change is audited.
 */
@ProviderType
public interface PoolService {

    /** Fields a pool list can be sorted by. */
    Set<String> SORTABLE = Set.of("id", "since", "personName", "pool");

    Page<PoolEntry> entries(Caller caller, PoolEntry.Query query, PageRequest page);

    PoolEntry entry(Caller caller, long id);

    /**
     * Applies for admission: 400 on bad input, 409 {@code not_eligible} naming every rule the person
     * fails, 409 {@code already_in_pool} when they are in (or applying for) that pool already.
     */
    PoolEntry apply(Caller caller, PoolEntry.Draft draft);

    /** Decides a pending admission or exit; the eligibility rules are checked again on approval. */
    PoolEntry decide(Caller caller, long id, PoolEntry.Decision decision);

    /** Applies for an exit from the pool. */
    PoolEntry applyExit(Caller caller, long id, PoolEntry.Exit exit);

    /** The pool list as an xlsx workbook, with the same filters; audited as an export. */
    byte[] export(Caller caller, PoolEntry.Query query);

    /** Entries in the pools (active or pending exit) the caller sees, by pool, for the dashboard; one set-based query. */
    Map<PoolKind, Long> sizes(Caller caller);
}
