package org.xuncha.platform.internal.persistence;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.persistence.Transactions;

/** Resource-local transactions, one entity manager per unit of work. */
@Component(service = Transactions.class)
public class JpaTransactions implements Transactions {

    @Override
    public <R> R write(EntityManagerFactory emf, Function<EntityManager, R> work) {
        return run(emf, work, true);
    }

    @Override
    public <R> R read(EntityManagerFactory emf, Function<EntityManager, R> work) {
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
