package org.xuncha.rectification.internal.rest;

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
import org.xuncha.rectification.api.Handover;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.HandoverService;
import org.xuncha.rectification.api.RectificationPermissions;

/** {@code /api/rectification/handovers}: 整改交接. */
@Component(service = HandoversResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoversResource {

    private final HandoverService handovers;

    @Activate
    public HandoversResource(@Reference HandoverService handovers) {
        this.handovers = handovers;
    }

    /** {@code ?unitId=&page=&size=&sort=}, latest handover first. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<Handover> list(@Context SecurityContext sc, @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return handovers.handovers(Caller.of(sc), unitId, PageRequest.of(page, size, sort, HandoverService.SORTABLE, "-handedOverOn"));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Handover get(@Context SecurityContext sc, @PathParam("id") long id) {
        return handovers.handover(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public Response record(@Context SecurityContext sc, @Context UriInfo uri, HandoverDraft body) {
        Handover h = handovers.record(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(h.id())).build()).entity(h).build();
    }
}
