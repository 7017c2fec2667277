package org.xuncha.example.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/example/notes */
@Component(service = NotesResource.class, immediate = true)
@ModuleResource("example")
@Path("/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    private final NoteService notes;

    @Activate
    public NotesResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    @GET
    @RequiresPermission(NoteService.READ)
    public List<Note> list(@Context SecurityContext sc, @QueryParam("unitId") Long unitId) {
        if (unitId == null) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("unitId", "required",
                    "请指定单位", "unitId is required")));
        }
        return notes.notes(Caller.of(sc), unitId);
    }

    @POST
    @RequiresPermission(NoteService.WRITE)
    public Response add(@Context SecurityContext sc, Note body) {
        return Response.status(201).entity(notes.add(Caller.of(sc), body)).build();
    }
}
