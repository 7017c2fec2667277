package org.xuncha.rectification.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.api.TaskQuery;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.task.EvidenceService;

/** {@code /api/rectification/tasks}: tasks across ledgers, their plan, progress and closure. */
@Component(service = TasksResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    private final TaskService tasks;
    private final EvidenceService evidence;

    @Activate
    public TasksResource(@Reference TaskService tasks, @Reference EvidenceService evidence) {
        this.tasks = tasks;
        this.evidence = evidence;
    }

    /** {@code ?ledgerId=&roundId=&unitId=&status=&phase=&overdue=&page=&size=&sort=}. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<Task> list(@Context SecurityContext sc, @QueryParam("ledgerId") Long ledgerId, @QueryParam("roundId") Long roundId,
                           @QueryParam("unitId") Long unitId, @QueryParam("status") TaskStatus status, @QueryParam("phase") Phase phase,
                           @QueryParam("overdue") Boolean overdue, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                           @QueryParam("sort") String sort) {
        return tasks.tasks(Caller.of(sc), new TaskQuery(ledgerId, roundId, unitId, status, phase, overdue),
                PageRequest.of(page, size, sort, TaskService.SORTABLE, "deadline"));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Task get(@Context SecurityContext sc, @PathParam("id") long id) {
        return tasks.task(Caller.of(sc), id);
    }

    /** The office changes a task's plan, its deadline included. */
    @PUT
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Task change(@Context SecurityContext sc, @PathParam("id") long id, TaskChange body) {
        return tasks.change(Caller.of(sc), id, body);
    }

    /**
     * The unit changes its own task's measures, owner and leader (not the deadline): a door of its own,
     * so that each door's permission says exactly who may pass (the service applies the same rules).
     */
    @PUT
    @Path("{id}/measures")
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.GROUP)
    public Task changeByUnit(@Context SecurityContext sc, @PathParam("id") long id, TaskChange body) {
        return tasks.change(Caller.of(sc), id, body);
    }

    @GET
    @Path("{id}/history")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public List<TaskEntry> history(@Context SecurityContext sc, @PathParam("id") long id) {
        return tasks.history(Caller.of(sc), id);
    }

    /** 201 with the history entry. */
    @POST
    @Path("{id}/progress")
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.GROUP)
    public Response report(@Context SecurityContext sc, @PathParam("id") long id, ProgressDraft body) {
        return Response.status(Response.Status.CREATED).entity(tasks.report(Caller.of(sc), id, body)).build();
    }

    @POST
    @Path("{id}/closure-request")
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.GROUP)
    public Task requestClosure(@Context SecurityContext sc, @PathParam("id") long id, ProgressDraft body) {
        return tasks.requestClosure(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/closure-decision")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Task decideClosure(@Context SecurityContext sc, @PathParam("id") long id, ClosureDecision body) {
        return tasks.decideClosure(Caller.of(sc), id, body);
    }

    /** The task's evidence files (佐证材料), with the progress report or closure request each proves. */
    @GET
    @Path("{id}/evidence")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public List<EvidenceService.EvidenceFile> evidence(@Context SecurityContext sc, @PathParam("id") long id) {
        return evidence.files(Caller.of(sc), id);
    }

    /**
     * Attaches an evidence file to a progress report or closure request ({@code entryId}): the file is
     * the raw body, its type the request's {@code Content-Type}, its name the {@code filename} parameter.
     */
    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.GROUP)
    public Response addEvidence(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("entryId") Long entryId,
                                @QueryParam("filename") String filename, @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Response.status(Response.Status.CREATED).entity(evidence.add(Caller.of(sc), id, entryId, filename, contentType, body)).build();
    }

    /** The unit takes back a file of a progress report while the task is open: 204; 409 once submitted or closed. */
    @DELETE
    @Path("{id}/evidence/{attachmentId}")
    @RequiresPermission(value = RectificationPermissions.REPORT, scope = Scope.GROUP)
    public Response deleteEvidence(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        evidence.delete(Caller.of(sc), id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/evidence/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Response evidenceFile(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        EvidenceService.Download d = evidence.download(Caller.of(sc), id, attachmentId);
        return Downloads.attachment(d.content(), d.mediaType(), d.file().filename());
    }
}
