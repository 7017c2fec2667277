package org.xuncha.platform.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Security settings, PID {@code org.xuncha.security}; changes apply at once without a restart. */
@ObjectClassDefinition(name = "xuncha security", description = "Password policy, lockout, sessions, audit sealing, key directory")
public @interface SecurityConfig {

    @AttributeDefinition(description = "Directory of key files; empty for ${karaf.etc}/xuncha-keys")
    String keyDirectory() default "";

    @AttributeDefinition(description = "Minimum password length")
    int passwordMinLength() default 10;

    @AttributeDefinition(description = "Character classes (lower, upper, digit, other) a password must use")
    int passwordMinClasses() default 3;

    @AttributeDefinition(description = "Days until a password must be changed; 0 never")
    int passwordExpiryDays() default 90;

    @AttributeDefinition(description = "Number of previous passwords that may not be reused")
    int passwordHistory() default 5;

    @AttributeDefinition(description = "Failed logins before the account is locked")
    int maxFailedLogins() default 5;

    @AttributeDefinition(description = "Minutes an account stays locked")
    int lockoutMinutes() default 30;

    @AttributeDefinition(description = "Minutes of inactivity after which a session ends")
    int sessionIdleMinutes() default 30;

    @AttributeDefinition(description = "Minutes after which a session ends, active or not")
    int sessionAbsoluteMinutes() default 480;

    @AttributeDefinition(description = "Login attempts allowed per client address per minute")
    int loginAttemptsPerMinute() default 20;

    @AttributeDefinition(description = "Seconds between SM2 seals of the audit chain head")
    int auditSealIntervalSeconds() default 300;

    @AttributeDefinition(description = "Microseconds a batch of audit records may wait for more to join it while requests overlap "
            + "(at most 10000; 0 never waits)")
    int auditGatherMicros() default 1000;

    @AttributeDefinition(description = "File of the audit chain's SM2-signed anchors outside the database; empty for ${karaf.data}/xuncha/audit-anchors.log")
    String auditAnchorLog() default "";

    @AttributeDefinition(description = "Largest request body accepted, in bytes")
    long maxRequestBytes() default 20 * 1024 * 1024;
}
