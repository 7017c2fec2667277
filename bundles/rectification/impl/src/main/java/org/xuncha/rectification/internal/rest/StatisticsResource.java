package org.xuncha.rectification.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Breakdown;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.RectificationStatistics;

/** {@code /api/rectification/statistics}: figures per round, unit or division, and ledger summaries. */
@Component(service = StatisticsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final RectificationStatistics statistics;

    @Activate
    public StatisticsResource(@Reference RectificationStatistics statistics) {
        this.statistics = statistics;
    }

    /** {@code ?by=ROUND|UNIT|DIVISION&roundId=}: tasks, closed, overdue, closure rate per row. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public List<Breakdown> breakdown(@Context SecurityContext sc, @QueryParam("by") Breakdown.By by, @QueryParam("roundId") Long roundId) {
        return statistics.breakdown(Caller.of(sc), by, roundId);
    }

    /** {@code ?roundId=&unitId=}: every ledger in scope with its figures and reports. */
    @GET
    @Path("ledgers")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public List<LedgerSummary> ledgers(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId) {
        return statistics.summaries(Caller.of(sc), roundId, unitId);
    }
}
