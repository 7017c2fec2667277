package org.xuncha.example.internal.labels;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.NoteLabel;
import org.xuncha.example.api.NoteLabels;
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/** /api/example/labels (since 1.1.0): {@code GET ?unitId=}, {@code PUT /{noteId}} with {@code {"label": "..."}}. */
@Component(service = LabelsResource.class, immediate = true)
@ModuleResource("example")
@Path("/labels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabelsResource {

    private final NoteLabels labels;

    @Activate
    public LabelsResource(@Reference NoteLabels labels) {
        this.labels = labels;
    }

    @GET
    @RequiresPermission(ExamplePermissions.READ)
    public List<NoteLabel> list(@Context SecurityContext sc, @QueryParam("unitId") Long unitId) {
        new Checks().required("unitId", unitId, "单位", "unitId").throwIfInvalid();
        return labels.labels(Caller.of(sc), unitId);
    }

    @PUT
    @Path("{noteId: \\d+}")
    @RequiresPermission(ExamplePermissions.WRITE)
    public NoteLabel label(@Context SecurityContext sc, @PathParam("noteId") long noteId, Map<String, String> body) {
        return labels.label(Caller.of(sc), noteId, body == null ? null : body.get("label"));
    }
}
