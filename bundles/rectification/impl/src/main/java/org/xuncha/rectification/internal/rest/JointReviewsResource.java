package org.xuncha.rectification.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.review.JointReviewService;
import org.xuncha.rectification.internal.review.JointReviewService.JointReview;

/** {@code /api/rectification/joint-reviews}: 三方联审 of a unit's ledger. */
@Component(service = JointReviewsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/joint-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JointReviewsResource {

    /** What the office sends to open a review. */
    public record OpenBody(Long ledgerId, java.time.LocalDate heldOn) {
    }

    private final JointReviewService reviews;

    @Activate
    public JointReviewsResource(@Reference JointReviewService reviews) {
        this.reviews = reviews;
    }

    /** {@code ?ledgerId=&roundId=&unitId=&page=&size=&sort=} (sort {@code id}, {@code heldOn}). */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<JointReview> list(@Context SecurityContext sc, @QueryParam("ledgerId") Long ledgerId, @QueryParam("roundId") Long roundId,
                                  @QueryParam("unitId") Long unitId, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                  @QueryParam("sort") String sort) {
        return reviews.reviews(Caller.of(sc), ledgerId, roundId, unitId, PageRequest.of(page, size, sort, java.util.Set.of("id", "heldOn"), "-id"));
    }

    /** 201; {@code ledgerId} unknown: 400 naming it. */
    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Response open(@Context SecurityContext sc, @Context UriInfo uri, OpenBody body) {
        if (body == null || body.ledgerId() == null) {
            new org.xuncha.platform.api.rest.Checks().add("ledgerId", "required", "请选择整改台账", "ledgerId is required").throwIfInvalid();
        }
        JointReview r = reviews.open(Caller.of(sc), body.ledgerId(), new JointReviewService.Draft(body.heldOn()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build()).entity(r).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public JointReview get(@Context SecurityContext sc, @PathParam("id") long id) {
        return reviews.review(Caller.of(sc), id);
    }

    /** {@code {party: DISCIPLINE|ORGANISATION|OFFICE, opinion}}: each party for itself. */
    @POST
    @Path("{id}/opinions")
    @RequiresPermission(value = RectificationPermissions.REVIEW, scope = Scope.GROUP)
    public JointReview opinion(@Context SecurityContext sc, @PathParam("id") long id, JointReviewService.Opinion body) {
        return reviews.opinion(Caller.of(sc), id, body);
    }

    /** {@code {conclusion: ACCEPTED|CONTINUE, text}}: 409 {@code opinions_missing} until all three have spoken. */
    @POST
    @Path("{id}/conclusion")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public JointReview conclude(@Context SecurityContext sc, @PathParam("id") long id, JointReviewService.ConclusionDraft body) {
        return reviews.conclude(Caller.of(sc), id, body);
    }
}
