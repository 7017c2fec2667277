package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.platform.api.rest.ApiException;

class Utf8Test {

    private static String decode(byte[] bytes) throws IOException {
        return Utf8.decode(new ByteArrayInputStream(bytes));
    }

    @Test
    void decodesUtf8IncludingFourByteCharacters() throws IOException {
        assertThat(decode("巡察 😀 é".getBytes(StandardCharsets.UTF_8))).isEqualTo("巡察 😀 é");
        assertThat(decode(new byte[0])).isEmpty();
    }

    @Test
    void dropsOneLeadingByteOrderMarkOnly() throws IOException {
        assertThat(decode(HexFormat.of().parseHex("EFBBBF7B7D"))).isEqualTo("{}");
        assertThat(decode(HexFormat.of().parseHex("EFBBBFEFBBBF7B7D"))).isEqualTo("\uFEFF{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C0AF", "C1BF", "E080AF", "F08080AF", "F888808080", "FC8480808080", // overlong and obsolete forms
        "EDA080", "EDBFBF",            // UTF-16 surrogates encoded as UTF-8
        "F4908080",                    // above U+10FFFF
        "80", "BF", "E4B8", "E4", "F09F98", // stray continuation bytes and truncated sequences
        "FE", "FF", "FFFE7B00", "FEFF007B", // bytes UTF-8 never uses, UTF-16 byte order marks
        "00", "7B00", "0000007B", "7B000000", // NUL bytes: UTF-16 or UTF-32
        "E9", "D6D0",                  // Latin-1 é, GBK 中
    })
    void refusesWhatIsNotUtf8(String hex) {
        assertThatThrownBy(() -> decode(HexFormat.of().parseHex(hex)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid_encoding");
                    assertThat(e.messageZh()).contains("UTF-8");
                    assertThat(e.messageEn()).contains("UTF-8");
                });
    }
}
