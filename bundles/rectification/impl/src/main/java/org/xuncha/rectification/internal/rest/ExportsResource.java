package org.xuncha.rectification.internal.rest;

import javax.ws.rs.GET;
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
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.export.ListExports;

/** {@code /api/rectification/exports/...}: every list of the pages as an xlsx with a Chinese file name, in the caller's scope. */
@Component(service = ExportsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListExports exports;

    @Activate
    public ExportsResource(@Reference ListExports exports) {
        this.exports = exports;
    }

    /** {@code ?kind=INSTRUCTION|COMMON_PROBLEM|CAMPAIGN}: 书记批示, 共性问题交办单, 专项整治 (with their units). */
    @GET
    @Path("assignments")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response assignments(@Context SecurityContext sc, @QueryParam("kind") AssignmentKind kind) {
        return download(exports.assignments(Caller.of(sc), kind));
    }

    @GET
    @Path("letters")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response letters(@Context SecurityContext sc) {
        return download(exports.letters(Caller.of(sc)));
    }

    @GET
    @Path("reconciliations/{id}")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response reconciliation(@Context SecurityContext sc, @PathParam("id") long id) {
        return download(exports.reconciliation(Caller.of(sc), id));
    }

    /** {@code ?by=ROUND|UNIT|DIVISION&roundId=}. */
    @GET
    @Path("statistics")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response statistics(@Context SecurityContext sc, @QueryParam("by") Breakdown.By by, @QueryParam("roundId") Long roundId) {
        return download(exports.statistics(Caller.of(sc), by == null ? Breakdown.By.UNIT : by, roundId));
    }

    @GET
    @Path("handovers")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response handovers(@Context SecurityContext sc) {
        return download(exports.handovers(Caller.of(sc)));
    }

    /**
     * {@code ?roundId=&unitId=}: the closure-review queue. Declared with the queue's own permission (the
     * office's: manage), which every holder of also holds export: a unit's contact may export its ledger
     * but not read the office's queue, and the gate must say so, not the export further in.
     */
    @GET
    @Path("reviews")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Response reviews(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId) {
        return download(exports.reviews(Caller.of(sc), roundId, unitId));
    }

    /** {@code ?ledgerId=&roundId=&unitId=}. */
    @GET
    @Path("joint-reviews")
    @Produces(XLSX)
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response jointReviews(@Context SecurityContext sc, @QueryParam("ledgerId") Long ledgerId, @QueryParam("roundId") Long roundId,
                                 @QueryParam("unitId") Long unitId) {
        return download(exports.jointReviews(Caller.of(sc), ledgerId, roundId, unitId));
    }

    private static Response download(ListExports.Workbook w) {
        return Downloads.xlsx(w.bytes(), w.filename());
    }
}
