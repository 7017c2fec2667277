package org.xuncha.platform.security.internal.jaas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

/**
 * A console session that ends while its last command is being audited: Karaf interrupts the session
 * thread, and that interrupt must not reach the database write (an interrupted write closes the
 * embedded H2 database for good). The session thread waits for the writer's thread through the
 * interrupt, and keeps the interrupt for itself.
 */
class CommandAuditTest {

    @Test
    void theSessionThreadWaitsForTheRecordThroughAnInterruptAndKeepsIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FutureTask<Void> write = new FutureTask<>(() -> {
            release.await();
            return null;
        });
        new Thread(write, "writer").start();
        Thread session = Thread.currentThread();
        // the write ends only once the session thread, interrupted, waits again
        Thread releaser = new Thread(() -> {
            while (session.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        }, "releaser");
        releaser.start();
        session.interrupt();
        CommandAudit.awaitUninterruptibly(write);
        assertThat(write.isDone()).isTrue();
        assertThat(Thread.interrupted()).as("the interrupt is kept for the session").isTrue();
        releaser.join();
    }
}
