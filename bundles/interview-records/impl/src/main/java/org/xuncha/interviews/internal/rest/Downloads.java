package org.xuncha.interviews.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.Response;

import org.xuncha.interviews.api.Download;

/** Download responses with the Chinese file name the browser should save under. */
final class Downloads {

    private Downloads() {
    }

    static Response of(Download d) {
        String encoded = URLEncoder.encode(d.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = d.filename().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store")
                .build();
    }
}
