package org.xuncha.platform.security.internal.web;

/** The client address of the HTTP request being served on this thread, for the audit trail. */
public final class RequestInfo {

    private static final ThreadLocal<String> CLIENT_IP = new ThreadLocal<>();

    private RequestInfo() {
    }

    public static String clientIp() {
        return CLIENT_IP.get();
    }

    static void set(String ip) {
        CLIENT_IP.set(ip);
    }

    static void clear() {
        CLIENT_IP.remove();
    }
}
