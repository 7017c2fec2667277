package org.xuncha.platform.documents.internal;

import java.util.Map;

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
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/**
 * /api/platform/documents/issued: issuing (印发) a document with the office's next 文号, the office's
 * issued documents (list, 发文登记 workbook) and each one's file.
 */
@Component(service = IssuedResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/documents/issued")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssuedResource {

    static final String REGISTER_FILE = "发文登记.xlsx";

    private final IssuedDocuments issued;
    private final Kinds kinds;
    private final DocumentService documents;
    private final OfficeTemplates templates;

    @Activate
    public IssuedResource(@Reference IssuedDocuments issued, @Reference Kinds kinds, @Reference DocumentService documents,
                          @Reference OfficeTemplates templates) {
        this.issued = issued;
        this.kinds = kinds;
        this.documents = documents;
        this.templates = templates;
    }

    /** Issues a document: 201 with its number and Location; the body is as for {@code generate}. */
    @POST
    @RequiresPermission(value = DocumentsDescriptor.ISSUE, scope = RequiresPermission.Scope.ORGANISATION)
    public Response issue(@Context SecurityContext sc, @Context UriInfo uri, DocumentsResource.GenerateBody body) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.ISSUE);
        DocumentKind kind = kinds.get(body == null ? null : body.kind());
        String format = DocumentsResource.format(body.format());
        caller.require(kind.permission());
        Map<String, String> parameters = body.parameters() == null ? Map.of() : body.parameters();
        OfficeTemplates.Current template = format.equals("pdf") ? new OfficeTemplates.Current(0, null) : templates.current(caller);
        IssuedDocuments.IssuedView view = issued.issue(caller, kind, format, parameters, template.version(),
                content -> format.equals("pdf") ? documents.pdf(content) : documents.docx(content, template.template()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @RequiresPermission(value = DocumentsDescriptor.ISSUE, scope = RequiresPermission.Scope.ORGANISATION)
    public Page<IssuedDocuments.IssuedView> list(@Context SecurityContext sc, @QueryParam("kind") String kind, @QueryParam("year") Integer year,
                                                 @QueryParam("text") String text, @QueryParam("page") Integer page,
                                                 @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return issued.list(Caller.of(sc), new IssuedDocuments.Query(kind, year, text),
                PageRequest.of(page, size, sort, IssuedDocuments.SORT.keySet(), "-id"));
    }

    /** The 发文登记 (register of issued documents) with the list's filters. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = DocumentsDescriptor.ISSUE, scope = RequiresPermission.Scope.ORGANISATION)
    public Response export(@Context SecurityContext sc, @QueryParam("kind") String kind, @QueryParam("year") Integer year,
                           @QueryParam("text") String text) {
        return Downloads.xlsx(issued.export(Caller.of(sc), new IssuedDocuments.Query(kind, year, text)), REGISTER_FILE);
    }

    /** The file as issued, named in Chinese with its number. */
    @GET
    @Path("{id}/download")
    @Produces({DocumentService.DOCX, DocumentService.PDF, MediaType.APPLICATION_JSON})
    @RequiresPermission(value = DocumentsDescriptor.ISSUE, scope = RequiresPermission.Scope.ORGANISATION)
    public Response download(@Context SecurityContext sc, @PathParam("id") long id) {
        IssuedDocuments.File file = issued.file(Caller.of(sc), id);
        return Downloads.confidential(file.bytes(), file.format().equals("pdf") ? DocumentService.PDF : DocumentService.DOCX, file.filename());
    }
}
