package org.xuncha.leadtransfer.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.leadtransfer.api.LeadEvents;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;

/**
 * What every service of the module shares: the persistence unit (its schema migrated here, before
 * any service uses it), transactions, the audit trail, field encryption, the platform clock and
 * event posting.
 */
@Component(service = ModuleStore.class)
public class ModuleStore {

    public static final String MODULE = LeadEvents.MODULE;

    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final EventAdmin events;

    @Activate
    public ModuleStore(@Reference(target = "(osgi.unit.name=xuncha.lead-transfer)") EntityManagerFactory emf,
                       @Reference SchemaMigrator migrator, @Reference Transactions tx, @Reference AuditTrail audit,
                       @Reference FieldCipher cipher, @Reference Clock clock, @Reference EventAdmin events) {
        migrator.migrate(MODULE, getClass().getClassLoader(), "db/lead-transfer/changelog.xml");
        this.emf = emf;
        this.tx = tx;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    public <R> R write(Function<EntityManager, R> work) {
        return tx.write(emf, work);
    }

    public <R> R read(Function<EntityManager, R> work) {
        return tx.read(emf, work);
    }

    /** JDBC work for set-based queries, on the connection of a read transaction. */
    public interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    public <R> R sql(SqlWork<R> work) {
        return tx.read(emf, em -> {
            try {
                return work.run(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new IllegalStateException("query failed: " + e.getMessage(), e);
            }
        });
    }

    /** Audits a change inside the transaction making it. Summaries carry ids, never content. */
    public void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary) {
        audit.record(em, caller, AuditEntry.of(action, MODULE, type, id, summary));
    }

    /** Audits a read or an export, in a transaction of its own. */
    public void audit(Caller caller, AuditAction action, String type, Object id, String summary) {
        audit.record(caller, AuditEntry.of(action, MODULE, type, id, summary));
    }

    public String encrypt(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    public String decrypt(String ciphertext) {
        return cipher.decrypt(ciphertext);
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /**
     * Posts an event (asynchronously) with the platform's properties plus {@code keysAndValues}
     * (key, value, key, value...); null values are left out.
     */
    public void post(String topic, Caller caller, Object entityId, Object... keysAndValues) {
        Map<String, Object> props = new HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                props.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        props.put(Events.MODULE, MODULE);
        props.put(Events.ENTITY_ID, String.valueOf(entityId));
        props.put(Events.ACTOR, caller.username());
        props.put(Events.TIMESTAMP, clock.millis());
        events.postEvent(new Event(topic, props));
    }
}
