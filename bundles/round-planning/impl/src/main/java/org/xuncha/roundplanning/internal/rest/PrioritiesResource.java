package org.xuncha.roundplanning.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
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
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.export.ListExports;
import org.xuncha.roundplanning.internal.priority.PriorityService;

/** /api/round-planning/priorities: the library of the committee's priorities (中心工作). */
@Component(service = PrioritiesResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrioritiesResource {

    private final PriorityService priorities;
    private final ListExports exports;

    @Activate
    public PrioritiesResource(@Reference PriorityService priorities, @Reference ListExports exports) {
        this.priorities = priorities;
        this.exports = exports;
    }

    /** The same list as an xlsx named 中心工作库（date）.xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(RoundPlanningPermissions.PRIORITY_READ)
    public Response export(@Context SecurityContext sc, @QueryParam("divisionCode") String division,
                           @QueryParam("activeOnly") Boolean activeOnly) {
        Export x = exports.priorities(Caller.of(sc), division, Boolean.TRUE.equals(activeOnly));
        return Downloads.xlsx(x.bytes(), x.fileName());
    }

    @GET
    @RequiresPermission(RoundPlanningPermissions.PRIORITY_READ)
    public List<Priority> list(@Context SecurityContext sc, @QueryParam("divisionCode") String division,
                               @QueryParam("activeOnly") Boolean activeOnly) {
        return priorities.priorities(Caller.of(sc), division, Boolean.TRUE.equals(activeOnly));
    }

    @POST
    @RequiresPermission(RoundPlanningPermissions.PRIORITY_WRITE)
    public Response create(@Context SecurityContext sc, Priority body) {
        return Created.of(priorities.create(Caller.of(sc), body));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(RoundPlanningPermissions.PRIORITY_WRITE)
    public Priority update(@Context SecurityContext sc, @PathParam("id") long id, Priority body) {
        return priorities.update(Caller.of(sc), id, body);
    }
}
