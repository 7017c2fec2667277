package org.xuncha.interviews.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverService;
import org.xuncha.interviews.api.HandOverState;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.PendingHandOver;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.internal.handover.HandOverServiceImpl;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/**
 * /api/interview-records/handovers: whether problems and leads can be handed to lead transfer now, which are
 * waiting, and handing one over by hand.
 */
@Component(service = HandOversResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/handovers")
@Produces(MediaType.APPLICATION_JSON)
public class HandOversResource {

    private final HandOverService handOvers;

    @Activate
    public HandOversResource(@Reference HandOverService handOvers) {
        this.handOvers = handOvers;
    }

    @GET
    @Path("state")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public HandOverState state(@Context SecurityContext sc) {
        return handOvers.state(Caller.of(sc));
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<PendingHandOver> list(@Context SecurityContext sc, @QueryParam("status") HandOverStatus status,
                                      @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                      @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return handOvers.list(Caller.of(sc), status, new PlanQuery(roundId, groupId, unitId),
                PageRequest.of(page, size, sort, HandOverServiceImpl.SORT.keySet(), "-id"));
    }

    @POST
    @Path("{id: \\d+}/submit")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public HandOver submit(@Context SecurityContext sc, @PathParam("id") long id) {
        return handOvers.submit(Caller.of(sc), id);
    }
}
