package org.xuncha.platform.internal.rest;

import java.lang.reflect.Method;

import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/**
 * Deny by default: every resource method gets a gate. A method declaring
 * {@link RequiresPermission} lets through callers holding that permission; {@link PublicEndpoint}
 * lets everyone through; a method declaring neither refuses everyone, so a forgotten declaration
 * fails closed (and the endpoint-matrix test names it).
 */
@Component(service = DynamicFeature.class, property = Extensions.KEY + "=" + Extensions.AUTHORIZATION)
public class PermissionGate implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new Gate(Declaration.of(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod())),
                Priorities.AUTHORIZATION);
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

    static final class Gate implements ContainerRequestFilter {

        private final Declaration declaration;

        Gate(Declaration declaration) {
            this.declaration = declaration;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (declaration.publicReason() != null) {
                return;
            }
            if (declaration.permission() == null) {
                throw new ApiException(403, "undeclared_endpoint", "该接口未声明访问权限，已拒绝",
                        "This endpoint declares no permission and is refused");
            }
            Caller.of(request.getSecurityContext()).require(declaration.permission());
        }
    }
}
