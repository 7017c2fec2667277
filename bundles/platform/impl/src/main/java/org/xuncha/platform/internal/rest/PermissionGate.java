package org.xuncha.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/**
 * Deny by default: one gate in front of every resource method of every server. A method declaring
 * {@link RequiresPermission} (or whose class does) lets through callers holding that permission;
 * {@link PublicEndpoint} lets everyone through; a method declaring neither refuses everyone, so a
 * forgotten declaration fails closed (and the endpoint-matrix test names it). A request CXF matched
 * to no method is refused the same way.
 *
 * <p>After the permission, and only for the methods that need it, the {@link AcceptGuard}'s 406. Both
 * run in this one post-matching filter, in that order (the order their per-method filters had, at
 * authorisation and header-decorator priority), after the pre-matching authentication that attaches
 * the caller. What a method declares is read once per method ({@link MatchedMethod}).
 */
@Component(service = ContainerRequestFilter.class, property = Extensions.KEY + "=" + Extensions.AUTHORIZATION)
public class PermissionGate implements ContainerRequestFilter {

    private static final MatchedMethod<Rules> RULES = new MatchedMethod<>(Rules::of);

    @Override
    public void filter(ContainerRequestContext request) {
        Rules rules = RULES.current();
        authorize(rules.declaration(), request.getSecurityContext());
        if (!rules.shadowed().isEmpty()) {
            AcceptGuard.refuseShadowed(rules.shadowed(), request.getUriInfo().getPathParameters());
        }
    }

    /** @throws ApiException 403 undeclared_endpoint, 401 without a caller, 403 forbidden without the permission */
    static void authorize(Declaration declaration, SecurityContext security) {
        if (declaration.publicReason() != null) {
            return;
        }
        if (declaration.permission() == null) {
            throw new ApiException(403, "undeclared_endpoint", "该接口未声明访问权限，已拒绝",
                    "This endpoint declares no permission and is refused");
        }
        Caller.of(security).require(declaration.permission());
    }

    /** What is checked for a method, before it runs. */
    record Rules(Declaration declaration, List<Map<String, String>> shadowed) {

        static Rules of(Class<?> type, Method method) {
            if (type == null || method == null) {
                return new Rules(new Declaration(null, null, null), List.of());
            }
            return new Rules(Declaration.of(type, method), List.copyOf(AcceptGuard.shadowed(type, method)));
        }
    }

    /** What a resource method declares about who may call it. */
    record Declaration(String permission, RequiresPermission.Scope scope, String publicReason) {

        static Declaration of(Class<?> type, Method method) {
            PublicEndpoint open = method.getAnnotation(PublicEndpoint.class);
            RequiresPermission perm = method.getAnnotation(RequiresPermission.class);
            if (open == null && perm == null) {
                open = type.getAnnotation(PublicEndpoint.class);
                perm = type.getAnnotation(RequiresPermission.class);
            }
            if (open != null) {
                return new Declaration(null, RequiresPermission.Scope.NONE, open.value());
            }
            return perm == null ? new Declaration(null, null, null) : new Declaration(perm.value(), perm.scope(), null);
        }

        boolean declared() {
            return permission != null || publicReason != null;
        }
    }
}
