package org.xuncha.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Content-Disposition for downloads: an ASCII fallback and the real name per RFC 6266 / RFC 5987. */
class DownloadsTest {

    /** attr-char of RFC 5987 plus the percent-encoding; nothing else may appear after UTF-8''. */
    private static final String ATTR_CHARS = "[A-Za-z0-9!#$&+\\-.^_`|~%]+";

    private static String encodedPart(String header) {
        return header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    }

    @Test
    void namesAChineseWorkbookTwice() {
        String header = Downloads.contentDisposition("问题线索台账.xlsx");
        assertThat(header).isEqualTo("attachment; filename=\"______.xlsx\"; "
                + "filename*=UTF-8''%E9%97%AE%E9%A2%98%E7%BA%BF%E7%B4%A2%E5%8F%B0%E8%B4%A6.xlsx");
        assertThat(URLDecoder.decode(encodedPart(header), StandardCharsets.UTF_8)).isEqualTo("问题线索台账.xlsx");
    }

    @Test
    void encodesEveryCharacterOutsideTheAttributeCharacters() {
        String name = "第1轮 巡察*计划 (草稿)'s;\"a\",b.xlsx";
        String encoded = encodedPart(Downloads.contentDisposition(name));
        assertThat(encoded).matches(ATTR_CHARS).doesNotContain("+").doesNotContain("*").doesNotContain("'");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(name);
    }

    @Test
    void keepsTheFallbackInsideItsQuotesAndOnOneLine() {
        String header = Downloads.contentDisposition("a\"b\\c\r\nSet-Cookie: x=1\u0000😀.xlsx");
        assertThat(header).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u0000");
        String fallback = header.substring("attachment; filename=\"".length(), header.indexOf("\"; filename*="));
        assertThat(fallback).isEqualTo("a_b_c__Set-Cookie: x=1__.xlsx");
    }
}
