package org.xuncha.platform.security.internal.web;

/** Session and CSRF cookies. SameSite=Strict keeps them off cross-site requests altogether. */
final class Cookies {

    static final String SESSION = "XSESSION";
    static final String CSRF = "XSRF-TOKEN";

    private Cookies() {
    }

    /**
     * The value of one cookie in a Cookie request header, or null. Parsed here rather than through
     * JAX-RS: CXF throws on a malformed or empty header, which would turn a harmless request into a 500.
     */
    static String read(String cookieHeader, String name) {
        if (cookieHeader == null) {
            return null;
        }
        for (String pair : cookieHeader.split("[;,]")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
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
