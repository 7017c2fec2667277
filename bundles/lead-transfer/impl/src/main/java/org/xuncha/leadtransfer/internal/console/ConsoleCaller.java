package org.xuncha.leadtransfer.internal.console;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;

/** The platform user behind the console session: commands go through the services with the same checks as REST. */
final class ConsoleCaller {

    private ConsoleCaller() {
    }

    @SuppressWarnings("removal")
    static Caller of(CallerResolver resolver) {
        return resolver.fromSubject(Subject.getSubject(AccessController.getContext()));
    }

    static String cell(Object o) {
        return o == null ? "-" : o.toString();
    }
}
