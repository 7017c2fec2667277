package org.xuncha.roundplanning.internal.rest;

import java.util.Set;

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
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Term;

/** /api/round-planning/terms: terms, their rounds and their coverage. */
@Component(service = TermsResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermsResource {

    private final RoundPlanningService service;

    @Activate
    public TermsResource(@Reference RoundPlanningService service) {
        this.service = service;
    }

    @GET
    @RequiresPermission(RoundPlanningService.TERM_READ)
    public Page<Term> list(@Context SecurityContext sc, @QueryParam("divisionCode") String division, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return service.terms(Caller.of(sc), division,
                PageRequest.of(page, size, sort, Set.of("id", "name", "startDate", "divisionCode"), "-startDate"));
    }

    @POST
    @RequiresPermission(RoundPlanningService.TERM_WRITE)
    public Response create(@Context SecurityContext sc, Term body) {
        return Params.created(service.createTerm(Caller.of(sc), body));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(RoundPlanningService.TERM_READ)
    public Term get(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.term(Caller.of(sc), id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(RoundPlanningService.TERM_WRITE)
    public Term update(@Context SecurityContext sc, @PathParam("id") long id, Term body) {
        return service.updateTerm(Caller.of(sc), id, body);
    }

    @GET
    @Path("{id}/rounds")
    @RequiresPermission(value = RoundPlanningService.ROUND_READ, scope = RequiresPermission.Scope.GROUP)
    public Page<Round> rounds(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return service.rounds(Caller.of(sc), new Round.Query(id, null, null, null, null),
                PageRequest.of(page, size, sort, RoundsResource.SORTABLE, "number"));
    }

    @GET
    @Path("{id}/coverage")
    @RequiresPermission(RoundPlanningService.COVERAGE_READ)
    public Coverage coverage(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.coverage(Caller.of(sc), id);
    }

    @GET
    @Path("{id}/coverage.xlsx")
    @Produces(Rest.XLSX)
    @RequiresPermission(RoundPlanningService.COVERAGE_READ)
    public Response exportCoverage(@Context SecurityContext sc, @PathParam("id") long id) {
        return Params.download(service.exportCoverage(Caller.of(sc), id), "coverage-term-" + id + ".xlsx");
    }
}
