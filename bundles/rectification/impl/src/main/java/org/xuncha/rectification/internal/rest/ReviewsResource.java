package org.xuncha.rectification.internal.rest;

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
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.internal.task.ReviewQueue;

/** {@code /api/rectification/reviews}: the office's queue of closure requests (decided at {@code /tasks/{id}/closure-decision}). */
@Component(service = ReviewsResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    private final ReviewQueue reviews;

    @Activate
    public ReviewsResource(@Reference ReviewQueue reviews) {
        this.reviews = reviews;
    }

    /** {@code ?roundId=&unitId=&page=&size=&sort=}, the longest waiting first. */
    @GET
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Page<ReviewQueue.Review> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return reviews.queue(Caller.of(sc), roundId, unitId, PageRequest.of(page, size, sort, TaskService.SORTABLE, "id"));
    }
}
