package org.xuncha.platform.api.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;

class OtherModuleTest {

    private final AtomicReference<CharSequence> field = new AtomicReference<>();
    private final OtherModule<CharSequence> other = OtherModule.of("round-planning", field::get, "巡察规划模块未运行", "Round planning is not running");

    @Test
    void absentIsA503NamedAfterTheModule() {
        assertThat(other.present()).isFalse();
        assertThatThrownBy(() -> other.ask(CharSequence::length)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo("round_planning_unavailable");
            assertThat(e.messageZh()).isEqualTo("巡察规划模块未运行");
        });
        assertThatThrownBy(other::requireAvailable).isInstanceOf(ApiException.class);
    }

    @Test
    void presentAnswers() {
        field.set("abc");
        assertThat(other.present()).isTrue();
        assertThat(other.ask(CharSequence::length)).isEqualTo(3);
    }

    @Test
    void aFailureBecauseTheModuleWentAwayMeanwhileIsA503() {
        field.set("abc");
        assertThatThrownBy(() -> other.ask(s -> {
            field.set(null);
            throw new IllegalStateException("service unregistered");
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void aRealFailureAndTheOtherModulesOwnAnswerPassAsTheyAre() {
        field.set("abc");
        assertThatThrownBy(() -> other.ask(s -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.ask(s -> {
            throw ApiException.outOfScope();
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
