package org.xuncha.platform.security.internal.account;

/** Outcome of a sign-in attempt; the account only when it succeeded. */
public record LoginResult(Outcome outcome, UserView user, long lockedMinutes, long retryAfterSeconds) {

    public LoginResult(Outcome outcome, UserView user, long lockedMinutes) {
        this(outcome, user, lockedMinutes, 0);
    }

    /**
     * {@code DELAYED}: an administrator's account after repeated failures from this address; the
     * attempt was not checked, try again after {@code retryAfterSeconds} (administrators are never locked).
     */
    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED, TOTP_REQUIRED, TOTP_INVALID, DELAYED }
}
