package org.xuncha.platform.api.rest;

/** Names shared by the platform's JAX-RS application and the resources that attach to it. */
public final class Rest {

    /** The platform's JAX-RS application name. */
    public static final String APPLICATION_NAME = "xuncha";

    /** Base path of the application. */
    public static final String BASE = "/api";

    /** Filter for {@code @JaxrsApplicationSelect}: attaches a resource to the {@code /api} application. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Media type of every request and response body, except downloads. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** Media type of Excel downloads. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Header a client must echo on writes with the value of the {@code XSRF-TOKEN} cookie. */
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private Rest() {
    }
}
