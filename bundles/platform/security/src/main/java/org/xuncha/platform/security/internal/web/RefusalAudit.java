package org.xuncha.platform.security.internal.web;

import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.audit.AuditThrottle;

/**
 * Audits every 403 a signed-in caller gets for a missing permission or data outside their scope
 * ({@code forbidden}, {@code out_of_scope}), whichever service refused, as {@code SECURITY} /
 * {@code refusal}: the method and path (never the query, which may carry names), the code. At most
 * {@value #PER_MINUTE} a minute per account and address, so probing cannot flood the trail; the next
 * record says how many were left out. A JAX-RS extension every module's server gets.
 */
@Component(service = ContainerResponseFilter.class, property = "xuncha.extension=refusal-audit")
public class RefusalAudit implements ContainerResponseFilter {

    static final int PER_MINUTE = 5;
    private static final Set<String> AUDITED = Set.of("forbidden", "out_of_scope");
    private static final Logger LOG = LoggerFactory.getLogger(RefusalAudit.class);

    private final AuditTrail audit;
    private final AuditThrottle throttle = new AuditThrottle(PER_MINUTE, 60_000, 10_000);

    @Activate
    public RefusalAudit(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 403 || !(response.getEntity() instanceof ErrorBody body) || !AUDITED.contains(body.code())
                || request.getSecurityContext() == null || !(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        String ip = RequestInfo.clientIp();
        long left = throttle.admit(caller.username() + "|" + ip, System.currentTimeMillis());
        if (left < 0) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String summary = "拒绝访问（" + body.code() + "）：" + request.getMethod() + " " + path + (left > 0 ? "；此前另有 " + left + " 次未逐条记录" : "");
        try {
            audit.record(caller, AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, "refusal", body.code(), summary));
        } catch (RuntimeException e) {
            // the refusal stands whether or not it could be recorded
            LOG.error("Could not audit a refusal of {} {} to {}: {}", request.getMethod(), path, caller.username(), e.toString());
        }
    }
}
