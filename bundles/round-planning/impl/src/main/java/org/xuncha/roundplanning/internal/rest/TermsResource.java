package org.xuncha.roundplanning.internal.rest;

import javax.ws.rs.Consumes;
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
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.round.RoundService;
import org.xuncha.roundplanning.internal.term.CoverageService;
import org.xuncha.roundplanning.internal.term.TermService;

/** /api/round-planning/terms: terms, their rounds and their coverage. */
@Component(service = TermsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermsResource {

    private final TermService terms;
    private final CoverageService coverage;
    private final RoundService rounds;

    @Activate
    public TermsResource(@Reference TermService terms, @Reference CoverageService coverage, @Reference RoundService rounds) {
        this.terms = terms;
        this.coverage = coverage;
        this.rounds = rounds;
    }

    @GET
    @RequiresPermission(RoundPlanningPermissions.TERM_READ)
    public Page<Term> list(@Context SecurityContext sc, @QueryParam("divisionCode") String division, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return terms.terms(Caller.of(sc), division, PageRequest.of(page, size, sort, TermService.SORT.keySet(), "-startDate"));
    }

    @POST
    @RequiresPermission(RoundPlanningPermissions.TERM_WRITE)
    public Response create(@Context SecurityContext sc, Term body) {
        return Created.of(terms.create(Caller.of(sc), body));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(RoundPlanningPermissions.TERM_READ)
    public Term get(@Context SecurityContext sc, @PathParam("id") long id) {
        return terms.term(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(RoundPlanningPermissions.TERM_WRITE)
    public Term update(@Context SecurityContext sc, @PathParam("id") long id, Term body) {
        return terms.update(Caller.of(sc), id, body);
    }

    @GET
    @Path("{id}/rounds")
    @RequiresPermission(value = RoundPlanningPermissions.ROUND_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<Round> rounds(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return rounds.rounds(Caller.of(sc), new Round.Query(id, null, null, null, null),
                PageRequest.of(page, size, sort, RoundService.SORT.keySet(), "number"));
    }

    @GET
    @Path("{id}/coverage")
    @RequiresPermission(RoundPlanningPermissions.COVERAGE_READ)
    public Coverage coverage(@Context SecurityContext sc, @PathParam("id") long id) {
        return coverage.coverage(Caller.of(sc), id);
    }

    @GET
    @Path("{id}/coverage.xlsx")
    @Produces(Rest.XLSX)
    @RequiresPermission(RoundPlanningPermissions.COVERAGE_READ)
    public Response exportCoverage(@Context SecurityContext sc, @PathParam("id") long id) {
        Export x = coverage.export(Caller.of(sc), id);
        return Downloads.xlsx(x.bytes(), x.fileName());
    }
}
