package org.xuncha.platform.documents.internal;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;

/**
 * /api/platform/documents: the kinds of document the installed modules offer, generating one as DOCX
 * (a draft: no 文号, not kept; see {@link IssuedResource} for issuing) or PDF, and the templates.
 */
@Component(service = DocumentsResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private final DocumentService documents;
    private final AuditTrail audit;
    private final OfficeTemplates templates;
    private final Batches batches;
    private final Kinds kinds;

    @Activate
    public DocumentsResource(@Reference DocumentService documents, @Reference AuditTrail audit, @Reference OfficeTemplates templates,
                             @Reference Batches batches, @Reference Kinds kinds) {
        this.documents = documents;
        this.kinds = kinds;
        this.audit = audit;
        this.templates = templates;
        this.batches = batches;
    }

    public record KindView(String code, String nameZh, String nameEn) {
    }

    /** What to generate: a kind's code, {@code docx} (default) or {@code pdf}, and the kind's parameters. */
    public record GenerateBody(String kind, String format, Map<String, String> parameters) {
    }

    /** A batch: one kind, one format, the parameters of each document (e.g. every unit of a round). */
    public record BatchBody(String kind, String format, List<Map<String, String>> items) {
    }

    @GET
    @Path("kinds")
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.NONE)
    public List<KindView> kinds(@Context SecurityContext sc) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.GENERATE);
        return kinds.visible(caller).stream().map(k -> new KindView(k.code(), k.nameZh(), k.nameEn())).toList();
    }

    /** The document as a file named in Chinese; audited (kind and parameters, never the content). */
    @POST
    @Path("generate")
    @Produces({DocumentService.DOCX, DocumentService.PDF, MediaType.APPLICATION_JSON})
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.GROUP)
    public Response generate(@Context SecurityContext sc, GenerateBody body) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.GENERATE);
        DocumentKind kind = kind(body == null ? null : body.kind());
        String format = format(body.format());
        caller.require(kind.permission());
        Map<String, String> parameters = body.parameters() == null ? Map.of() : body.parameters();
        // built (scope checked, source read and audited by its module) before anything is rendered;
        // rendering is all in memory, so a failure leaves no half document anywhere
        var content = kind.build(caller, parameters);
        // the office's newest template (the PDF is always in the standard layout); its version is audited
        OfficeTemplates.Current template = format.equals("pdf") ? new OfficeTemplates.Current(0, null) : templates.current(caller);
        byte[] file = format.equals("pdf") ? documents.pdf(content) : documents.docx(content, template.template());
        String name = kind.filename(parameters) + "." + format;
        audit.record(caller, AuditEntry.of(AuditAction.EXPORT, DocumentsDescriptor.ID, kind.code(), auditId(parameters),
                "生成公文（" + kind.nameZh() + "，" + format + "，模板" + (template.version() == 0 ? "默认" : "第" + template.version() + "版") + "）"));
        return Response.fromResponse(Downloads.confidential(file, format.equals("pdf") ? DocumentService.PDF : DocumentService.DOCX, name))
                .header("X-Template-Version", template.version()).build();
    }

    /** Starts a batch in the background: 202 with its id; poll {@code batches/{id}} for progress. */
    @POST
    @Path("batches")
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.GROUP)
    public Response startBatch(@Context SecurityContext sc, BatchBody body) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.GENERATE);
        DocumentKind kind = kind(body == null ? null : body.kind());
        String format = format(body.format());
        caller.require(kind.permission());
        OfficeTemplates.Current template = format.equals("pdf") ? new OfficeTemplates.Current(0, null) : templates.current(caller);
        int count = body.items() == null ? 0 : body.items().size();
        Batches.Status started = batches.start(caller, kind, format, body.items(),
                (c, content) -> format.equals("pdf") ? documents.pdf(content) : documents.docx(content, template.template()),
                () -> audit.record(caller, AuditEntry.of(AuditAction.EXPORT, DocumentsDescriptor.ID, kind.code(), "batch",
                        "批量生成公文（" + kind.nameZh() + "，" + count + " 份，" + format + "，模板"
                                + (template.version() == 0 ? "默认" : "第" + template.version() + "版") + "）")));
        return Response.status(202).entity(started).build();
    }

    /** A batch's progress: done of total, and why it failed. */
    @GET
    @Path("batches/{id}")
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.SELF)
    public Batches.Status batch(@Context SecurityContext sc, @PathParam("id") String id) {
        return batches.status(Caller.of(sc).require(DocumentsDescriptor.GENERATE), id);
    }

    /** The zip of a finished batch; 409 while it runs or when it failed. */
    @GET
    @Path("batches/{id}/download")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.SELF)
    public Response batchZip(@Context SecurityContext sc, @PathParam("id") String id) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.GENERATE);
        return Downloads.confidential(batches.zip(caller, id), "application/zip", batches.zipName(caller, id));
    }

    private DocumentKind kind(String code) {
        return kinds.get(code);
    }

    static String format(String requested) {
        String format = requested == null || requested.isBlank() ? "docx" : requested.trim().toLowerCase(java.util.Locale.ROOT);
        if (!format.equals("docx") && !format.equals("pdf")) {
            throw ApiException.validation(List.of(new FieldError("format", "invalid", "格式须为 docx 或 pdf", "format must be docx or pdf")));
        }
        return format;
    }

    /** The parameters (ids such as a lead's) as the audited entity id, bounded in length. */
    private static String auditId(Map<String, String> parameters) {
        String id = new java.util.TreeMap<>(parameters).toString();
        return id.length() > 60 ? id.substring(0, 60) : id;
    }

    /** The versions of the caller's office template, newest first (empty: the default is used). */
    @GET
    @Path("templates")
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.ORGANISATION)
    public List<OfficeTemplates.Version> templates(@Context SecurityContext sc) {
        return templates.versions(Caller.of(sc).require(DocumentsDescriptor.GENERATE));
    }

    /** Uploads the office's template (a DOCX edited from the default): checked first, a refused file changes nothing. */
    @POST
    @Path("templates")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(value = DocumentsDescriptor.TEMPLATES_MANAGE, scope = RequiresPermission.Scope.ORGANISATION)
    public Response upload(@Context SecurityContext sc, @QueryParam("filename") String filename, InputStream body) {
        return Response.status(201).entity(templates.upload(Caller.of(sc).require(DocumentsDescriptor.TEMPLATES_MANAGE), filename, body)).build();
    }

    /** One version of the office's template. */
    @GET
    @Path("templates/{id}")
    @Produces({DocumentService.DOCX, MediaType.APPLICATION_JSON})
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.ORGANISATION)
    public Response template(@Context SecurityContext sc, @PathParam("id") long id) {
        return Downloads.attachment(templates.content(Caller.of(sc).require(DocumentsDescriptor.GENERATE), id), DocumentService.DOCX,
                "公文模板-" + id + ".docx");
    }

    /** The default template (GB/T 9704-2012), for an office to edit in WPS/Word. */
    @GET
    @Path("templates/default")
    @Produces({DocumentService.DOCX, MediaType.APPLICATION_JSON})
    @RequiresPermission(value = DocumentsDescriptor.GENERATE, scope = RequiresPermission.Scope.NONE)
    public Response defaultTemplate(@Context SecurityContext sc) {
        Caller.of(sc).require(DocumentsDescriptor.GENERATE);
        return Downloads.attachment(documents.defaultTemplate(), DocumentService.DOCX, "公文模板（默认）.docx");
    }
}
