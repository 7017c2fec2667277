package org.xuncha.platform.internal.rest;

/**
 * Service property naming the platform's JAX-RS extensions, so the application can require each
 * one. The security bundle registers the {@code authentication} extension with the same property.
 */
final class Extensions {

    static final String KEY = "xuncha.extension";
    static final String JSON = "json";
    static final String ERRORS = "errors";
    static final String AUTHENTICATION = "authentication";
    static final String AUTHORIZATION = "authorization";

    private Extensions() {
    }
}
