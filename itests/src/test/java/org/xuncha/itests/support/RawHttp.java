package org.xuncha.itests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends (a malformed request line,
 * bad percent-encoding, a header over the limit): the bytes go out as given, one request per
 * connection, and the answer is read until the server closes it.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Status, headers (names lower-case) and body of one answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code request} (ISO-8859-1, so each char is one byte) to 127.0.0.1:port. */
    public static Answer send(int port, String request) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    all.write(buf, 0, n);
                    if (complete(all.toByteArray())) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server may reset a connection it refused; what arrived is the answer
            }
            return parse(all.toByteArray());
        } catch (IOException e) {
            throw new AssertionError("raw request failed: " + e, e);
        }
    }

    /** Whether the bytes hold the whole answer, as its Content-Length says. */
    private static boolean complete(byte[] bytes) {
        int end = headerEnd(bytes);
        if (end < 0) {
            return false;
        }
        String length = parse(bytes).header("content-length");
        return length != null && bytes.length - end >= Integer.parseInt(length.trim());
    }

    private static int headerEnd(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private static Answer parse(byte[] bytes) {
        int end = headerEnd(bytes);
        if (end < 0) {
            throw new AssertionError("no HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = new byte[bytes.length - end];
        System.arraycopy(bytes, end, body, 0, body.length);
        return new Answer(status, headers, body);
    }
}
