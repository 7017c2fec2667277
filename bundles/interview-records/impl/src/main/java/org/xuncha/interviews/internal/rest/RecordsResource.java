package org.xuncha.interviews.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.CorrectionDraft;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.RecordSummary;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.record.InterviewRecordServiceImpl;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.interviews.internal.export.ListExports;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/** /api/interview-records/records: interview records, their signatures, corrections, raised items and attachments. */
@Component(service = RecordsResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordsResource {

    /** The version of the record as read, for sign-off. */
    public record SignOff(Long version) {
    }

    private final InterviewRecordService records;
    private final ListExports exports;

    @Activate
    public RecordsResource(@Reference InterviewRecordService records, @Reference ListExports exports) {
        this.records = records;
        this.exports = exports;
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<RecordSummary> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                    @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return records.records(Caller.of(sc), new PlanQuery(roundId, groupId, unitId),
                PageRequest.of(page, size, sort, InterviewRecordServiceImpl.SORT.keySet(), "-heldAt"));
    }

    /** {@code ?roundId=&groupId=&unitId=}: the list as 谈话记录.xlsx (who and when, never what was said). */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                           @QueryParam("unitId") Long unitId) {
        return download(exports.records(Caller.of(sc), new PlanQuery(roundId, groupId, unitId)));
    }

    private static Response download(ListExports.Workbook w) {
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public InterviewRecord get(@Context SecurityContext sc, @PathParam("id") long id) {
        return records.record(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response create(@Context SecurityContext sc, RecordDraft body) {
        return Response.status(201).entity(records.create(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public InterviewRecord update(@Context SecurityContext sc, @PathParam("id") long id, RecordDraft body) {
        return records.update(Caller.of(sc), id, body);
    }

    @PUT
    @Path("{id: \\d+}/signatures")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public InterviewRecord signatures(@Context SecurityContext sc, @PathParam("id") long id, Signatures body) {
        return records.updateSignatures(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/sign-off")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public InterviewRecord signOff(@Context SecurityContext sc, @PathParam("id") long id, SignOff body) {
        Long version = body == null ? null : body.version();
        new Checks().required("version", version, "版本号", "version").throwIfInvalid();
        return records.signOff(Caller.of(sc), id, version);
    }

    @POST
    @Path("{id: \\d+}/corrections")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response correct(@Context SecurityContext sc, @PathParam("id") long id, CorrectionDraft body) {
        return Response.status(201).entity(records.correct(Caller.of(sc), id, body)).build();
    }

    @POST
    @Path("{id: \\d+}/raised")
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response raise(@Context SecurityContext sc, @PathParam("id") long id, RaiseDraft body) {
        HandOver raised = records.raise(Caller.of(sc), id, body);
        return Response.status(201).entity(raised).build();
    }

    /** Uploads a file as the request body; its name comes as {@code ?filename=}. */
    @POST
    @Path("{id: \\d+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response attach(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("filename") String filename,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        Attachment a = records.attach(Caller.of(sc), id, filename, contentType, content);
        return Response.status(201).entity(a).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}/attachments/{attachmentId: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(value = InterviewRecordsPermissions.RECORD_READ, scope = RequiresPermission.Scope.GROUP)
    public Response attachment(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Download d = records.attachment(Caller.of(sc), id, attachmentId);
        return Downloads.confidential(d.content(), d.contentType(), d.filename());
    }
}
