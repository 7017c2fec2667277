package org.xuncha.platform.security.internal.account;

/** Outcome of a sign-in attempt; the account only when it succeeded. */
public record LoginResult(Outcome outcome, UserView user, long lockedMinutes) {

    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED, TOTP_REQUIRED, TOTP_INVALID }
}
