package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SM3 against the examples of GB/T 32905-2016, appendix A. */
class Sm3Test {

    @Test
    void abcGivesTheStandardsFirstExample() {
        assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sixtyFourBytesGiveTheStandardsSecondExample() {
        assertThat(Sm3.hex("abcd".repeat(16))).isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void chineseTextIsHashedAsUtf8() {
        assertThat(Sm3.hex("巡察")).isNotEqualTo(Sm3.hex("巡查")).hasSize(64);
        assertThat(Sm3.digest("巡察".getBytes(java.nio.charset.StandardCharsets.UTF_8))).hasSize(32);
    }
}
