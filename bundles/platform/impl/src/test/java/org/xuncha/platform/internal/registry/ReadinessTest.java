package org.xuncha.platform.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.internal.rest.ModuleApplications.Serving;

/**
 * Health says UP only when a sign-in can work: booted, the platform's own application served whole with
 * the security spine in it, the database answering; otherwise 503 naming each thing it waits for.
 */
class ReadinessTest {

    private static final Serving WHOLE = new Serving(true,
            Set.of("org.xuncha.platform.impl", "org.xuncha.platform.security", "org.xuncha.platform.documents"), Set.of());

    private static Set<String> waitingFor(Readiness r) {
        return Set.copyOf(r.waitingFor().stream().map(ErrorBody::code).toList());
    }

    @Test
    void upWhenBootedServedWholeWithTheSecuritySpineAndTheDatabaseAnswers() {
        Readiness r = Readiness.of(true, WHOLE, true);
        assertThat(r.up()).isTrue();
        assertThat(r.status()).isEqualTo("UP");
        assertThat(r.waitingFor()).isEmpty();
    }

    @Test
    void aPlatformApplicationWithResourcesStillToJoinIsNotUp() {
        // booted and served, but a resource registered since is not in the server yet: a rebuild is due,
        // during which every /api/auth and /api/platform request answers 503
        Readiness r = Readiness.of(true, new Serving(false, WHOLE.bundles(), Set.of()), true);
        assertThat(r.up()).isFalse();
        assertThat(r.status()).isEqualTo("STARTING");
        assertThat(waitingFor(r)).containsExactly("platform_api");
    }

    @Test
    void aPlatformApplicationServedWithoutSomeOfItsResourcesNamesThem() {
        Readiness r = Readiness.of(true, new Serving(false, WHOLE.bundles(), Set.of("org.xuncha.platform.security.internal.web.AuthResource")), true);
        assertThat(r.status()).isEqualTo("STARTING");
        ErrorBody why = r.waitingFor().get(0);
        assertThat(why.code()).isEqualTo("platform_api");
        assertThat(why.message()).contains("AuthResource");
        assertThat(why.messageEn()).contains("AuthResource");
    }

    @Test
    void withoutTheSecuritySpinesResourcesNobodyCanSignInSoItIsNotUp() {
        Readiness r = Readiness.of(true, new Serving(true, Set.of("org.xuncha.platform.impl", "org.xuncha.platform.documents"), Set.of()), true);
        assertThat(r.up()).isFalse();
        assertThat(waitingFor(r)).containsExactly("security");
    }

    @Test
    void notBootedIsStartingWhateverElseHolds() {
        Readiness r = Readiness.of(false, WHOLE, true);
        assertThat(r.status()).isEqualTo("STARTING");
        assertThat(waitingFor(r)).containsExactly("booting");
    }

    @Test
    void onlyTheDatabaseMissingIsDegradedAndEverythingMissingIsNamed() {
        Readiness degraded = Readiness.of(true, WHOLE, false);
        assertThat(degraded.status()).isEqualTo("DEGRADED");
        assertThat(waitingFor(degraded)).containsExactly("database");

        Readiness nothing = Readiness.of(false, Serving.NONE, false);
        assertThat(nothing.status()).isEqualTo("STARTING");
        assertThat(waitingFor(nothing)).containsExactlyInAnyOrder("booting", "platform_api", "security", "database");
        nothing.waitingFor().forEach(w -> assertThat(w.message()).isNotBlank().isNotEqualTo(w.messageEn()));
    }

    @Test
    void whileThePlatformsApplicationIsNotInServiceHealthSaysWhatItWaitsFor() {
        Readiness r = Readiness.unserved();
        assertThat(r.status()).isEqualTo("STARTING");
        assertThat(waitingFor(r)).containsExactlyInAnyOrder("platform_api", "security");
    }
}
