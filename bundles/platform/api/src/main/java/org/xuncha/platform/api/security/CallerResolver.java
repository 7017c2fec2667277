package org.xuncha.platform.api.security;

import java.security.AccessController;
import java.util.Optional;

import javax.security.auth.Subject;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds a {@link Caller} for interfaces other than REST (where the security filter does it):
 * console commands, scheduled jobs acting for a user.
 */
@ProviderType
public interface CallerResolver {

    /** The caller for an active account, with roles, permissions and scope as of now. */
    Optional<Caller> byUsername(String username);

    /**
     * The caller of the current Karaf console session (the JAAS subject the shell runs under).
     *
     * @throws org.xuncha.platform.api.rest.ApiException 401 if the session has no platform user
     */
    Caller fromSubject(Subject subject);

    /**
     * The caller of the Karaf console session running the current command: Karaf runs every command
     * inside {@code Subject.doAs} with the session's JAAS subject, which this hands to
     * {@link #fromSubject}.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 401 if the session has no platform user
     */
    @SuppressWarnings("removal")
    default Caller console() {
        return fromSubject(Subject.getSubject(AccessController.getContext()));
    }
}
