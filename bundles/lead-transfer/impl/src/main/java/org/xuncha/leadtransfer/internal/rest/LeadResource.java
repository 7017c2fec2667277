package org.xuncha.leadtransfer.internal.rest;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_FEEDBACK;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_TRANSFER;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.STATISTICS_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_WRITE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Labeled;
import org.xuncha.leadtransfer.internal.joint.AttendeeRole;
import org.xuncha.leadtransfer.internal.joint.VisitKind;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadFeedbackService;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadLifecycle;
import org.xuncha.leadtransfer.internal.lead.LeadQuery;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.leadtransfer.internal.lead.LedgerExport;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.OverdueService;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.lead.SurrenderService;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries;
import org.xuncha.leadtransfer.internal.stats.StatisticsService;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/leads: leads, their transfer and the receiver's feedback, overdue leads, statistics, the ledger, self-surrenders. */
@Component(service = LeadResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    /** The name a browser saves the ledger under. */
    static final String LEDGER_FILE = "问题线索台账.xlsx";

    private final LeadService leads;
    private final LeadRegistrationService registration;
    private final LeadFeedbackService feedback;
    private final OverdueService overdue;
    private final LedgerExport ledger;
    private final SurrenderService surrenders;
    private final StatisticsService statistics;

    @Activate
    public LeadResource(@Reference LeadService leads, @Reference LeadRegistrationService registration,
                        @Reference LeadFeedbackService feedback, @Reference OverdueService overdue, @Reference LedgerExport ledger,
                        @Reference SurrenderService surrenders, @Reference StatisticsService statistics) {
        this.leads = leads;
        this.registration = registration;
        this.feedback = feedback;
        this.overdue = overdue;
        this.ledger = ledger;
        this.surrenders = surrenders;
        this.statistics = statistics;
    }

    @GET
    @RequiresPermission(value = LEAD_READ, scope = Scope.GROUP)
    public Page<LeadView> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                               @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId,
                               @QueryParam("status") LeadStatus status, @QueryParam("receiverKind") ReceiverKind receiverKind,
                               @QueryParam("topLeader") Boolean topLeader, @QueryParam("category") String category,
                               @QueryParam("overdue") Boolean overdue, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, LeadService.SORT.keySet(), "-id");
        return leads.list(Caller.of(sc), new LeadQuery(termId, roundId, groupId, unitId, status, receiverKind, topLeader, category, overdue), pr);
    }

    @POST
    @RequiresPermission(value = LEAD_WRITE, scope = Scope.GROUP)
    public Response create(@Context SecurityContext sc, LeadInput body) {
        return Response.status(201).entity(registration.create(Caller.of(sc), Bodies.required(body))).build();
    }

    /** The module's vocabulary with Chinese and English names, for forms and filters. */
    @GET
    @Path("vocabulary")
    @RequiresPermission(value = Caller.AUTHENTICATED, scope = Scope.NONE)
    public Map<String, List<Labeled.Term>> vocabulary() {
        Map<String, List<Labeled.Term>> v = new LinkedHashMap<>();
        v.put("problemStatus", Labeled.terms(ProblemStatus.values()));
        v.put("approvalStep", Labeled.terms(ApprovalStep.values()));
        v.put("leadStatus", Labeled.terms(LeadStatus.values()));
        v.put("receiverKind", Labeled.terms(ReceiverKind.values()));
        v.put("disposalMethod", Labeled.terms(DisposalMethod.values()));
        v.put("outcomeKind", Labeled.terms(OutcomeKind.values()));
        v.put("sanctionGrade", Labeled.terms(SanctionGrade.values()));
        v.put("visitKind", Labeled.terms(VisitKind.values()));
        v.put("attendeeRole", Labeled.terms(AttendeeRole.values()));
        v.put("source", Arrays.stream(Source.values()).map(s -> new Labeled.Term(s.name(), s.nameZh(), s.nameEn())).toList());
        return v;
    }

    @GET
    @Path("overdue")
    @RequiresPermission(value = LEAD_READ, scope = Scope.GROUP)
    public List<LeadView> overdue(@Context SecurityContext sc) {
        return overdue.overdue(Caller.of(sc));
    }

    @GET
    @Path("statistics")
    @RequiresPermission(value = STATISTICS_READ, scope = Scope.GROUP)
    public StatisticsService.Report statistics(@Context SecurityContext sc, @QueryParam("dimension") StatisticsQueries.Dimension dimension,
                                               @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                                               @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId,
                                               @QueryParam("category") String category, @QueryParam("year") Integer year) {
        return statistics.report(Caller.of(sc), dimension == null ? StatisticsQueries.Dimension.TOTAL : dimension,
                new StatisticsService.Query(termId, roundId, groupId, unitId, category, year));
    }

    /** The lead ledger (问题线索台账) with the list's filters, saved by a browser as {@value #LEDGER_FILE}. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = LEAD_EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                           @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId, @QueryParam("status") LeadStatus status,
                           @QueryParam("receiverKind") ReceiverKind receiverKind, @QueryParam("topLeader") Boolean topLeader,
                           @QueryParam("category") String category, @QueryParam("overdue") Boolean overdue) {
        byte[] xlsx = ledger.export(Caller.of(sc), new LeadQuery(termId, roundId, groupId, unitId, status, receiverKind, topLeader, category,
                overdue));
        return Downloads.xlsx(xlsx, LEDGER_FILE);
    }

    @GET
    @Path("surrenders")
    @RequiresPermission(SURRENDER_READ)
    public List<SurrenderService.SurrenderView> surrenders(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return surrenders.list(Caller.of(sc), roundId);
    }

    @POST
    @Path("surrenders")
    @RequiresPermission(SURRENDER_WRITE)
    public Response recordSurrender(@Context SecurityContext sc, SurrenderService.SurrenderInput body) {
        return Response.status(201).entity(surrenders.record(Caller.of(sc), Bodies.required(body))).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = LEAD_READ, scope = Scope.GROUP)
    public LeadView get(@Context SecurityContext sc, @PathParam("id") long id) {
        return leads.get(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(value = LEAD_WRITE, scope = Scope.GROUP)
    public LeadView update(@Context SecurityContext sc, @PathParam("id") long id, LeadInput body) {
        return registration.update(Caller.of(sc), id, Bodies.required(body));
    }

    @POST
    @Path("{id}/transfer")
    @RequiresPermission(LEAD_TRANSFER)
    public LeadView transfer(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.TransferInput body) {
        return feedback.transfer(Caller.of(sc), id, Bodies.required(body));
    }

    @POST
    @Path("{id}/acknowledge")
    @RequiresPermission(LEAD_FEEDBACK)
    public LeadView acknowledge(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.AcknowledgeInput body) {
        return feedback.acknowledge(Caller.of(sc), id, Bodies.required(body));
    }

    /** A disposal report adds a record to the lead: 201. */
    @POST
    @Path("{id}/disposals")
    @RequiresPermission(LEAD_FEEDBACK)
    public Response disposal(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.DisposalInput body) {
        return Response.status(201).entity(feedback.reportDisposal(Caller.of(sc), id, Bodies.required(body))).build();
    }

    /** An outcome adds a record to the lead: 201. */
    @POST
    @Path("{id}/outcomes")
    @RequiresPermission(LEAD_FEEDBACK)
    public Response outcome(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.OutcomeInput body) {
        return Response.status(201).entity(feedback.reportOutcome(Caller.of(sc), id, Bodies.required(body))).build();
    }

    @POST
    @Path("{id}/conclude")
    @RequiresPermission(LEAD_FEEDBACK)
    public LeadView conclude(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.ConcludeInput body) {
        return feedback.conclude(Caller.of(sc), id, Bodies.required(body));
    }
}
