package org.xuncha.platform.internal.persistence;

import java.time.Clock;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;

/** Opens module stores on the platform's transactions, audit trail, cipher, clock and Event Admin. */
@Component(service = ModuleStores.class)
public class ModuleStoresImpl implements ModuleStores {

    private final SchemaMigrator migrator;
    private final Transactions tx;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    private final EventAdmin events;

    @Activate
    public ModuleStoresImpl(@Reference SchemaMigrator migrator, @Reference Transactions tx, @Reference AuditTrail audit,
                            @Reference FieldCipher cipher, @Reference Clock clock, @Reference EventAdmin events) {
        this.migrator = migrator;
        this.tx = tx;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public ModuleStore open(String moduleId, EntityManagerFactory emf, ClassLoader loader, String changelog) {
        migrator.migrate(moduleId, loader, changelog);
        return new Store(moduleId, emf);
    }

    private final class Store implements ModuleStore {

        private final String moduleId;
        private final EntityManagerFactory emf;

        Store(String moduleId, EntityManagerFactory emf) {
            this.moduleId = moduleId;
            this.emf = emf;
        }

        @Override
        public String moduleId() {
            return moduleId;
        }

        @Override
        public <R> R write(Function<EntityManager, R> work) {
            return tx.write(emf, work);
        }

        @Override
        public <R> R read(Function<EntityManager, R> work) {
            return tx.read(emf, work);
        }

        @Override
        public <R> R readInTransaction(Function<EntityManager, R> work) {
            return JpaTransactions.readInTransaction(emf, work);
        }

        @Override
        public void audit(EntityManager em, Caller caller, AuditAction action, String type, Object id, String summary) {
            audit.record(em, caller, AuditEntry.of(action, moduleId, type, id, summary));
        }

        @Override
        public void audit(Caller caller, AuditAction action, String type, Object id, String summary) {
            audit.record(caller, AuditEntry.of(action, moduleId, type, id, summary));
        }

        @Override
        public String encrypt(String plaintext, FieldContext where) {
            return cipher.encrypt(plaintext, where);
        }

        @Override
        public String decrypt(String ciphertext, FieldContext where) {
            return cipher.decrypt(ciphertext, where);
        }

        @Override
        @Deprecated
        public String encrypt(String plaintext) {
            return cipher.encrypt(plaintext);
        }

        @Override
        @Deprecated
        public String decrypt(String ciphertext) {
            return cipher.decrypt(ciphertext);
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public void post(String topic, Caller caller, Object entityId, Object... keysAndValues) {
            events.postEvent(new Event(topic, Events.properties(moduleId, caller.username(), entityId, clock.millis(), keysAndValues)));
        }
    }
}
