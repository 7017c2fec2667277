package org.xuncha.platform.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;

/**
 * Everything a module's services share to keep data, in one object: its persistence unit (schema
 * migrated before the store is handed out), transactions, the audit trail, field encryption, the
 * platform clock and events. Get one from {@link ModuleStores#open} in the module's store component.
 *
 * <p>A change and its audit record commit together: call {@link #audit(EntityManager, Caller,
 * AuditAction, String, Object, String)} inside {@link #write}. Summaries carry ids and kinds, never
 * content. Events are posted after the commit, so a rolled-back write announces nothing.
 */
@ProviderType
public interface ModuleStore {

    /** The module id, e.g. {@code lead-transfer}. */
    String moduleId();

    /** Runs {@code work} in a new transaction and commits it; any exception rolls all of it back. */
    <R> R write(Function<EntityManager, R> work);

    /**
     * Runs {@code work} for reading, without a database transaction: each query sees what is committed
     * when it runs (as inside a READ COMMITTED transaction); nothing it does is written.
     */
    <R> R read(Function<EntityManager, R> work);

    /**
     * Runs {@code work} for reading inside a database transaction that is rolled back at the end: for
     * work that needs the JDBC connection ({@code em.unwrap(Connection.class)}), which the persistence
     * provider hands out only inside a transaction, so {@link #read} cannot give it. Nothing it does
     * is written.
     *
     * @since 1.3
     */
    <R> R readInTransaction(Function<EntityManager, R> work);

    /** JDBC work for set-based queries, on the connection of a transaction rolled back at the end. */
    interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    /**
     * Runs set-based SQL on the connection of a transaction rolled back at the end ({@link
     * #readInTransaction}); a failure is an {@link IllegalStateException}.
     */
    default <R> R sql(SqlWork<R> work) {
        return readInTransaction(em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + e.getMessage(), e);
            }
        });
    }

    /** Audits a change inside the transaction making it. */
    void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary);

    /** Audits a read or an export, in a transaction of its own. */
    void audit(Caller caller, AuditAction action, String type, Object id, String summary);

    /**
     * Sensitive text as stored in {@code where} (SM4, bound to that table, column and row, see
     * {@link FieldCipher}); null stays null. Encrypt after the row has its id ({@code persist} gives it).
     *
     * @since 1.2
     */
    String encrypt(String plaintext, FieldContext where);

    /**
     * The plaintext of a value read from {@code where}; values stored before 1.2 (not bound to a place)
     * are read too.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 409 {@code integrity_error} if the value was
     *         copied from another row or field, or altered (the failure is audited)
     * @since 1.2
     */
    String decrypt(String ciphertext, FieldContext where);

    /**
     * Sensitive text as stored, not bound to its place.
     *
     * @deprecated use {@link #encrypt(String, FieldContext)}, so that a ciphertext copied elsewhere fails
     */
    @Deprecated
    String encrypt(String plaintext);

    /** @deprecated use {@link #decrypt(String, FieldContext)}; this reads only values stored without a place */
    @Deprecated
    String decrypt(String ciphertext);

    /** The platform clock (moved by configuration in tests). */
    Clock clock();

    default LocalDate today() {
        return LocalDate.now(clock());
    }

    default LocalDateTime now() {
        return LocalDateTime.now(clock());
    }

    /**
     * Posts an event asynchronously on {@code topic} with the platform's properties (module, entity
     * id, actor, timestamp) plus {@code keysAndValues} (key, value, key, value, ...; null values left
     * out). Call it after the write has committed.
     */
    void post(String topic, Caller caller, Object entityId, Object... keysAndValues);
}
