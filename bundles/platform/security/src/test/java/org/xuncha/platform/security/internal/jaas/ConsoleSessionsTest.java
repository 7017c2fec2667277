package org.xuncha.platform.security.internal.jaas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Closeable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {

    @Test
    void endingAnAccountsConsoleSessionsClosesEachOfItsOwnOnce() {
        ConsoleSessions open = new ConsoleSessions();
        AtomicInteger secadminClosed = new AtomicInteger();
        AtomicInteger auditorClosed = new AtomicInteger();
        Closeable first = secadminClosed::incrementAndGet;
        Closeable second = secadminClosed::incrementAndGet;
        Closeable auditors = auditorClosed::incrementAndGet;
        open.seen("secadmin", first);
        open.seen("secadmin", first); // every line of a session reports it again
        open.seen("secadmin", second);
        open.seen("auditor", auditors);
        open.seen("secadmin", "not a session");

        assertThat(open.end("secadmin")).isEqualTo(2);
        assertThat(secadminClosed).hasValue(2);
        assertThat(auditorClosed).hasValue(0);
        assertThat(open.end("secadmin")).as("ended sessions are forgotten").isZero();
        assertThat(open.end("nobody")).isZero();
        assertThat(open.end(null)).isZero();
    }
}
