package org.xuncha.platform.security.internal.web;

import java.util.Map;

import javax.ws.rs.core.Cookie;

/** Session and CSRF cookies. SameSite=Strict keeps them off cross-site requests altogether. */
final class Cookies {

    static final String SESSION = "XSESSION";
    static final String CSRF = "XSRF-TOKEN";

    private Cookies() {
    }

    static String read(Map<String, Cookie> cookies, String name) {
        Cookie c = cookies.get(name);
        return c == null ? null : c.getValue();
    }

    static String session(String token, boolean secure) {
        return SESSION + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** Readable by the page's script, which echoes it in the X-XSRF-TOKEN header on writes. */
    static String csrf(String token, boolean secure) {
        return CSRF + "=" + token + "; Path=/; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    static String expire(String name, boolean secure) {
        return name + "=; Path=/; Max-Age=0; SameSite=Strict" + (secure ? "; Secure" : "") + (SESSION.equals(name) ? "; HttpOnly" : "");
    }
}
