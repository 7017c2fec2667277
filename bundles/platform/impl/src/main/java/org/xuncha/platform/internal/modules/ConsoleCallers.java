package org.xuncha.platform.internal.modules;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;

/** The platform user behind the current console session. */
final class ConsoleCallers {

    private ConsoleCallers() {
    }

    @SuppressWarnings("removal")
    static Caller current(CallerResolver resolver) {
        // Karaf runs every command inside Subject.doAs with the session's JAAS subject.
        return resolver.fromSubject(Subject.getSubject(AccessController.getContext()));
    }
}
