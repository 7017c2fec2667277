package org.xuncha.platform.security.internal.audit;

import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;

/** /api/platform/audit: the security auditor reads and verifies the trail. */
@Component(service = AuditResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrailImpl audit;

    @Activate
    public AuditResource(@Reference AuditTrailImpl audit) {
        this.audit = audit;
    }

    @GET
    @RequiresPermission(value = SecurityDescriptor.AUDIT_READ, scope = RequiresPermission.Scope.NONE)
    public Page<AuditChain.Stored> find(@Context SecurityContext sc, @QueryParam("from") Long from, @QueryParam("to") Long to,
                                        @QueryParam("actor") String actor, @QueryParam("action") AuditAction action,
                                        @QueryParam("module") String module, @QueryParam("entityType") String entityType,
                                        @QueryParam("entityId") String entityId, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return audit.find(Caller.of(sc), new AuditTrailImpl.Query(from, to, actor, action, module, entityType, entityId),
                PageRequest.of(page, size, sort, Set.of("seq"), "-seq"));
    }

    @GET
    @Path("verify")
    @RequiresPermission(value = SecurityDescriptor.AUDIT_READ, scope = RequiresPermission.Scope.NONE)
    public AuditVerifier.Report verify(@Context SecurityContext sc) {
        return audit.verify(Caller.of(sc));
    }

    /** Seals the chain head now rather than at the next interval. */
    @POST
    @Path("seal")
    @RequiresPermission(value = SecurityDescriptor.AUDIT_READ, scope = RequiresPermission.Scope.NONE)
    public Map<String, Long> seal(@Context SecurityContext sc) {
        Caller.of(sc).require(SecurityDescriptor.AUDIT_READ);
        return Map.of("sealedSeq", audit.seal());
    }
}
