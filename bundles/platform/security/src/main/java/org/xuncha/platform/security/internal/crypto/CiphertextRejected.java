package org.xuncha.platform.security.internal.crypto;

import org.xuncha.platform.api.security.FieldContext;

/** A ciphertext that does not decrypt where it was read: moved from another place, altered, or under an unknown key. */
public final class CiphertextRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why, in a word: {@code moved_or_altered}, {@code unknown_key}, {@code malformed}, {@code needs_place}. */
    private final String reason;
    private final transient FieldContext where;

    CiphertextRejected(String reason, FieldContext where, Throwable cause) {
        super("ciphertext rejected (" + reason + ")" + (where == null ? "" : " at " + where), cause);
        this.reason = reason;
        this.where = where;
    }

    public String reason() {
        return reason;
    }

    /** Where it was read; null when read without a place. */
    public FieldContext where() {
        return where;
    }
}
