package org.xuncha.personnelpools.internal.rest;

import java.util.List;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.IncentiveService;
import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.incentive.DualCertificateKind;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/incentives}: 双历认定 records, their export and certificates, 单独评优 nominations, decisions and the published list. */
@Component(service = IncentivesResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/incentives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncentivesResource {

    private final IncentiveService incentives;
    private final DualCertificateKind certificates;

    @Activate
    public IncentivesResource(@Reference IncentiveService incentives, @Reference DualCertificateKind certificates) {
        this.incentives = incentives;
        this.certificates = certificates;
    }

    /** {@code ?roundId=}: the 双历认定 records (of every round in scope when absent). */
    @GET
    @Path("dual-records")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Incentives.DualRecord> dualRecords(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        return incentives.dualRecords(Caller.of(sc), roundId);
    }

    @GET
    @Path("dual-records/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response exportDual(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        return Downloads.xlsx(incentives.exportDual(Caller.of(sc), roundId), "双历认定名单.xlsx");
    }

    /** {@code ?format=docx|pdf}: the 双历认定证明 of one record, laid out by the platform's document service. */
    @GET
    @Path("dual-records/{id: \\d+}/certificate")
    @Produces({DocumentService.DOCX, DocumentService.PDF, MediaType.APPLICATION_JSON})
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response certificate(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("format") String format) {
        DualCertificateKind.Download d = certificates.file(Caller.of(sc), id, format);
        return Downloads.attachment(d.bytes(), d.mediaType(), d.filename());
    }

    /** Issues 双历认定 for a round: 201 with the records made. */
    @POST
    @Path("dual-records")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response issueDual(@Context SecurityContext sc, Incentives.DualIssue body) {
        return Response.status(Response.Status.CREATED).entity(incentives.issueDual(Caller.of(sc), body)).build();
    }

    /** {@code ?roundId=}: every nomination of the round. */
    @GET
    @Path("nominations")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Incentives.Nomination> nominations(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return incentives.nominations(Caller.of(sc), roundId);
    }

    @POST
    @Path("nominations")
    @RequiresPermission(PersonnelPoolsPermissions.NOMINATE)
    public Response nominate(@Context SecurityContext sc, Incentives.NominationDraft body) {
        return Response.status(Response.Status.CREATED).entity(incentives.nominate(Caller.of(sc), body)).build();
    }

    @POST
    @Path("nominations/{id: \\d+}/decision")
    @RequiresPermission(PersonnelPoolsPermissions.APPROVE)
    public Incentives.Nomination decide(@Context SecurityContext sc, @PathParam("id") long id, Incentives.Decision body) {
        return incentives.decide(Caller.of(sc), id, body);
    }

    /** {@code ?roundId=}: the published 单独评优 list, the approved nominations. */
    @GET
    @Path("excellence")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Incentives.Nomination> excellence(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return incentives.excellence(Caller.of(sc), roundId);
    }
}
