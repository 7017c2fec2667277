package org.xuncha.roundplanning.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.target.TargetService;

/** /api/round-planning/rounds/{id}/targets: the units a round inspects. */
@Component(service = TargetsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/rounds/{id: \\d+}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {

    private final TargetService targets;

    @Activate
    public TargetsResource(@Reference TargetService targets) {
        this.targets = targets;
    }

    /** 201 when units were added, 200 when every unit chosen was a target already. */
    @POST
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Response add(@Context SecurityContext sc, @PathParam("id") long id, Target.Selection body) {
        Target.SelectionResult result = targets.add(Caller.of(sc), id, body);
        return result.added().isEmpty() ? Response.ok(result).build() : Created.of(result);
    }

    @PUT
    @Path("{unitId}")
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Target tag(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId, Target.Tags body) {
        return targets.tag(Caller.of(sc), id, unitId, body);
    }

    @DELETE
    @Path("{unitId}")
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Response remove(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId) {
        targets.remove(Caller.of(sc), id, unitId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{unitId}/rectification-report")
    @RequiresPermission(RoundPlanningPermissions.ROUND_TRACK)
    public Target rectificationReport(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId,
                                      Target.RectificationReport body) {
        return targets.recordRectificationReport(Caller.of(sc), id, unitId, body);
    }
}
