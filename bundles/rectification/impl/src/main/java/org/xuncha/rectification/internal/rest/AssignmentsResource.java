package org.xuncha.rectification.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.assignment.AssignmentUnits;

/** {@code /api/rectification/assignments}: 书记批示, 共性问题交办单, 专项整治, tracked to completion. */
@Component(service = AssignmentsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    private final AssignmentService assignments;
    private final AssignmentUnits units;

    @Activate
    public AssignmentsResource(@Reference AssignmentService assignments, @Reference AssignmentUnits units) {
        this.assignments = assignments;
        this.units = units;
    }

    /** {@code ?kind=&completed=&page=&size=&sort=}, latest first. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.ORGANISATION)
    public Page<Assignment> list(@Context SecurityContext sc, @QueryParam("kind") AssignmentKind kind, @QueryParam("completed") Boolean completed,
                                 @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return assignments.assignments(Caller.of(sc), kind, completed, PageRequest.of(page, size, sort, AssignmentService.SORTABLE, "-assignedOn"));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.ORGANISATION)
    public Assignment get(@Context SecurityContext sc, @PathParam("id") long id) {
        return assignments.assignment(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public Response record(@Context SecurityContext sc, @Context UriInfo uri, AssignmentDraft body) {
        Assignment a = assignments.record(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @POST
    @Path("{id}/completion")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public Assignment complete(@Context SecurityContext sc, @PathParam("id") long id, AssignmentDraft.Completion body) {
        return assignments.complete(Caller.of(sc), id, body);
    }

    /** The ledger across units of a common problem or campaign (a unit's contact: its own line). */
    @GET
    @Path("{id}/units")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.ORGANISATION)
    public List<AssignmentUnits.UnitLine> units(@Context SecurityContext sc, @PathParam("id") long id) {
        return units.units(Caller.of(sc), id);
    }

    /** {@code {unitIds}}: the units it is assigned to; the whole ledger. */
    @POST
    @Path("{id}/units")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public List<AssignmentUnits.UnitLine> assign(@Context SecurityContext sc, @PathParam("id") long id, AssignmentUnits.UnitsDraft body) {
        return units.assign(Caller.of(sc), id, body);
    }

    /** {@code {completedOn, result}}: the unit reports its line done. */
    @POST
    @Path("{id}/units/{unitId}/completion")
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.ORGANISATION)
    public AssignmentUnits.UnitLine completeUnit(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId,
                                                 AssignmentDraft.Completion body) {
        return units.complete(Caller.of(sc), id, unitId, body);
    }
}
