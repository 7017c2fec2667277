package org.xuncha.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.security.internal.crypto.KeyCustody;
import org.xuncha.platform.security.internal.crypto.KeyCustodyException;
import org.xuncha.platform.security.internal.crypto.KeyDirectory;
import org.xuncha.platform.security.internal.crypto.KeyRegistry;

/**
 * The keys are opened on a thread of their own: the activation returns at once, what waits for the
 * keys sees them only once they are open, a refusal is published instead, and a component closed while
 * the keys are still being opened publishes nothing (or withdraws what it published).
 */
class KeyOpeningTest {

    @TempDir
    Path dir;

    private final List<String> events = new CopyOnWriteArrayList<>();

    private OpenedKeys keys() {
        KeyDirectory d = new KeyDirectory(dir);
        KeyCustody custody = KeyCustody.open(d, SecurityFixture.SECRET, SecurityFixture.TEST_KDF,
                new KeyRegistry.Usage(Map.of(), Set.of(), false), new SecureRandom());
        return new OpenedKeys(d, custody);
    }

    /** An opening that waits for {@code release}, as a slow key derivation does. */
    private Supplier<OpenedKeys> heldUntil(CountDownLatch release, Supplier<OpenedKeys> then) {
        return () -> {
            try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return then.get();
        };
    }

    private KeyOpening opening(Supplier<OpenedKeys> open) {
        return new KeyOpening(open, k -> {
            events.add("published " + k.custody().store().installation());
            return () -> events.add("withdrawn");
        }, refusal -> events.add("refused " + refusal.code()));
    }

    @Test
    void theActivationReturnsBeforeTheKeysAreOpenAndTheyArePublishedOnceTheyAre() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OpenedKeys opened = keys();
        KeyOpening opening = opening(heldUntil(release, () -> opened));
        assertThat(events).as("nothing published while the keys are being opened").isEmpty();
        release.countDown();
        opening.awaitOpened();
        assertThat(events).containsExactly("published " + opened.custody().store().installation());
        opening.close();
        assertThat(events).endsWith("withdrawn");
    }

    @Test
    void aRefusalIsPublishedAndNoKeys() throws Exception {
        KeyOpening opening = opening(() -> {
            throw new KeyCustodyException("kek_wrong", "口令不符", "wrong secret");
        });
        opening.awaitOpened();
        assertThat(events).containsExactly("refused kek_wrong");
    }

    @Test
    void closedWhileTheKeysAreBeingOpenedPublishesNothing() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OpenedKeys opened = keys();
        KeyOpening opening = opening(heldUntil(release, () -> opened));
        opening.close();
        release.countDown();
        opening.awaitOpened();
        assertThat(events).isEmpty();
    }

    @Test
    void anUnexpectedFailurePublishesNothingAndDoesNotEscape() throws Exception {
        KeyOpening opening = opening(() -> {
            throw new IllegalArgumentException("database gone");
        });
        opening.awaitOpened();
        assertThat(events).isEmpty();
    }
}
