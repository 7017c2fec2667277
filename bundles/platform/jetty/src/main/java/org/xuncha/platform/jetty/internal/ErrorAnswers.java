package org.xuncha.platform.jetty.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The web server's own error answers in the platform's error model: {@code {code, message (zh),
 * messageEn, fields: []}} as JSON, or a short bilingual page for a browser that asked for one.
 * Kept free of the platform's classes (this is a fragment of the Jetty bundle, which sees neither
 * the platform API nor Jackson); the codes are the ones the platform's ErrorMapper uses.
 */
final class ErrorAnswers {

    static final String JSON = "application/json;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    private ErrorAnswers() {
    }

    /** One answer: machine code and both messages. */
    record Answer(String code, String zh, String en) {
    }

    /**
     * What to say for a status. {@code reason} is Jetty's reason, added to the English message when
     * it tells more than the status ("Ambiguous URI path separator"); {@code incident} is quoted in
     * a 5xx message so the administrator can find the log entry.
     */
    static Answer answer(int status, String reason, String incident) {
        Answer a = switch (status) {
            case 400 -> new Answer("bad_request", "请求无效：请求地址、请求头或请求内容的格式不正确", "Bad request");
            case 401 -> new Answer("unauthenticated", "请先登录", "Please sign in");
            case 403 -> new Answer("forbidden", "无权访问", "Forbidden");
            case 404 -> new Answer("no_such_endpoint", "请求的地址不存在", "No such endpoint");
            case 405 -> new Answer("method_not_allowed", "不支持该请求方法", "Method not allowed");
            case 406 -> new Answer("not_acceptable", "无法提供所要求的响应格式", "Cannot produce the requested format");
            case 408 -> new Answer("request_timeout", "请求超时，请重试", "Request timed out; try again");
            case 411 -> new Answer("length_required", "请求须声明内容长度", "Content-Length required");
            case 413 -> new Answer("too_large", "请求内容过大", "Request body too large");
            case 414 -> new Answer("uri_too_long", "请求地址过长", "Request URI too long");
            case 415 -> new Answer("unsupported_media_type", "不支持的请求内容类型，请使用JSON", "Unsupported content type; send JSON");
            case 416 -> new Answer("range_not_satisfiable", "请求的范围无效", "Range not satisfiable");
            case 417 -> new Answer("expectation_failed", "无法满足请求头 Expect 的要求", "Expectation failed");
            case 429 -> new Answer("too_many_requests", "请求过于频繁，请稍后重试", "Too many requests; try again later");
            case 431 -> new Answer("headers_too_large", "请求头过大", "Request headers too large");
            case 500 -> incident == null
                    ? new Answer("internal_error", "服务器内部错误，请联系管理员", "Internal error; tell the administrator")
                    : new Answer("internal_error", "服务器内部错误，请联系管理员（事件编号 " + incident + "）",
                            "Internal error; tell the administrator (incident " + incident + ")");
            case 501 -> new Answer("not_implemented", "不支持该请求方法", "Method not implemented");
            case 503 -> new Answer("unavailable", "服务暂不可用，请稍后重试", "Service unavailable; try again shortly");
            case 505 -> new Answer("http_version_not_supported", "不支持该HTTP版本", "HTTP version not supported");
            default -> status < 500
                    ? new Answer("bad_request", "请求无效（" + status + "）", "Invalid request (" + status + ")")
                    : new Answer("server_error", "服务器错误（" + status + "）", "Server error (" + status + ")");
        };
        return detailed(a, status, reason);
    }

    private static Answer detailed(Answer a, int status, String reason) {
        if (reason == null || reason.isBlank() || status >= 500 || reason.equalsIgnoreCase(standardReason(status))) {
            return a;
        }
        String detail = reason.length() > 200 ? reason.substring(0, 200) : reason;
        return new Answer(a.code(), a.zh(), a.en() + " (" + detail + ")");
    }

    private static String standardReason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "";
        };
    }

    /**
     * Whether the client gets JSON: every request under {@code /api}, and any other whose
     * {@code Accept} names a JSON type. Browsers asking for a page get the page.
     */
    static boolean wantsJson(String uri, String accept) {
        if (uri != null && (uri.equals("/api") || uri.startsWith("/api/") || uri.startsWith("/api;") || uri.startsWith("/api?"))) {
            return true;
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
    }

    static byte[] json(Answer a) {
        return ("{\"code\":" + quote(a.code()) + ",\"message\":" + quote(a.zh()) + ",\"messageEn\":" + quote(a.en())
                + ",\"fields\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html(int status, Answer a) {
        String title = status + " " + escapeHtml(a.zh());
        return ("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n"
                + "<body><h1>" + title + "</h1><p>" + escapeHtml(a.en()) + "</p><p><a href=\"/\">返回首页 / Home</a></p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal; control characters and the line separators escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
