package org.xuncha.interviews.internal.rest;

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
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.OutlineTemplateService;
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.TemplateDraft;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.interviews.internal.export.ListExports;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/** /api/interview-records/templates: the outline library. */
@Component(service = TemplatesResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    private final OutlineTemplateService templates;
    private final ListExports exports;

    @Activate
    public TemplatesResource(@Reference OutlineTemplateService templates, @Reference ListExports exports) {
        this.templates = templates;
        this.exports = exports;
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.TEMPLATE_READ, scope = RequiresPermission.Scope.NONE)
    public List<OutlineTemplate> list(@Context SecurityContext sc) {
        return templates.templates(Caller.of(sc));
    }

    /** The templates as 谈话提纲模板.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = InterviewRecordsPermissions.TEMPLATE_READ, scope = RequiresPermission.Scope.NONE)
    public Response export(@Context SecurityContext sc) {
        return download(exports.templates(Caller.of(sc)));
    }

    private static Response download(ListExports.Workbook w) {
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.TEMPLATE_READ, scope = RequiresPermission.Scope.NONE)
    public OutlineTemplate get(@Context SecurityContext sc, @PathParam("id") long id) {
        return templates.template(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(value = InterviewRecordsPermissions.TEMPLATE_WRITE, scope = RequiresPermission.Scope.NONE)
    public Response create(@Context SecurityContext sc, TemplateDraft body) {
        return Response.status(201).entity(templates.createTemplate(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.TEMPLATE_WRITE, scope = RequiresPermission.Scope.NONE)
    public OutlineTemplate update(@Context SecurityContext sc, @PathParam("id") long id, TemplateDraft body) {
        return templates.updateTemplate(Caller.of(sc), id, body);
    }
}
