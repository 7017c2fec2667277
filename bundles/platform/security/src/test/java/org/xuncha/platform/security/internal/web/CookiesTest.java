package org.xuncha.platform.security.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CookiesTest {

    @Test
    void findsTheSessionAmongOtherCookies() {
        assertEquals("abc", Cookies.read("XSRF-TOKEN=x1; XSESSION=abc; theme=dark", Cookies.SESSION));
        assertEquals("abc", Cookies.read("XSESSION=\"abc\"", Cookies.SESSION));
    }

    @Test
    void emptyOrMalformedHeadersMeanNoSession() {
        assertNull(Cookies.read(null, Cookies.SESSION));
        assertNull(Cookies.read("", Cookies.SESSION));
        assertNull(Cookies.read(" ; ;=;", Cookies.SESSION));
        assertNull(Cookies.read("XSESSION=", Cookies.SESSION));
        assertNull(Cookies.read("MYXSESSION=abc", Cookies.SESSION));
    }
}
