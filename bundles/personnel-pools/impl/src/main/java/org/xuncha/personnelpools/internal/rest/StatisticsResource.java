package org.xuncha.personnelpools.internal.rest;

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
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolStatistics;
import org.xuncha.personnelpools.internal.stats.StatisticsService;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/statistics?year=}: pool sizes by pool and specialty, secondments per year, the year's training hours and attendance rate. */
@Component(service = StatisticsResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;

    @Activate
    public StatisticsResource(@Reference StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public PoolStatistics get(@Context SecurityContext sc, @QueryParam("year") Integer year) {
        return statistics.statistics(Caller.of(sc), year);
    }
}
