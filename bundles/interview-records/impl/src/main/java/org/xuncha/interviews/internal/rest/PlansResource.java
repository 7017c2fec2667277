package org.xuncha.interviews.internal.rest;

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
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlanDraft;
import org.xuncha.interviews.api.PlanEdit;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.interviews.internal.export.ListExports;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/** /api/interview-records/plans: interview plans, their interviews, and the mandatory-topic check. */
@Component(service = PlansResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlansResource {

    private final InterviewPlanService plans;
    private final ListExports exports;

    @Activate
    public PlansResource(@Reference InterviewPlanService plans, @Reference ListExports exports) {
        this.plans = plans;
        this.exports = exports;
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<InterviewPlan> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                    @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return plans.plans(Caller.of(sc), new PlanQuery(roundId, groupId, unitId), PageRequest.of(page, size, sort,
                InterviewPlanServiceImpl.SORT.keySet(), "-id"));
    }

    /** {@code ?roundId=&groupId=&unitId=}: the list as 谈话计划.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_READ, scope = RequiresPermission.Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                           @QueryParam("unitId") Long unitId) {
        return download(exports.plans(Caller.of(sc), new PlanQuery(roundId, groupId, unitId)));
    }

    /** One plan's interviews as 谈话计划-(title).xlsx. */
    @GET
    @Path("{id: \\d+}/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_READ, scope = RequiresPermission.Scope.GROUP)
    public Response exportPlan(@Context SecurityContext sc, @PathParam("id") long id) {
        return download(exports.plan(Caller.of(sc), id));
    }

    private static Response download(ListExports.Workbook w) {
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_READ, scope = RequiresPermission.Scope.GROUP)
    public InterviewPlan get(@Context SecurityContext sc, @PathParam("id") long id) {
        return plans.plan(Caller.of(sc), id);
    }

    /** The mandatory-topic check of a unit in a round: who of its leadership misses the topic. */
    @GET
    @Path("missing-topics")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_READ, scope = RequiresPermission.Scope.GROUP)
    public MandatoryTopicCheck missingTopics(@Context SecurityContext sc, @QueryParam("roundId") Long roundId,
                                             @QueryParam("unitId") Long unitId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("unitId", unitId, "被巡察单位", "unit").throwIfInvalid();
        return plans.missingTopics(Caller.of(sc), roundId, unitId);
    }

    @POST
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response create(@Context SecurityContext sc, PlanDraft body) {
        return Response.status(201).entity(plans.createPlan(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_WRITE, scope = RequiresPermission.Scope.GROUP)
    public InterviewPlan update(@Context SecurityContext sc, @PathParam("id") long id, PlanEdit body) {
        return plans.updatePlan(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/interviews")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response addInterview(@Context SecurityContext sc, @PathParam("id") long id, PlannedInterviewDraft body) {
        return Response.status(201).entity(plans.addInterview(Caller.of(sc), id, body)).build();
    }

    @PUT
    @Path("{id: \\d+}/interviews/{interviewId: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_WRITE, scope = RequiresPermission.Scope.GROUP)
    public PlannedInterview updateInterview(@Context SecurityContext sc, @PathParam("id") long id,
                                            @PathParam("interviewId") long interviewId, PlannedInterviewDraft body) {
        return plans.updateInterview(Caller.of(sc), id, interviewId, body);
    }

    @DELETE
    @Path("{id: \\d+}/interviews/{interviewId: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.PLAN_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response removeInterview(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("interviewId") long interviewId) {
        plans.removeInterview(Caller.of(sc), id, interviewId);
        return Response.noContent().build();
    }
}
