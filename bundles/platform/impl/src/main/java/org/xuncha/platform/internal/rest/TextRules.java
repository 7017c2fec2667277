package org.xuncha.platform.internal.rest;

/**
 * What text the API accepts, in JSON bodies and in parameters alike: no NUL or other C0 control
 * characters except tab, line feed and carriage return, no DEL, no unpaired UTF-16 surrogates
 * (what a lone {@code \\ud800} escape in JSON gives), no U+FFFD (what a decoder puts where the bytes
 * were not valid UTF-8, e.g. an overlong sequence in a URL) and no non-characters U+FFFE/U+FFFF.
 * Such text cannot be meant, breaks exports and some databases, and is refused rather than stored.
 */
final class TextRules {

    private TextRules() {
    }

    static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c == 0xfffe || c == 0xffff || c == 0xfffd) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
