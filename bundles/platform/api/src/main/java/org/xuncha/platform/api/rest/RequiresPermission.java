package org.xuncha.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission a REST resource method needs. Every resource method of the
 * {@code /api} application must carry this or {@link PublicEndpoint}; a method with neither is
 * refused at run time and fails the endpoint-matrix test. On a class it applies to every method
 * that does not declare its own.
 *
 * <p>The annotation is the gate at the door; services still check the caller's permission and
 * data scope themselves, so the console and any other interface are held to the same rules.</p>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** Permission id, e.g. {@code platform.reference.read}. */
    String value();

    /** The data scope the endpoint reads, for documentation and the endpoint listing. */
    Scope scope() default Scope.ORGANISATION;

    /** Which data an endpoint's reads are limited to. */
    enum Scope {
        /** Not limited to the caller's organisation (e.g. global reference lists). */
        NONE,
        /** The caller's division and, for a city office, its counties. */
        ORGANISATION,
        /** As ORGANISATION and, for group roles, only their own rounds, groups and targets. */
        GROUP,
        /** The caller's own account. */
        SELF
    }
}
