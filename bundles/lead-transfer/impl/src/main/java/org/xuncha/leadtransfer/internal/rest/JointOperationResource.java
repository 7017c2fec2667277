package org.xuncha.leadtransfer.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.joint.Calendar;
import org.xuncha.leadtransfer.internal.joint.JointService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/joint-operations: 巡纪审联动, findings brought in, the shared calendar and visits. */
@Component(service = JointOperationResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/joint-operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JointOperationResource {

    private final JointService joint;

    @Activate
    public JointOperationResource(@Reference JointService joint) {
        this.joint = joint;
    }

    @GET
        @RequiresPermission(value = Permissions.JOINT_READ, scope = Scope.GROUP)
    public List<JointService.JointView> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId) {
        return joint.list(Caller.of(sc), termId, roundId);
    }

    @POST
        @RequiresPermission(Permissions.JOINT_WRITE)
    public Response create(@Context SecurityContext sc, JointService.JointInput body) {
        return Response.status(201).entity(joint.create(Caller.of(sc), body)).build();
    }

    @GET
    @Path("calendar")
    @RequiresPermission(Permissions.JOINT_READ)
    public List<Calendar.Entry> calendar(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("unitId") Long unitId,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        if (termId == null) {
            throw ApiException.validation(List.of(new FieldError("termId", "required", "请指定届次", "termId is required")));
        }
        return joint.calendar(Caller.of(sc), termId, unitId, Params.date("from", from), Params.date("to", to));
    }

    @POST
    @Path("visits")
    @RequiresPermission(Permissions.VISIT_WRITE)
    public Response recordVisit(@Context SecurityContext sc, JointService.VisitInput body) {
        return Response.status(201).entity(joint.recordVisit(Caller.of(sc), body)).build();
    }

    @DELETE
    @Path("visits/{id}")
    @RequiresPermission(Permissions.VISIT_WRITE)
    public Response deleteVisit(@Context SecurityContext sc, @PathParam("id") long id) {
        joint.deleteVisit(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = Permissions.JOINT_READ, scope = Scope.GROUP)
    public JointService.JointView get(@Context SecurityContext sc, @PathParam("id") long id) {
        return joint.get(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Permissions.JOINT_WRITE)
    public JointService.JointView update(@Context SecurityContext sc, @PathParam("id") long id, JointService.JointInput body) {
        return joint.update(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/findings")
    @RequiresPermission(Permissions.FINDING_IMPORT)
    public Response bringIn(@Context SecurityContext sc, @PathParam("id") long id, JointService.FindingInput body) {
        return Response.status(201).entity(joint.bringIn(Caller.of(sc), id, body)).build();
    }
}
