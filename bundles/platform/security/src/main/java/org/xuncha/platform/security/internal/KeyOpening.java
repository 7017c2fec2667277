package org.xuncha.platform.security.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.StartRefusal;
import org.xuncha.platform.security.internal.crypto.KekSecret;
import org.xuncha.platform.security.internal.crypto.KeyCustodyException;
import org.xuncha.platform.security.internal.crypto.WrappedKeyStore;

/**
 * Opens the keys on a thread of its own, so that the bundle start goes on meanwhile: deriving the
 * key-encryption key (Argon2id, {@link WrappedKeyStore.Kdf#STRONG}: 64 MiB, 3 passes) took a sixth of
 * a restart's CPU on the one thread that starts every bundle (docs/performance.md). Once the keys are
 * open and checked ({@link SecuritySetup#openKeys}) it registers {@link OpenedKeys}, which
 * {@link SecuritySetup}, and through it every service of this bundle and every module, waits for; so
 * nothing that needs a key runs before, and {@code /api/health} says STARTING until the security
 * bundle's resources are served. A refusal ({@link KeyCustodyException}) is published as a
 * {@link StartRefusal}, as before, and nothing registered.
 *
 * <p>Configuration changes take effect at the next start (as for {@link SecuritySetup}): reopening the
 * keys would take every service of the bundle down and up again.
 */
@Component(service = {}, immediate = true, configurationPid = "org.xuncha.security")
public class KeyOpening {

    private static final Logger LOG = LoggerFactory.getLogger(KeyOpening.class);
    /** The refusal of the last failed opening, withdrawn when one succeeds. */
    private static final AtomicReference<ServiceRegistration<StartRefusal>> REFUSAL = new AtomicReference<>();

    private final Thread thread;
    private boolean closed;
    private Runnable unpublish;

    @Activate
    public KeyOpening(SecurityConfig config, @Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource,
                      BundleContext context) {
        this(() -> SecuritySetup.openKeys(config, KekSecret.fromEnvironment(), WrappedKeyStore.Kdf.STRONG, dataSource, new SecureRandom()),
                keys -> {
                    ServiceRegistration<OpenedKeys> registration = context.registerService(OpenedKeys.class, keys, null);
                    publishRefusal(null);
                    return () -> unregister(registration);
                },
                refusal -> publishRefusal(context.registerService(StartRefusal.class, refusal, null)));
    }

    /**
     * Starts opening: {@code open} on a thread of its own, then {@code publish} (which returns how to withdraw
     * what it published) unless {@link #close()} came first, or {@code refuse} on a refusal.
     */
    KeyOpening(Supplier<OpenedKeys> open, Function<OpenedKeys, Runnable> publish, Consumer<KeyCustodyException> refuse) {
        thread = new Thread(() -> run(open, publish, refuse), "xuncha-key-opening");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Supplier<OpenedKeys> open, Function<OpenedKeys, Runnable> publish, Consumer<KeyCustodyException> refuse) {
        long start = System.nanoTime();
        OpenedKeys keys;
        try {
            keys = open.get();
        } catch (KeyCustodyException e) {
            LOG.error("安全模块拒绝启动 / the security module refuses to start [{}]: {} / {}", e.code(), e.messageZh(), e.messageEn());
            if (!isClosed()) {
                refuse.accept(e);
            }
            return;
        } catch (RuntimeException e) {
            LOG.error("密钥无法打开，安全模块未启动 / the keys could not be opened, the security module did not start", e);
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info("密钥已打开，用时 {} 毫秒 / keys opened in {} ms", ms, ms);
        if (isClosed()) {
            return;
        }
        Runnable withdraw;
        try {
            // not under this object's lock: the registration activates, on this thread, whatever waited for the keys
            withdraw = publish.apply(keys);
        } catch (IllegalStateException stopped) {
            LOG.debug("the security bundle stopped while its keys were opened", stopped);
            return;
        }
        synchronized (this) {
            if (!closed) {
                unpublish = withdraw;
                return;
            }
        }
        withdraw.run();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Reads nothing: a changed key directory takes effect at the next start (see the class comment). */
    @Modified
    void modified(SecurityConfig config) {
        // kept so that a configuration update does not reopen the keys
    }

    @Deactivate
    void close() {
        Runnable withdraw;
        synchronized (this) {
            closed = true;
            withdraw = unpublish;
            unpublish = null;
        }
        if (withdraw != null) {
            withdraw.run();
        }
    }

    /** For tests: waits until the opening thread has finished. */
    void awaitOpened() throws InterruptedException {
        thread.join();
    }

    private static void publishRefusal(ServiceRegistration<StartRefusal> refusal) {
        ServiceRegistration<StartRefusal> previous = REFUSAL.getAndSet(refusal);
        if (previous != null) {
            unregister(previous);
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException gone) {
            // unregistered with its bundle already
        }
    }
}
