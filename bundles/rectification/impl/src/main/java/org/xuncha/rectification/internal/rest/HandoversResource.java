package org.xuncha.rectification.internal.rest;

import java.util.Set;

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
import org.xuncha.rectification.internal.handover.PendingHandover;
import org.xuncha.rectification.internal.handover.PendingHandovers;

/** {@code /api/rectification/handovers}: 整改交接. */
@Component(service = HandoversResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoversResource {

    private final HandoverService handovers;
    private final PendingHandovers pending;

    @Activate
    public HandoversResource(@Reference HandoverService handovers, @Reference PendingHandovers pending) {
        this.handovers = handovers;
        this.pending = pending;
    }

    /** {@code /pending?unitId=&page=&size=&sort=}: handovers opened after a top-leader change in reference data, latest first. */
    @GET
    @Path("pending")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<PendingHandover> pending(@Context SecurityContext sc, @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return pending.list(Caller.of(sc), unitId, PageRequest.of(page, size, sort, Set.of("id", "openedOn"), "-id"));
    }

    @GET
    @Path("pending/{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public PendingHandover pendingOne(@Context SecurityContext sc, @PathParam("id") long id) {
        return pending.get(Caller.of(sc), id);
    }

    /** {@code {party: OUTGOING|INCOMING, signedOn}}: one leader signed; with the second the tasks pass. */
    @POST
    @Path("pending/{id}/signatures")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public PendingHandover sign(@Context SecurityContext sc, @PathParam("id") long id, PendingHandover.Signature body) {
        return pending.sign(Caller.of(sc), id, body);
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
