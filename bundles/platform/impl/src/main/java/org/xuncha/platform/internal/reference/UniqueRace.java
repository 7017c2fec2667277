package org.xuncha.platform.internal.reference;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

/**
 * A unique key that was free when checked but taken when committed: two writes checked at the same
 * time and the database refused the second. Every other persistence failure (an optimistic-lock
 * conflict above all, which the error mapper answers as 409 {@code stale}) is not one.
 */
final class UniqueRace {

    private UniqueRace() {
    }

    static boolean possible(RuntimeException e) {
        if (!(e instanceof PersistenceException)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return false;
            }
        }
        return true;
    }
}
