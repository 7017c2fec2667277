package org.xuncha.platform.internal.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.persistence.Transactions;

/**
 * Resource-local transactions, one entity manager per unit of work.
 *
 * <p>Reads run without a database transaction: each query is a statement of its own in auto-commit
 * mode. Under READ COMMITTED (H2's and PostgreSQL's default, and what the pool leaves in place) every
 * statement of a transaction sees the data committed when it starts, so a read sees exactly what it
 * saw inside a transaction, while H2 no longer has to switch the connection out of auto-commit and
 * roll back for each request (the same-work baseline of bench/run measured that at about 2.5 times
 * the CPU of its two queries). Nothing a read does can be written: without a transaction
 * EclipseLink refuses to flush or to run an update. Work that needs the connection itself
 * ({@link #readInTransaction}) still gets a transaction, rolled back at the end.
 */
@Component(service = Transactions.class)
public class JpaTransactions implements Transactions {

    @Override
    public <R> R write(EntityManagerFactory emf, Function<EntityManager, R> work) {
        return run(emf, work, true);
    }

    @Override
    public <R> R read(EntityManagerFactory emf, Function<EntityManager, R> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in a transaction rolled back at the end: for work that needs the JDBC connection (EclipseLink hands it out only inside one). */
    static <R> R readInTransaction(EntityManagerFactory emf, Function<EntityManager, R> work) {
        return run(emf, work, false);
    }

    private static <R> R run(EntityManagerFactory emf, Function<EntityManager, R> work, boolean commit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = work.apply(em);
            if (commit) {
                tx.commit();
            } else {
                tx.rollback();
            }
            return result;
        } catch (RuntimeException | Error e) {
            rollbackQuietly(tx, e);
            throw e;
        } finally {
            em.close();
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
