package org.xuncha.platform.api.rest;

import java.util.Set;

/**
 * Names of the REST API. Each module is served by a JAX-RS server of its own at
 * {@code /api/<module-id>}; the platform's own resources at {@code /api} (sign-in at
 * {@code /api/auth}, {@code /api/health}, everything else under {@code /api/platform}). Resources
 * join their module's server with {@link ModuleResource}.
 */
public final class Rest {

    /** Base path of every application. */
    public static final String BASE = "/api";

    /** Module id of the platform's own resources; they are served at {@link #BASE} itself. */
    public static final String PLATFORM = "platform";

    /** Service property that {@link ModuleResource} sets: the module a resource belongs to. */
    public static final String MODULE_RESOURCE = "xuncha.module.resource";

    /**
     * First path segments under {@code /api} that belong to the platform: no module may take one of
     * these as its id.
     */
    public static final Set<String> RESERVED_SEGMENTS = Set.of("auth", "health", PLATFORM, "ui", "api");

    /** Media type of every request and response body, except downloads. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** Media type of Excel downloads. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Header a client must echo on writes with the value of the {@code XSRF-TOKEN} cookie. */
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private Rest() {
    }

    /** Where a module's application is served: {@code /api/<id>}, or {@code /api} for the platform. */
    public static String base(String moduleId) {
        return PLATFORM.equals(moduleId) ? BASE : BASE + "/" + moduleId;
    }
}
