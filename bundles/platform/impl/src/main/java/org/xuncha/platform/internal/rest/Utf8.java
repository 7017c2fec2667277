package org.xuncha.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.xuncha.platform.api.rest.ApiException;

/**
 * A request body read as UTF-8, strictly: malformed or overlong sequences, encoded surrogates and
 * anything in another encoding are refused with a 400 instead of being guessed at. A NUL byte counts
 * as another encoding: JSON never contains one (a NUL character is written {@code \\u0000}), and a
 * body in UTF-16 or UTF-32 ({@code 00 00 00 7B ...}) is full of them. A leading byte order mark is
 * dropped.
 */
final class Utf8 {

    private Utf8() {
    }

    static String decode(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        for (byte b : bytes) {
            if (b == 0) {
                throw refused();
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw refused();
        }
    }

    private static ApiException refused() {
        return ApiException.badRequest("invalid_encoding", "请求内容不是有效的UTF-8编码", "The request body is not valid UTF-8");
    }
}
