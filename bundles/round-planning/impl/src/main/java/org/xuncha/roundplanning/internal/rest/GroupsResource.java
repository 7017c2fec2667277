package org.xuncha.roundplanning.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.group.GroupService;

/** /api/round-planning/rounds/{id}/groups: the inspection groups of a round and their authorisations. */
@Component(service = GroupsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/rounds/{id: \\d+}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupsResource {

    private final GroupService groups;

    @Activate
    public GroupsResource(@Reference GroupService groups) {
        this.groups = groups;
    }

    @GET
    @RequiresPermission(value = RoundPlanningPermissions.ROUND_READ, scope = Scope.GROUP)
    public List<Group> list(@Context SecurityContext sc, @PathParam("id") long id) {
        return groups.groups(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Response create(@Context SecurityContext sc, @PathParam("id") long id, Group.Draft body) {
        return Created.of(groups.save(Caller.of(sc), id, null, body));
    }

    @PUT
    @Path("{groupId}")
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Group update(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId, Group.Draft body) {
        return groups.save(Caller.of(sc), id, groupId, body);
    }

    @DELETE
    @Path("{groupId}")
    @RequiresPermission(RoundPlanningPermissions.ROUND_WRITE)
    public Response delete(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId) {
        groups.delete(Caller.of(sc), id, groupId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{groupId}/authorisation")
    @RequiresPermission(RoundPlanningPermissions.ROUND_TRACK)
    public Group authorise(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("groupId") long groupId,
                           Group.Authorisation body) {
        return groups.authorise(Caller.of(sc), id, groupId, body);
    }
}
