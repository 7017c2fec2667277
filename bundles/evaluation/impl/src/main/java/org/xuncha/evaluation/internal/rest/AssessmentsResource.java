package org.xuncha.evaluation.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.AssessmentService;
import org.xuncha.evaluation.internal.Settings;
import org.xuncha.evaluation.internal.export.ListExports;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.evaluation.internal.assessment.AssessmentRules;
import org.xuncha.platform.api.rest.Checks;

/** {@code /api/evaluation/assessments}: rectification assessments. */
@Component(service = AssessmentsResource.class, immediate = true)
@ModuleResource("evaluation")
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    private final AssessmentService assessments;
    private final Settings settings;
    private final ListExports exports;

    @Activate
    public AssessmentsResource(@Reference AssessmentService assessments, @Reference Settings settings, @Reference ListExports exports) {
        this.assessments = assessments;
        this.settings = settings;
        this.exports = exports;
    }

    /** {@code ?roundId=}: the round's assessments as 整改评估.xlsx (units by name). */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return Downloads.xlsx(exports.assessments(Caller.of(sc), roundId), "整改评估.xlsx");
    }

    /** The indicators a unit is assessed on, with their points (they add up to 100), as configured. */
    @GET
    @Path("indicators")
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.NONE)
    public List<AssessmentRules.Indicator> indicators(@Context SecurityContext sc) {
        Caller.of(sc).require(EvaluationPermissions.READ);
        return settings.assessmentIndicators();
    }

    /** {@code ?roundId=} (required): the round's assessments. */
    @GET
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.GROUP)
    public List<Assessment> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return assessments.assessments(Caller.of(sc), roundId);
    }

    /** 201 with the assessment (a second one for the same round and unit replaces the first). */
    @POST
    @RequiresPermission(value = EvaluationPermissions.ASSESS, scope = Scope.GROUP)
    public Response assess(@Context SecurityContext sc, AssessmentDraft body) {
        return Response.status(201).entity(assessments.assess(Caller.of(sc), body)).build();
    }
}
