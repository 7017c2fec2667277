package org.xuncha.evaluation.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.api.TalkDraft;
import org.xuncha.evaluation.api.TalkService;
import org.xuncha.evaluation.internal.export.ListExports;
import org.xuncha.platform.api.rest.Downloads;

/** {@code /api/evaluation/talks}: the 约谈 records. */
@Component(service = TalksResource.class, immediate = true)
@ModuleResource("evaluation")
@Path("/talks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TalksResource {

    private final TalkService talks;
    private final ListExports exports;

    @Activate
    public TalksResource(@Reference TalkService talks, @Reference ListExports exports) {
        this.talks = talks;
        this.exports = exports;
    }

    @GET
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public Page<Talk> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return talks.talks(Caller.of(sc), roundId, PageRequest.of(page, size, sort, TalkService.SORTABLE, "-id"));
    }

    /** The same list ({@code ?roundId=}) as 约谈记录.xlsx, leaders by name. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        return Downloads.xlsx(exports.talks(Caller.of(sc), roundId), "约谈记录.xlsx");
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public Talk get(@Context SecurityContext sc, @PathParam("id") long id) {
        return talks.talk(Caller.of(sc), id);
    }

    /** Records what happened in the talk. */
    @PUT
    @Path("{id}")
    @RequiresPermission(value = EvaluationPermissions.TALK, scope = Scope.GROUP)
    public Talk record(@Context SecurityContext sc, @PathParam("id") long id, TalkDraft body) {
        return talks.record(Caller.of(sc), id, body);
    }
}
