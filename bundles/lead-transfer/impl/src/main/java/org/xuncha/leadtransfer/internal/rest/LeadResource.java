package org.xuncha.leadtransfer.internal.rest;

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
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.joint.AttendeeRole;
import org.xuncha.leadtransfer.internal.joint.VisitKind;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadLifecycle;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.LedgerExport;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.lead.SurrenderService;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.leadtransfer.internal.stats.StatisticsQueries;
import org.xuncha.leadtransfer.internal.stats.StatisticsService;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/leads: leads, their transfer and the receiver's feedback, overdue leads, statistics, the ledger, self-surrenders. */
@Component(service = LeadResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {

    private final LeadService leads;
    private final LedgerExport ledger;
    private final SurrenderService surrenders;
    private final StatisticsService statistics;

    @Activate
    public LeadResource(@Reference LeadService leads, @Reference LedgerExport ledger, @Reference SurrenderService surrenders,
                        @Reference StatisticsService statistics) {
        this.leads = leads;
        this.ledger = ledger;
        this.surrenders = surrenders;
        this.statistics = statistics;
    }

    @GET
    @RequiresPermission(value = Permissions.LEAD_READ, scope = Scope.GROUP)
    public Page<LeadService.LeadView> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                                           @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId,
                                           @QueryParam("status") String status, @QueryParam("receiverKind") String receiverKind,
                                           @QueryParam("topLeader") Boolean topLeader, @QueryParam("category") String category,
                                           @QueryParam("overdue") Boolean overdue, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, LeadService.SORT.keySet(), "-id");
        return leads.list(Caller.of(sc), query(termId, roundId, groupId, unitId, status, receiverKind, topLeader, category, overdue), pr);
    }

    private static LeadService.LeadQuery query(Long termId, Long roundId, Long groupId, Long unitId, String status, String receiverKind,
                                               Boolean topLeader, String category, Boolean overdue) {
        return new LeadService.LeadQuery(termId, roundId, groupId, unitId, Params.enumOf(LeadStatus.class, "status", status),
                Params.enumOf(ReceiverKind.class, "receiverKind", receiverKind), topLeader, category, overdue);
    }

    @POST
    @RequiresPermission(value = Permissions.LEAD_WRITE, scope = Scope.GROUP)
    public Response create(@Context SecurityContext sc, LeadService.LeadInput body) {
        return Response.status(201).entity(leads.create(Caller.of(sc), body)).build();
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
        v.put("source", java.util.Arrays.stream(Source.values()).map(s -> new Labeled.Term(s.name(), s.nameZh(), s.nameEn())).toList());
        return v;
    }

    @GET
    @Path("overdue")
    @RequiresPermission(value = Permissions.LEAD_READ, scope = Scope.GROUP)
    public List<LeadService.LeadView> overdue(@Context SecurityContext sc) {
        return leads.overdue(Caller.of(sc));
    }

    @GET
    @Path("statistics")
    @RequiresPermission(value = Permissions.STATISTICS_READ, scope = Scope.GROUP)
    public StatisticsService.Report statistics(@Context SecurityContext sc, @QueryParam("dimension") String dimension,
                                               @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                                               @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId,
                                               @QueryParam("category") String category, @QueryParam("year") Integer year) {
        StatisticsQueries.Dimension d = dimension == null || dimension.isBlank() ? StatisticsQueries.Dimension.TOTAL
                : Params.enumOf(StatisticsQueries.Dimension.class, "dimension", dimension.toUpperCase(java.util.Locale.ROOT));
        return statistics.report(Caller.of(sc), d, new StatisticsService.Query(termId, roundId, groupId, unitId, category, year));
    }

    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = Permissions.LEAD_EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId,
                           @QueryParam("groupId") Long groupId, @QueryParam("unitId") Long unitId, @QueryParam("status") String status,
                           @QueryParam("receiverKind") String receiverKind, @QueryParam("topLeader") Boolean topLeader,
                           @QueryParam("category") String category, @QueryParam("overdue") Boolean overdue) {
        byte[] xlsx = ledger.export(Caller.of(sc), query(termId, roundId, groupId, unitId, status, receiverKind, topLeader, category, overdue));
        return Params.download(xlsx, Rest.XLSX, "线索移交台账.xlsx");
    }

    @GET
    @Path("surrenders")
    @RequiresPermission(Permissions.SURRENDER_READ)
    public List<SurrenderService.SurrenderView> surrenders(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        if (roundId == null) {
            throw org.xuncha.platform.api.rest.ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("roundId",
                    "required", "请指定巡察轮次", "roundId is required")));
        }
        return surrenders.list(Caller.of(sc), roundId);
    }

    @POST
    @Path("surrenders")
    @RequiresPermission(Permissions.SURRENDER_WRITE)
    public Response recordSurrender(@Context SecurityContext sc, SurrenderService.SurrenderInput body) {
        return Response.status(201).entity(surrenders.record(Caller.of(sc), body)).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = Permissions.LEAD_READ, scope = Scope.GROUP)
    public LeadService.LeadView get(@Context SecurityContext sc, @PathParam("id") long id) {
        return leads.get(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(value = Permissions.LEAD_WRITE, scope = Scope.GROUP)
    public LeadService.LeadView update(@Context SecurityContext sc, @PathParam("id") long id, LeadService.LeadInput body) {
        return leads.update(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/transfer")
    @RequiresPermission(Permissions.LEAD_TRANSFER)
    public LeadService.LeadView transfer(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.TransferInput body) {
        return leads.transfer(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/acknowledge")
    @RequiresPermission(Permissions.LEAD_FEEDBACK)
    public LeadService.LeadView acknowledge(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.AcknowledgeInput body) {
        return leads.acknowledge(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/disposals")
    @RequiresPermission(Permissions.LEAD_FEEDBACK)
    public LeadService.LeadView disposal(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.DisposalInput body) {
        return leads.reportDisposal(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/outcomes")
    @RequiresPermission(Permissions.LEAD_FEEDBACK)
    public LeadService.LeadView outcome(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.OutcomeInput body) {
        return leads.reportOutcome(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/conclude")
    @RequiresPermission(Permissions.LEAD_FEEDBACK)
    public LeadService.LeadView conclude(@Context SecurityContext sc, @PathParam("id") long id, LeadLifecycle.ConcludeInput body) {
        return leads.conclude(Caller.of(sc), id, body);
    }
}
