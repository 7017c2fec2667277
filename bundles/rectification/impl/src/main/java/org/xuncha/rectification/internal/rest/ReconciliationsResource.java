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
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.review.ReconciliationService;
import org.xuncha.rectification.internal.review.ReconciliationService.Reconciliation;

/** {@code /api/rectification/reconciliations}: 定期对账 of a round's ledgers with another party's figures. */
@Component(service = ReconciliationsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReconciliationsResource {

    private final ReconciliationService reconciliations;

    @Activate
    public ReconciliationsResource(@Reference ReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    /** {@code ?roundId=&page=&size=}, the latest first. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<Reconciliation> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return reconciliations.reconciliations(Caller.of(sc), roundId, PageRequest.of(page, size, sort, java.util.Set.of("id"), "-id"));
    }

    /** {@code {roundId, party, counts: [{unitId, tasks, closed}]}}: 201 with the lines that differ. */
    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Response take(@Context SecurityContext sc, @Context UriInfo uri, ReconciliationService.Draft body) {
        Reconciliation r = reconciliations.take(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build()).entity(r).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Reconciliation get(@Context SecurityContext sc, @PathParam("id") long id) {
        return reconciliations.reconciliation(Caller.of(sc), id);
    }

    /** {@code {resolution}}: how the difference of one line was resolved. */
    @POST
    @Path("{id}/lines/{lineId}/resolution")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Reconciliation resolve(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("lineId") long lineId,
                                  ReconciliationService.Resolution body) {
        return reconciliations.resolve(Caller.of(sc), id, lineId, body);
    }
}
