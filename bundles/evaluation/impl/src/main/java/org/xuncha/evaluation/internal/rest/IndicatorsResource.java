package org.xuncha.evaluation.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.QualityService;

/** {@code /api/evaluation/indicators}: the office's quality indicators and weights. */
@Component(service = IndicatorsResource.class, immediate = true)
@ModuleResource("evaluation")
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    private final QualityService quality;

    @Activate
    public IndicatorsResource(@Reference QualityService quality) {
        this.quality = quality;
    }

    /** {@code ?divisionCode=}: the division's indicators (the caller's by default). */
    @GET
    @RequiresPermission(value = EvaluationPermissions.READ, scope = Scope.ORGANISATION)
    public List<Indicator> list(@Context SecurityContext sc, @QueryParam("divisionCode") String divisionCode) {
        return quality.indicators(Caller.of(sc), divisionCode);
    }

    /** Replaces the caller's office's indicators. */
    @PUT
    @RequiresPermission(value = EvaluationPermissions.CONFIGURE, scope = Scope.ORGANISATION)
    public List<Indicator> replace(@Context SecurityContext sc, List<Indicator> body) {
        return quality.configure(Caller.of(sc), body);
    }
}
