package org.xuncha.evaluation.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.QualityService;
import org.xuncha.evaluation.api.RoundAssessment;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.evaluation.api.ScoringSheet;

/** {@code /api/evaluation/rounds/{roundId}/...}: a round's scoring sheet, its ranking and its assessment. */
@Component(service = RoundsResource.class, immediate = true)
@ModuleResource("evaluation")
@Path("/rounds/{roundId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundsResource {

    private final QualityService quality;
    private final EvaluationReports reports;

    @Activate
    public RoundsResource(@Reference QualityService quality, @Reference EvaluationReports reports) {
        this.quality = quality;
        this.reports = reports;
    }

    @GET
    @Path("sheet")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public ScoringSheet sheet(@Context SecurityContext sc, @PathParam("roundId") long roundId) {
        return quality.sheet(Caller.of(sc), roundId);
    }

    /** Scores one office-scored indicator of one group; answers the sheet. */
    @PUT
    @Path("scores")
    @RequiresPermission(value = EvaluationPermissions.SCORE, scope = Scope.GROUP)
    public ScoringSheet score(@Context SecurityContext sc, @PathParam("roundId") long roundId, ScoreDraft body) {
        return quality.score(Caller.of(sc), roundId, body);
    }

    /** The published ranking; 404 {@code not_published} before it is published. */
    @GET
    @Path("ranking")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public RoundRanking ranking(@Context SecurityContext sc, @PathParam("roundId") long roundId) {
        return reports.ranking(Caller.of(sc), roundId).orElseThrow(() -> new ApiException(404, "not_published",
                "本轮排名尚未发布", "The ranking of this round is not published yet"));
    }

    /** Publishes the ranking as the sheet stands and applies the 约谈 rule. */
    @POST
    @Path("ranking")
    @RequiresPermission(value = EvaluationPermissions.SCORE, scope = Scope.GROUP)
    public RoundRanking publish(@Context SecurityContext sc, @PathParam("roundId") long roundId) {
        return quality.publish(Caller.of(sc), roundId);
    }

    /** The round's assessments with the count per grade and the typical cases. */
    @GET
    @Path("assessment")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public RoundAssessment assessment(@Context SecurityContext sc, @PathParam("roundId") long roundId) {
        return reports.assessment(Caller.of(sc), roundId);
    }
}
