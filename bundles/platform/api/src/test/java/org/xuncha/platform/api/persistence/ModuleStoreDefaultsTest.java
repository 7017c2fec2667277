package org.xuncha.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.junit.jupiter.api.Test;

/**
 * The API's default {@code sql} as a new implementor of {@link ModuleStore} gets it, with only the
 * abstract methods written: it must run on {@link ModuleStore#readInTransaction}, whose entity
 * manager hands out the connection, never on {@link ModuleStore#read}, whose entity manager has none
 * (reads run without a transaction, and EclipseLink hands out the connection only inside one).
 */
class ModuleStoreDefaultsTest {

    private final List<String> called = new ArrayList<>();
    private final Connection connection = proxy(Connection.class, (p, m, a) -> {
        throw new UnsupportedOperationException(m.getName());
    });

    /** A store as EclipseLink backs it: a connection inside a transaction, none without. */
    private final ModuleStore store = proxy(ModuleStore.class, (p, m, a) -> {
        if (m.isDefault()) {
            return InvocationHandler.invokeDefault(p, m, a);
        }
        called.add(m.getName());
        Connection handedOut = switch (m.getName()) {
            case "readInTransaction" -> connection;
            case "read" -> null;
            default -> throw new UnsupportedOperationException(m.getName());
        };
        EntityManager em = proxy(EntityManager.class, (p2, m2, a2) -> m2.getName().equals("unwrap") ? handedOut : null);
        @SuppressWarnings("unchecked")
        Function<EntityManager, Object> work = (Function<EntityManager, Object>) a[0];
        return work.apply(em);
    });

    private static <T> T proxy(Class<T> type, InvocationHandler h) {
        return type.cast(Proxy.newProxyInstance(ModuleStoreDefaultsTest.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    @Test
    void sqlRunsOnTheConnectionOfReadInTransaction() {
        Connection seen = store.sql(c -> c);
        assertThat(seen).isSameAs(connection);
        assertThat(called).containsExactly("readInTransaction");
    }

    @Test
    void aFailingStatementIsAnIllegalStateExceptionWithItsCause() {
        SQLException failure = new SQLException("relation does not exist");
        assertThatThrownBy(() -> store.sql(c -> {
            throw failure;
        })).isInstanceOf(IllegalStateException.class).hasMessage("query failed: relation does not exist").hasCause(failure);
    }
}
