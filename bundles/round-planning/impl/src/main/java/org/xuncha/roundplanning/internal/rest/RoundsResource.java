package org.xuncha.roundplanning.internal.rest;

import java.util.List;
import java.util.Set;

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
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;

/**
 * /api/round-planning/rounds: rounds, their plan and its approval, targets, groups, stages, deadlines; plus the
 * overdue list and avoidance declarations. Approvals and stage changes are gated on reading
 * rounds here; the service checks the permission of the particular approving body or stage.
 */
@Component(service = RoundsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {

    static final Set<String> SORTABLE = Set.of("id", "number", "name", "plannedStart", "stage", "termId");
    private static final String READ = RoundPlanningService.ROUND_READ;
    private static final String WRITE = RoundPlanningService.ROUND_WRITE;
    private static final String TRACK = RoundPlanningService.ROUND_TRACK;

    private final RoundPlanningService service;

    @Activate
    public RoundsResource(@Reference RoundPlanningService service) {
        this.service = service;
    }

    // ------------------------------------------------------------------ rounds

    @GET
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public Page<Round> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("divisionCode") String division,
                            @QueryParam("stage") String stage, @QueryParam("type") String type, @QueryParam("priorityId") Long priorityId,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        Round.Query q = new Round.Query(termId, division, Params.enumOf(Stage.class, stage, "stage"),
                Params.enumOf(RoundType.class, type, "type"), priorityId);
        return service.rounds(Caller.of(sc), q, PageRequest.of(page, size, sort, SORTABLE, "-id"));
    }

    @POST
    @RequiresPermission(WRITE)
    public Response create(@Context SecurityContext sc, Round.Draft body) {
        return Params.created(service.createRound(Caller.of(sc), body));
    }

    @GET
    @Path("overdue")
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public List<Deadline> overdue(@Context SecurityContext sc) {
        return service.overdue(Caller.of(sc));
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public RoundDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.round(Caller.of(sc), id);
    }

    @PUT
    @Path("{id: \\d+}")
    @RequiresPermission(WRITE)
    public Round update(@Context SecurityContext sc, @PathParam("id") long id, Round.Draft body) {
        return service.updateRound(Caller.of(sc), id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @RequiresPermission(WRITE)
    public Response delete(@Context SecurityContext sc, @PathParam("id") long id) {
        service.deleteRound(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/deadlines")
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public List<Deadline> deadlines(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.round(Caller.of(sc), id).deadlines();
    }

    @GET
    @Path("{id: \\d+}/plan.xlsx")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public Response exportPlan(@Context SecurityContext sc, @PathParam("id") long id) {
        return Params.download(service.exportPlan(Caller.of(sc), id), "round-plan-" + id + ".xlsx");
    }

    @POST
    @Path("{id: \\d+}/stage")
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public Round changeStage(@Context SecurityContext sc, @PathParam("id") long id, StageChange.Request body) {
        return service.changeStage(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/approvals")
    @RequiresPermission(READ)
    public Round decide(@Context SecurityContext sc, @PathParam("id") long id, Approval.Request body) {
        return service.decide(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/amendments")
    @RequiresPermission(RoundPlanningService.PLAN_AMEND)
    public Response openAmendment(@Context SecurityContext sc, @PathParam("id") long id, Amendment.Request body) {
        return Params.created(service.openAmendment(Caller.of(sc), id, body));
    }

    @POST
    @Path("{id: \\d+}/amendments/{amendmentId}/close")
    @RequiresPermission(RoundPlanningService.PLAN_AMEND)
    public Amendment closeAmendment(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("amendmentId") long amendmentId) {
        return service.closeAmendment(Caller.of(sc), id, amendmentId);
    }

    // ------------------------------------------------------------------ targets

    @POST
    @Path("{id: \\d+}/targets")
    @RequiresPermission(WRITE)
    public Target.SelectionResult addTargets(@Context SecurityContext sc, @PathParam("id") long id, Target.Selection body) {
        return service.addTargets(Caller.of(sc), id, body);
    }

    @PUT
    @Path("{id: \\d+}/targets/{unitId}")
    @RequiresPermission(WRITE)
    public Target tagTarget(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId, Target.Tags body) {
        return service.tagTarget(Caller.of(sc), id, unitId, body);
    }

    @DELETE
    @Path("{id: \\d+}/targets/{unitId}")
    @RequiresPermission(WRITE)
    public Response removeTarget(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId) {
        service.removeTarget(Caller.of(sc), id, unitId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: \\d+}/targets/{unitId}/rectification-report")
    @RequiresPermission(TRACK)
    public Target rectificationReport(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("unitId") long unitId,
                                      Target.RectificationReport body) {
        return service.recordRectificationReport(Caller.of(sc), id, unitId, body);
    }

    // ------------------------------------------------------------------ groups

    @GET
    @Path("{id: \\d+}/groups")
    @RequiresPermission(value = READ, scope = Scope.GROUP)
    public List<Group> groups(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.groups(Caller.of(sc), id);
    }

    @POST
    @Path("{id: \\d+}/groups")
    @RequiresPermission(WRITE)
    public Response createGroup(@Context SecurityContext sc, @PathParam("id") long id, Group.Draft body) {
        return Params.created(service.createGroup(Caller.of(sc), id, body));
    }

    @PUT
    @Path("{id: \\d+}/groups/{groupId}")
    @RequiresPermission(WRITE)
    public Group updateGroup(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId, Group.Draft body) {
        return service.updateGroup(Caller.of(sc), id, groupId, body);
    }

    @DELETE
    @Path("{id: \\d+}/groups/{groupId}")
    @RequiresPermission(WRITE)
    public Response deleteGroup(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId) {
        service.deleteGroup(Caller.of(sc), id, groupId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: \\d+}/groups/{groupId}/authorisation")
    @RequiresPermission(TRACK)
    public Group authorise(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId,
                           Group.Authorisation body) {
        return service.authorise(Caller.of(sc), id, groupId, body);
    }

    // ------------------------------------------------------------------ avoidance

    @GET
    @Path("avoidances")
    @RequiresPermission(value = RoundPlanningService.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public List<Avoidance> avoidances(@Context SecurityContext sc, @QueryParam("personId") Long personId) {
        return service.avoidances(Caller.of(sc), personId);
    }

    @POST
    @Path("avoidances")
    @RequiresPermission(value = RoundPlanningService.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public Response declare(@Context SecurityContext sc, Avoidance body) {
        return Params.created(service.declareAvoidance(Caller.of(sc), body));
    }

    @DELETE
    @Path("avoidances/{avoidanceId}")
    @RequiresPermission(value = RoundPlanningService.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public Response withdraw(@Context SecurityContext sc, @PathParam("avoidanceId") long id) {
        service.withdrawAvoidance(Caller.of(sc), id);
        return Response.noContent().build();
    }
}
