package org.xuncha.platform.api.security;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit trail. A change to business data is recorded inside the same
 * database transaction as the change ({@link #record(EntityManager, Caller, AuditEntry)}), so there
 * is never a change without its record nor a record of a change that rolled back.
 */
@ProviderType
public interface AuditTrail {

    /** Records in a transaction of its own (logins, reads, exports). */
    void record(Caller caller, AuditEntry entry);

    /**
     * Records inside the transaction that {@code em} is running; call it from within the unit of work
     * that makes the change. The record commits or rolls back with it.
     */
    void record(EntityManager em, Caller caller, AuditEntry entry);
}
