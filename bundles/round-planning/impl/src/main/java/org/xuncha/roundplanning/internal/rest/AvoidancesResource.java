package org.xuncha.roundplanning.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.avoidance.AvoidanceService;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.export.ListExports;

/** /api/round-planning/rounds/avoidances: avoidance declarations (回避), a person's own or, for the office, anyone's. */
@Component(service = AvoidancesResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/rounds/avoidances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvoidancesResource {

    private final AvoidanceService avoidances;
    private final ListExports exports;

    @Activate
    public AvoidancesResource(@Reference AvoidanceService avoidances, @Reference ListExports exports) {
        this.avoidances = avoidances;
        this.exports = exports;
    }

    /** The same list as an xlsx named 回避申报（date）.xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = RoundPlanningPermissions.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public Response export(@Context SecurityContext sc, @QueryParam("personId") Long personId) {
        Export x = exports.avoidances(Caller.of(sc), personId);
        return Downloads.xlsx(x.bytes(), x.fileName());
    }

    @GET
    @RequiresPermission(value = RoundPlanningPermissions.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public List<Avoidance> list(@Context SecurityContext sc, @QueryParam("personId") Long personId) {
        return avoidances.list(Caller.of(sc), personId);
    }

    @POST
    @RequiresPermission(value = RoundPlanningPermissions.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public Response declare(@Context SecurityContext sc, Avoidance body) {
        return Created.of(avoidances.declare(Caller.of(sc), body));
    }

    @DELETE
    @Path("{avoidanceId}")
    @RequiresPermission(value = RoundPlanningPermissions.AVOIDANCE_DECLARE, scope = Scope.SELF)
    public Response withdraw(@Context SecurityContext sc, @PathParam("avoidanceId") long id) {
        avoidances.withdraw(Caller.of(sc), id);
        return Response.noContent().build();
    }
}
