package org.xuncha.leadtransfer.internal.rest;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_DECIDE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_SUBMIT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.TAXONOMY_WRITE;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.export.ListExports;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.leadtransfer.internal.problem.ApprovalService;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.EvidenceService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.leadtransfer.internal.problem.RepeatQueries;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/problems: problem drafts, their approval, evidence, repeats, common problems and the taxonomy. */
@Component(service = ProblemResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemResource {

    /** A sign-off: its opinion, and its past day when the past is recorded (history permission). */
    public record OpinionBody(String opinion, java.time.LocalDate date) {
    }

    private final ProblemService problems;
    private final ApprovalService approvals;
    private final EvidenceService evidence;
    private final LeadRegistrationService leads;
    private final Taxonomy taxonomy;
    private final ListExports exports;

    @Activate
    public ProblemResource(@Reference ProblemService problems, @Reference ApprovalService approvals, @Reference EvidenceService evidence,
                           @Reference LeadRegistrationService leads, @Reference Taxonomy taxonomy, @Reference ListExports exports) {
        this.exports = exports;
        this.problems = problems;
        this.approvals = approvals;
        this.evidence = evidence;
        this.leads = leads;
        this.taxonomy = taxonomy;
    }

    @GET
    @RequiresPermission(value = PROBLEM_READ, scope = Scope.GROUP)
    public Page<ProblemService.ProblemView> list(@Context SecurityContext sc, @QueryParam("termId") Long termId,
                                                 @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                                 @QueryParam("unitId") Long unitId, @QueryParam("category") String category,
                                                 @QueryParam("status") ProblemStatus status, @QueryParam("topLeader") Boolean topLeader,
                                                 @QueryParam("source") Source source, @QueryParam("page") Integer page,
                                                 @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, ProblemService.SORT.keySet(), "-id");
        return problems.list(Caller.of(sc), new ProblemService.ProblemQuery(termId, roundId, groupId, unitId, category, status, topLeader,
                source), pr);
    }

    /** The list with the same filters and order, as an xlsx named 问题底稿.xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = LEAD_EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                           @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId, @QueryParam("category") String category,
                           @QueryParam("status") ProblemStatus status, @QueryParam("topLeader") Boolean topLeader,
                           @QueryParam("source") Source source, @QueryParam("sort") String sort) {
        ListExports.Workbook w = exports.problems(Caller.of(sc), new ProblemService.ProblemQuery(termId, roundId, groupId, unitId, category,
                status, topLeader, source), sort);
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @POST
    @RequiresPermission(value = PROBLEM_WRITE, scope = Scope.GROUP)
    public Response create(@Context SecurityContext sc, ProblemService.ProblemInput body) {
        return Response.status(201).entity(problems.create(Caller.of(sc), Bodies.required(body))).build();
    }

    @GET
    @Path("categories")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = Scope.NONE)
    public List<Taxonomy.Category> categories(@Context SecurityContext sc) {
        return taxonomy.list(Caller.of(sc));
    }

    /** Creates (201) or changes (200) the category with that code. */
    @PUT
    @Path("categories/{code}")
    @RequiresPermission(value = TAXONOMY_WRITE, scope = Scope.NONE)
    public Response saveCategory(@Context SecurityContext sc, @PathParam("code") String code, Taxonomy.CategoryInput body) {
        Taxonomy.Saved saved = taxonomy.save(Caller.of(sc), code, Bodies.required(body));
        return Response.status(saved.created() ? 201 : 200).entity(saved.category()).build();
    }

    @GET
    @Path("common")
    @RequiresPermission(value = PROBLEM_READ, scope = Scope.GROUP)
    public List<RepeatQueries.CommonProblem> common(@Context SecurityContext sc, @QueryParam("termId") Long termId,
                                                    @QueryParam("roundId") Long roundId, @QueryParam("minUnits") Integer minUnits) {
        return problems.common(Caller.of(sc), termId, roundId, minUnits);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = PROBLEM_READ, scope = Scope.GROUP)
    public ProblemService.ProblemView get(@Context SecurityContext sc, @PathParam("id") long id) {
        return problems.get(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(value = PROBLEM_WRITE, scope = Scope.GROUP)
    public ProblemService.ProblemView update(@Context SecurityContext sc, @PathParam("id") long id, ProblemService.ProblemInput body) {
        return problems.update(Caller.of(sc), id, Bodies.required(body));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(value = PROBLEM_WRITE, scope = Scope.GROUP)
    public Response delete(@Context SecurityContext sc, @PathParam("id") long id) {
        problems.delete(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @RequiresPermission(value = PROBLEM_SUBMIT, scope = Scope.GROUP)
    public ProblemService.ProblemView submit(@Context SecurityContext sc, @PathParam("id") long id, OpinionBody body) {
        return approvals.submit(Caller.of(sc), id, body == null ? null : body.opinion(), body == null ? null : body.date());
    }

    @POST
    @Path("{id}/office-review")
    @RequiresPermission(PROBLEM_REVIEW)
    public ProblemService.ProblemView officeReview(@Context SecurityContext sc, @PathParam("id") long id, ApprovalService.DecisionInput body) {
        return approvals.decide(Caller.of(sc), id, ApprovalStep.OFFICE, Bodies.required(body));
    }

    @POST
    @Path("{id}/leading-group-decision")
    @RequiresPermission(PROBLEM_DECIDE)
    public ProblemService.ProblemView leadingGroupDecision(@Context SecurityContext sc, @PathParam("id") long id,
                                                           ApprovalService.DecisionInput body) {
        return approvals.decide(Caller.of(sc), id, ApprovalStep.LEADING_GROUP, Bodies.required(body));
    }

    @GET
    @Path("{id}/repeats")
    @RequiresPermission(value = PROBLEM_READ, scope = Scope.GROUP)
    public RepeatQueries.Repeats repeats(@Context SecurityContext sc, @PathParam("id") long id) {
        return problems.repeats(Caller.of(sc), id);
    }

    @POST
    @Path("{id}/leads")
    @RequiresPermission(value = LEAD_WRITE, scope = Scope.GROUP)
    public Response raiseLead(@Context SecurityContext sc, @PathParam("id") long id, LeadInput body) {
        LeadView lead = leads.createFromProblem(Caller.of(sc), id, Bodies.required(body));
        return Response.status(201).entity(lead).build();
    }

    /** The file is the raw body, its type the request's {@code Content-Type}, its name the {@code filename} parameter. */
    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(value = PROBLEM_WRITE, scope = Scope.GROUP)
    public Response addEvidence(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("filename") String filename,
                                @HeaderParam("Content-Type") String contentType, InputStream body) {
        Attachment a = evidence.add(Caller.of(sc), id, filename, contentType, body);
        return Response.status(201).entity(a).build();
    }

    @GET
    @Path("{id}/evidence/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(value = PROBLEM_READ, scope = Scope.GROUP)
    public Response evidence(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        EvidenceService.Download d = evidence.get(Caller.of(sc), id, attachmentId);
        return Downloads.attachment(d.content(), d.mediaType(), d.attachment().filename());
    }

    @DELETE
    @Path("{id}/evidence/{attachmentId}")
    @RequiresPermission(value = PROBLEM_WRITE, scope = Scope.GROUP)
    public Response deleteEvidence(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        evidence.delete(Caller.of(sc), id, attachmentId);
        return Response.noContent().build();
    }
}
