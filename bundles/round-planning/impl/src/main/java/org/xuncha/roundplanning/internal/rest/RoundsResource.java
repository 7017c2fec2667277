package org.xuncha.roundplanning.internal.rest;

import static org.xuncha.roundplanning.api.RoundPlanningPermissions.PLAN_AMEND;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.ROUND_READ;
import static org.xuncha.roundplanning.api.RoundPlanningPermissions.ROUND_WRITE;

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
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Amendment;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.deadline.OverdueList;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.export.ListExports;
import org.xuncha.roundplanning.internal.round.PlanExport;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundService;
import org.xuncha.roundplanning.internal.round.StageService;

/**
 * /api/round-planning/rounds: rounds, their plan and its approval, stages and deadlines, and the
 * overdue list. Approvals and stage changes are gated on reading rounds here; the service checks
 * the permission of the particular approving body or stage. Targets, groups and avoidance
 * declarations have resources of their own under the same path.
 */
@Component(service = RoundsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {

    private final RoundService rounds;
    private final PlanService plans;
    private final PlanExport export;
    private final StageService stages;
    private final DeadlineService deadlines;
    private final OverdueList overdueList;
    private final ListExports lists;

    @Activate
    public RoundsResource(@Reference RoundService rounds, @Reference PlanService plans, @Reference PlanExport export,
                          @Reference StageService stages, @Reference DeadlineService deadlines, @Reference OverdueList overdueList,
                          @Reference ListExports lists) {
        this.lists = lists;
        this.rounds = rounds;
        this.plans = plans;
        this.export = export;
        this.stages = stages;
        this.deadlines = deadlines;
        this.overdueList = overdueList;
    }

    @GET
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Page<Round> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("divisionCode") String division,
                            @QueryParam("stage") Stage stage, @QueryParam("type") RoundType type, @QueryParam("priorityId") Long priorityId,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return rounds.rounds(Caller.of(sc), new Round.Query(termId, division, stage, type, priorityId),
                PageRequest.of(page, size, sort, RoundService.SORT.keySet(), "-id"));
    }

    /** The rounds list with the page's filters and order, as an xlsx named 巡察轮次（date）.xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("divisionCode") String division,
                           @QueryParam("stage") Stage stage, @QueryParam("type") RoundType type, @QueryParam("priorityId") Long priorityId,
                           @QueryParam("sort") String sort) {
        Export x = lists.rounds(Caller.of(sc), new Round.Query(termId, division, stage, type, priorityId), sort);
        return Downloads.xlsx(x.bytes(), x.fileName());
    }

    @POST
    @RequiresPermission(ROUND_WRITE)
    public Response create(@Context SecurityContext sc, Round.Draft body) {
        return Created.of(rounds.create(Caller.of(sc), body));
    }

    @GET
    @Path("overdue")
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public List<Deadline> overdue(@Context SecurityContext sc) {
        return deadlines.overdue(Caller.of(sc));
    }

    /** The overdue list filtered and paged (most overdue first), with its total: what the console's 超期事项 page shows. */
    @GET
    @Path("overdue/page")
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Page<Deadline> overduePage(@Context SecurityContext sc, @QueryParam("kind") Deadline.Kind kind, @QueryParam("stage") Stage stage,
                                      @QueryParam("q") String text, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return overdueList.page(Caller.of(sc), new OverdueList.Filter(kind, stage, text), PageRequest.of(page, size, null, Set.of(), null));
    }

    /** The same list, as filtered, as an xlsx named 超期事项（date）.xlsx. */
    @GET
    @Path("overdue/export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Response exportOverdue(@Context SecurityContext sc, @QueryParam("kind") Deadline.Kind kind, @QueryParam("stage") Stage stage,
                                  @QueryParam("q") String text) {
        Export x = overdueList.export(Caller.of(sc), new OverdueList.Filter(kind, stage, text));
        return Downloads.xlsx(x.bytes(), x.fileName());
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public RoundDetail get(@Context SecurityContext sc, @PathParam("id") long id) {
        return rounds.round(Caller.of(sc), id);
    }

    @PUT
    @Path("{id: \\d+}")
    @RequiresPermission(ROUND_WRITE)
    public Round update(@Context SecurityContext sc, @PathParam("id") long id, Round.Draft body) {
        return rounds.update(Caller.of(sc), id, body);
    }

    @DELETE
    @Path("{id: \\d+}")
    @RequiresPermission(ROUND_WRITE)
    public Response delete(@Context SecurityContext sc, @PathParam("id") long id) {
        rounds.delete(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id: \\d+}/deadlines")
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public List<Deadline> deadlines(@Context SecurityContext sc, @PathParam("id") long id) {
        return rounds.round(Caller.of(sc), id).deadlines();
    }

    @GET
    @Path("{id: \\d+}/plan.xlsx")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Response exportPlan(@Context SecurityContext sc, @PathParam("id") long id) {
        Export x = export.export(Caller.of(sc), id);
        return Downloads.xlsx(x.bytes(), x.fileName());
    }

    @POST
    @Path("{id: \\d+}/stage")
    @RequiresPermission(value = ROUND_READ, scope = Scope.GROUP)
    public Round changeStage(@Context SecurityContext sc, @PathParam("id") long id, StageChange.Request body) {
        return stages.change(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/approvals")
    @RequiresPermission(ROUND_READ)
    public Round decide(@Context SecurityContext sc, @PathParam("id") long id, Approval.Request body) {
        return plans.decide(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/amendments")
    @RequiresPermission(PLAN_AMEND)
    public Response openAmendment(@Context SecurityContext sc, @PathParam("id") long id, Amendment.Request body) {
        return Created.of(plans.openAmendment(Caller.of(sc), id, body));
    }

    @POST
    @Path("{id: \\d+}/amendments/{amendmentId}/close")
    @RequiresPermission(PLAN_AMEND)
    public Amendment closeAmendment(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("amendmentId") long amendmentId) {
        return plans.closeAmendment(Caller.of(sc), id, amendmentId);
    }
}
