package org.xuncha.platform.security.internal.account;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.security.FieldContext;

@Entity
@Table(name = "xc_user")
public class UserEntity {

    @Id
    @SequenceGenerator(name = "xc_user_seq", sequenceName = "xc_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_user_seq")
    Long id;

    @Column(name = "username", nullable = false, unique = true, length = 50)
    String username;

    @Column(name = "display_name", nullable = false, length = 50)
    String displayName;

    @Column(name = "division_code", length = 12)
    String divisionCode;

    @Column(name = "person_id")
    Long personId;

    @Column(name = "password_hash", nullable = false, length = 200)
    String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    LocalDateTime passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    /** When the system administrator asked for a one-time password the security administrator has not yet released. */
    @Column(name = "credential_requested_at")
    LocalDateTime credentialRequestedAt;

    @Column(name = "failed_attempts", nullable = false)
    int failedAttempts;

    @Column(name = "locked_until")
    LocalDateTime lockedUntil;

    /** SM4-encrypted TOTP secret, null when the second factor is not set up. */
    @Column(name = "totp_secret", length = 200)
    String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    boolean totpEnabled;

    /** The time step of the last code accepted: a code is good once, not for its whole 30 seconds. */
    @Column(name = "totp_last_step")
    Long totpLastStep;

    @Column(name = "enabled", nullable = false)
    boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "last_login_at")
    LocalDateTime lastLoginAt;

    @Version
    @Column(name = "version")
    Long version;

    /** Where the encrypted TOTP secret is stored, bound into its ciphertext. */
    FieldContext totpPlace() {
        return FieldContext.of("xc_user", "totp_secret", id);
    }
}
