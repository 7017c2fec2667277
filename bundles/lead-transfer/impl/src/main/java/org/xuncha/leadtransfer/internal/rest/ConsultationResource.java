package org.xuncha.leadtransfer.internal.rest;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;

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
import org.xuncha.leadtransfer.internal.export.ListExports;
import org.xuncha.leadtransfer.internal.joint.ConsultationService;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/consultations: 会商研判 on key problems and leads. */
@Component(service = ConsultationResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private final ConsultationService consultations;
    private final ListExports exports;

    @Activate
    public ConsultationResource(@Reference ConsultationService consultations, @Reference ListExports exports) {
        this.exports = exports;
        this.consultations = consultations;
    }

    @GET
    @RequiresPermission(value = CONSULTATION_READ, scope = Scope.GROUP)
    public List<ConsultationService.ConsultationView> consultations(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return consultations.list(Caller.of(sc), roundId);
    }

    /** The round's consultations, as an xlsx named 会商研判-(round).xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = LEAD_EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        ListExports.Workbook w = exports.consultations(Caller.of(sc), roundId);
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @POST
    @RequiresPermission(value = CONSULTATION_WRITE, scope = Scope.GROUP)
    public Response createConsultation(@Context SecurityContext sc, ConsultationService.ConsultationInput body) {
        return Response.status(201).entity(consultations.create(Caller.of(sc), Bodies.required(body))).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = CONSULTATION_READ, scope = Scope.GROUP)
    public ConsultationService.ConsultationView consultation(@Context SecurityContext sc, @PathParam("id") long id) {
        return consultations.get(Caller.of(sc), id);
    }
}
