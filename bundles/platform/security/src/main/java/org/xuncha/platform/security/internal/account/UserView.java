package org.xuncha.platform.security.internal.account;

import java.time.LocalDateTime;
import java.util.Set;

/** An account as the administrators see it; never the password hash or TOTP secret. */
public record UserView(long id, String username, String displayName, String divisionCode, Long personId, Set<String> roles,
                       boolean enabled, boolean locked, boolean mustChangePassword, boolean totpEnabled,
                       LocalDateTime lastLoginAt, LocalDateTime passwordChangedAt, Long version, boolean credentialsPending) {
}
