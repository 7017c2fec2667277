package org.xuncha.platform.api.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a unit of work in a resource-local transaction on a module's persistence unit (the
 * {@link EntityManagerFactory} Aries JPA registers with {@code osgi.unit.name}). Any exception
 * rolls the whole unit back and reaches the caller unchanged (runtime exceptions) or wrapped
 * (checked ones), so a failure in the middle of a write loses nothing and leaves nothing behind.
 */
@ProviderType
public interface Transactions {

    /** Runs {@code work} in a new transaction and commits it; the entity manager is closed after. */
    <R> R write(EntityManagerFactory emf, Function<EntityManager, R> work);

    /**
     * Runs {@code work} for reading, without a database transaction: each query sees what is committed
     * when it runs; nothing it does is written (a flush or an update fails for want of a transaction).
     */
    <R> R read(EntityManagerFactory emf, Function<EntityManager, R> work);
}
