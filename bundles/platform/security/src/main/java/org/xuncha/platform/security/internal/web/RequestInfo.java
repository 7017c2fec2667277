package org.xuncha.platform.security.internal.web;

import org.xuncha.platform.api.security.Caller;

/** The client address and caller of the HTTP request being served on this thread, for the audit trail. */
public final class RequestInfo {

    private static final ThreadLocal<String> CLIENT_IP = new ThreadLocal<>();
    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private RequestInfo() {
    }

    public static String clientIp() {
        return CLIENT_IP.get();
    }

    /** The signed-in caller of the request on this thread, null if none (or not a request thread). */
    public static Caller caller() {
        return CALLER.get();
    }

    static void setCaller(Caller caller) {
        CALLER.set(caller);
    }

    static void set(String ip) {
        CLIENT_IP.set(ip);
    }

    static void clear() {
        CLIENT_IP.remove();
        CALLER.remove();
    }
}
