package org.xuncha.platform.api.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

/**
 * File downloads as every endpoint answers them. The file name goes in {@code Content-Disposition}
 * twice: an ASCII fallback for old clients and {@code filename*=UTF-8''...} (RFC 6266 / RFC 5987),
 * which browsers prefer, so an office saves {@code 问题线索台账.xlsx} and not {@code ______.xlsx}.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A 200 answer carrying {@code bytes} as an attachment named {@code filename}. */
    public static Response attachment(byte[] bytes, String mediaType, String filename) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", contentDisposition(filename)).build();
    }

    /**
     * Like {@link #attachment}, and no browser or proxy may keep a copy ({@code Cache-Control:
     * no-store}): for decrypted confidential content, such as interview records and their scans.
     */
    public static Response confidential(byte[] bytes, String mediaType, String filename) {
        return Response.ok(bytes, mediaType).header("Content-Disposition", contentDisposition(filename))
                .header("Cache-Control", "no-store").build();
    }

    /** An Excel workbook named {@code filename} (which should end in {@code .xlsx}). */
    public static Response xlsx(byte[] bytes, String filename) {
        return attachment(bytes, Rest.XLSX, filename);
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>}. */
    public static String contentDisposition(String filename) {
        String fallback = asciiFallback(filename);
        // URLEncoder writes form encoding: a space as "+" and "*" as itself, neither an attr-char of RFC 5987
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    /**
     * The name with every character outside printable ASCII (and the quote and backslash) replaced by
     * {@code _}, keeping the extension readable: {@code 问题线索台账.xlsx} becomes {@code ______.xlsx}.
     */
    static String asciiFallback(String filename) {
        StringBuilder sb = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return sb.toString();
    }
}
