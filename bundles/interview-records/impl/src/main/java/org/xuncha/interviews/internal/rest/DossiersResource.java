package org.xuncha.interviews.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.DossierService;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.security.Caller;

/** /api/interview-records/dossiers: the top-leader dossier of a unit, as JSON or as a Word document. */
@Component(service = DossiersResource.class, immediate = true)
@ModuleResource("interview-records")
@Path("/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public class DossiersResource {

    private final DossierService dossiers;

    @Activate
    public DossiersResource(@Reference DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @GET
    @RequiresPermission(value = InterviewRecordsPermissions.DOSSIER_READ, scope = RequiresPermission.Scope.GROUP)
    public LeaderDossier get(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId) {
        check(roundId, unitId);
        return dossiers.compile(Caller.of(sc), roundId, unitId);
    }

    @GET
    @Path("export")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(value = InterviewRecordsPermissions.DOSSIER_READ, scope = RequiresPermission.Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId) {
        check(roundId, unitId);
        Download d = dossiers.export(Caller.of(sc), roundId, unitId);
        return Downloads.confidential(d.content(), d.contentType(), d.filename());
    }

    private static void check(Long roundId, Long unitId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("unitId", unitId, "被巡察单位", "unit").throwIfInvalid();
    }
}
