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
import org.xuncha.rectification.internal.letter.LetterService;
import org.xuncha.rectification.internal.letter.LetterService.Letter;

/** {@code /api/rectification/letters}: 巡察建议书 to departments and their replies. */
@Component(service = LettersResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    private final LetterService letters;

    @Activate
    public LettersResource(@Reference LetterService letters) {
        this.letters = letters;
    }

    /** {@code ?roundId=&replied=&page=&size=&sort=} (sort {@code id}, {@code sentOn}). */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.ORGANISATION)
    public Page<Letter> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("replied") Boolean replied,
                             @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return letters.letters(Caller.of(sc), roundId, replied, PageRequest.of(page, size, sort, java.util.Set.of("id", "sentOn"), "-id"));
    }

    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public Response send(@Context SecurityContext sc, @Context UriInfo uri, LetterService.Draft body) {
        Letter l = letters.send(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(l.id())).build()).entity(l).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.ORGANISATION)
    public Letter get(@Context SecurityContext sc, @PathParam("id") long id) {
        return letters.letter(Caller.of(sc), id);
    }

    @POST
    @Path("{id}/reply")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.ORGANISATION)
    public Letter reply(@Context SecurityContext sc, @PathParam("id") long id, LetterService.Reply body) {
        return letters.reply(Caller.of(sc), id, body);
    }
}
