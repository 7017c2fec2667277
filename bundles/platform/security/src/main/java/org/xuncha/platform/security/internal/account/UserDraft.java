package org.xuncha.platform.security.internal.account;

/**
 * What the system administrator sends to create or change an account. The username is set at
 * creation only; {@code enabled} null leaves it as it is (on).
 */
public record UserDraft(String username, String displayName, String divisionCode, Long personId, Boolean enabled) {
}
