package org.xuncha.example.internal.rest;

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
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteDraft;
import org.xuncha.example.api.NoteService;
import org.xuncha.example.internal.note.NotesExport;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/**
 * {@code /api/example/notes}. Paths are relative to the module's base; parameters are typed, so
 * the platform refuses {@code ?unitId=abc} with a 400 naming {@code unitId} before this is called.
 * Each method calls one service method and answers.
 */
@Component(service = NotesResource.class, immediate = true)
@ModuleResource("example")
@Path("/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    private final NoteService notes;
    private final NotesExport export;

    @Activate
    public NotesResource(@Reference NoteService notes, @Reference NotesExport export) {
        this.notes = notes;
        this.export = export;
    }

    /** {@code ?unitId=&page=&size=&sort=}: one page of notes, newest first unless sorted by {@code id} or {@code createdAt}. */
    @GET
    @RequiresPermission(value = ExamplePermissions.READ, scope = Scope.GROUP)
    public Page<Note> list(@Context SecurityContext sc, @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return notes.notes(Caller.of(sc), unitId, PageRequest.of(page, size, sort, NoteService.SORTABLE, "-id"));
    }

    /** {@code ?unitId=&sort=}: the same list, every page, as an xlsx named in Chinese (单位备注-单位名.xlsx). */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = ExamplePermissions.READ, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("unitId") Long unitId, @QueryParam("sort") String sort) {
        NotesExport.Workbook w = export.export(Caller.of(sc), unitId, sort);
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = ExamplePermissions.READ, scope = Scope.GROUP)
    public Note get(@Context SecurityContext sc, @PathParam("id") long id) {
        return notes.note(Caller.of(sc), id);
    }

    /** 201 with the note and its address in {@code Location}. */
    @POST
    @RequiresPermission(value = ExamplePermissions.WRITE, scope = Scope.GROUP)
    public Response add(@Context SecurityContext sc, @Context UriInfo uri, NoteDraft body) {
        Note note = notes.add(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(note.id())).build()).entity(note).build();
    }
}
