package org.xuncha.platform.internal.rest;

/**
 * Service property naming the platform's JAX-RS extensions, so that every module's server can
 * require each one. The security bundle registers the {@code authentication} and
 * {@code refusal-audit} extensions with the same property.
 */
final class Extensions {

    static final String KEY = "xuncha.extension";
    static final String JSON = "json";
    static final String ERRORS = "errors";
    static final String AUTHENTICATION = "authentication";
    static final String AUTHORIZATION = "authorization";
    static final String PARAMS = "params";
    static final String LOCATION = "location";
    static final String REFUSAL_AUDIT = "refusal-audit";

    /**
     * What every module's server requires before it serves, so no endpoint is ever reachable without
     * JSON, error mapping, authentication, the permission gate (with the 406 guard), strict parameters,
     * the Location of what a POST created and the audit of refused requests. (Were the last one optional,
     * a server built before it registered would leave refusals unaudited until it did, and its arrival
     * would rebuild every server.)
     */
    static final String[] REQUIRED = {JSON, ERRORS, AUTHENTICATION, AUTHORIZATION, PARAMS, LOCATION, REFUSAL_AUDIT};

    private Extensions() {
    }
}
