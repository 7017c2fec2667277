package org.xuncha.leadtransfer.internal;

/** Text input as the services store it. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed, or null when blank. */
    public static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
