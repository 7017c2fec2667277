package org.xuncha.leadtransfer.internal.rest;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.FINDING_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.VISIT_WRITE;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.xuncha.leadtransfer.internal.export.ListExports;
import org.xuncha.leadtransfer.internal.joint.Calendar;
import org.xuncha.leadtransfer.internal.joint.CalendarService;
import org.xuncha.leadtransfer.internal.joint.JointService;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/lead-transfer/joint-operations: 巡纪审联动, findings brought in, the shared calendar and visits. */
@Component(service = JointOperationResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/joint-operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JointOperationResource {

    private final JointService joint;
    private final CalendarService calendar;
    private final ListExports exports;

    @Activate
    public JointOperationResource(@Reference JointService joint, @Reference CalendarService calendar, @Reference ListExports exports) {
        this.exports = exports;
        this.joint = joint;
        this.calendar = calendar;
    }

    @GET
    @RequiresPermission(value = JOINT_READ, scope = Scope.GROUP)
    public List<JointService.JointView> list(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId) {
        return joint.list(Caller.of(sc), termId, roundId);
    }

    /** The list with the same filters, as an xlsx named 巡纪审联动.xlsx. */
    @GET
    @Path("export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = LEAD_EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("roundId") Long roundId) {
        ListExports.Workbook w = exports.jointOperations(Caller.of(sc), termId, roundId);
        return Downloads.xlsx(w.bytes(), w.filename());
    }

    @POST
    @RequiresPermission(JOINT_WRITE)
    public Response create(@Context SecurityContext sc, JointService.JointInput body) {
        return Response.status(201).entity(joint.create(Caller.of(sc), Bodies.required(body))).build();
    }

    @GET
    @Path("calendar")
    @RequiresPermission(JOINT_READ)
    public List<Calendar.Entry> calendar(@Context SecurityContext sc, @QueryParam("termId") Long termId, @QueryParam("unitId") Long unitId,
                                         @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        new Checks().required("termId", termId, "届次", "term").throwIfInvalid();
        return calendar.calendar(Caller.of(sc), termId, unitId, from, to);
    }

    @POST
    @Path("visits")
    @RequiresPermission(VISIT_WRITE)
    public Response recordVisit(@Context SecurityContext sc, CalendarService.VisitInput body) {
        return Response.status(201).entity(calendar.recordVisit(Caller.of(sc), Bodies.required(body))).build();
    }

    @DELETE
    @Path("visits/{id}")
    @RequiresPermission(VISIT_WRITE)
    public Response deleteVisit(@Context SecurityContext sc, @PathParam("id") long id) {
        calendar.deleteVisit(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = JOINT_READ, scope = Scope.GROUP)
    public JointService.JointView get(@Context SecurityContext sc, @PathParam("id") long id) {
        return joint.get(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(JOINT_WRITE)
    public JointService.JointView update(@Context SecurityContext sc, @PathParam("id") long id, JointService.JointInput body) {
        return joint.update(Caller.of(sc), id, Bodies.required(body));
    }

    @POST
    @Path("{id}/findings")
    @RequiresPermission(FINDING_IMPORT)
    public Response bringIn(@Context SecurityContext sc, @PathParam("id") long id, JointService.FindingInput body) {
        return Response.status(201).entity(joint.bringIn(Caller.of(sc), id, Bodies.required(body))).build();
    }
}
