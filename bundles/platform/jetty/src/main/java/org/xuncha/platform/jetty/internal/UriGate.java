package org.xuncha.platform.jetty.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Refuses, with a 400, request URIs that Jetty 9.4 lets through but that cannot be meant and that
 * the servlets behind it fail on in their own ways (CXF answered {@code ?page=%zz} and
 * {@code /api/x%uFFFF} with a 500):
 * <ul>
 * <li>percent-encoding that is not {@code %} and two hex digits ({@code %zz}, {@code %u2215}, a
 * trailing {@code %}), in the path or the query;</li>
 * <li>percent-encoded bytes that are not UTF-8 ({@code %C0%AF}, {@code %FF}), which decoders turn into
 * U+FFFD or into something else;</li>
 * <li>an encoded path separator ({@code %2F}, {@code %5C}) or an encoded dot segment
 * ({@code %2E%2E}): whether {@code /units/1%2F2} is one segment or two depends on who decodes it, so
 * an id containing one is refused rather than guessed at (what Jetty 10 and later do by default).</li>
 * </ul>
 */
public class UriGate extends HandlerWrapper {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpURI uri = baseRequest.getHttpURI();
        String problem = uri == null ? null : problem(uri.getPath(), uri.getQuery());
        if (problem != null) {
            baseRequest.setHandled(true);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        super.handle(target, baseRequest, request, response);
    }

    /** What is wrong with the raw (still encoded) path and query, or null. */
    static String problem(String rawPath, String rawQuery) {
        if (rawPath != null) {
            String p = decodes(rawPath);
            if (p != null) {
                return p;
            }
            String lower = rawPath.toLowerCase(Locale.ROOT);
            if (lower.contains("%2f") || lower.contains("%5c")) {
                return "Ambiguous URI path separator";
            }
            for (String segment : lower.split("/", -1)) {
                String name = segment.split(";", 2)[0];
                String decoded = name.replace("%2e", ".");
                if (!decoded.equals(name) && (decoded.equals(".") || decoded.equals(".."))) {
                    return "Ambiguous URI path segment";
                }
            }
        }
        return rawQuery == null ? null : decodes(rawQuery);
    }

    /** Null if the text is well-formed percent-encoding of UTF-8, else why not. */
    static String decodes(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFFFD') {
                // what Jetty put where the request line's own bytes were not UTF-8
                return "URI is not valid UTF-8";
            } else if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return "Malformed percent-encoding in URI";
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) << 4 | Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Jetty has decoded the request line as UTF-8 already: a raw non-ASCII character stands for itself
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                byte[] encoded = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "URI is not valid UTF-8";
        }
    }
}
