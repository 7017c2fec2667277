package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "巡察工作", "tab\there", "lines\r\nand\nmore", "emoji 😀 and 𠀀", "\u00a0\u3000", "\ue000 private use", "~"})
    void takesOrdinaryText(String s) {
        assertThat(TextRules.clean(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b[0m", "\u001f", "\u007f",
        "\ud800", "a\ud800b", "\udc00", "\ud83d", "\ude00\ud83d", "\ud800\ud800", "\ufffd", "\ufffe", "\uffff"})
    void refusesControlCharactersBrokenPairsAndNonCharacters(String s) {
        assertThat(TextRules.clean(s)).isFalse();
    }

    @Test
    void checksEveryPositionNotOnlyTheFirst() {
        assertThat(TextRules.clean("x".repeat(1000) + "\u0000")).isFalse();
        assertThat(TextRules.clean("😀".repeat(500) + "\ud800")).isFalse();
        assertThat(TextRules.clean("😀".repeat(500))).isTrue();
    }
}
