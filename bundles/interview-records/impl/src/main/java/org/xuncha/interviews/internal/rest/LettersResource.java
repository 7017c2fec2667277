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
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.Letter;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.api.LetterService;
import org.xuncha.interviews.api.LetterSummary;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.internal.letter.LetterServiceImpl;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.interviews.internal.export.ListExports;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/** /api/interview-records/letters: letters and visits (信访) received during a round. */
@Component(service = LettersResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    private final LetterService letters;
    private final ListExports exports;

    @Activate
    public LettersResource(@Reference LetterService letters, @Reference ListExports exports) {
        this.letters = letters;
        this.exports = exports;
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<LetterSummary> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                    @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return letters.letters(Caller.of(sc), new PlanQuery(roundId, groupId, unitId),
                PageRequest.of(page, size, sort, LetterServiceImpl.SORT.keySet(), "-receivedOn"));
    }

    /** {@code ?roundId=&groupId=&unitId=}: the list as 来信来访.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_READ, scope = RequiresPermission.Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                           @QueryParam("unitId") Long unitId) {
        return download(exports.letters(Caller.of(sc), new PlanQuery(roundId, groupId, unitId)));
    }

    private static Response download(ListExports.Workbook w) {
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_READ, scope = RequiresPermission.Scope.GROUP)
    public Letter get(@Context SecurityContext sc, @PathParam("id") long id) {
        return letters.letter(Caller.of(sc), id);
    }

    @POST
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response register(@Context SecurityContext sc, LetterDraft body) {
        return Response.status(201).entity(letters.register(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("{id: \\d+}/handling")
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Letter handle(@Context SecurityContext sc, @PathParam("id") long id, LetterHandling body) {
        return letters.handle(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id: \\d+}/raised")
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response raise(@Context SecurityContext sc, @PathParam("id") long id, RaiseDraft body) {
        return Response.status(201).entity(letters.raise(Caller.of(sc), id, body)).build();
    }

    @POST
    @Path("{id: \\d+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_WRITE, scope = RequiresPermission.Scope.GROUP)
    public Response attach(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("filename") String filename,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        return Response.status(201).entity(letters.attach(Caller.of(sc), id, filename, contentType, content))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}/attachments/{attachmentId: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(value = InterviewRecordsPermissions.LETTER_READ, scope = RequiresPermission.Scope.GROUP)
    public Response attachment(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Download d = letters.attachment(Caller.of(sc), id, attachmentId);
        return Downloads.confidential(d.content(), d.contentType(), d.filename());
    }
}
