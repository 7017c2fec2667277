package org.xuncha.rectification.internal.rest;

import java.util.List;

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
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.RequiresPermission.Scope;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.Figures;
import org.xuncha.rectification.api.Ledger;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.LedgerQuery;
import org.xuncha.rectification.api.LedgerService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.ReportReceipt;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.internal.ledger.AllLedgersExport;

/** {@code /api/rectification/ledgers}: units' ledgers, their reports, their tasks' entry and export. */
@Component(service = LedgersResource.class, immediate = true)
@ModuleResource("rectification")
@Path("/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LedgersResource {

    private final LedgerService ledgers;
    private final TaskService tasks;
    private final AllLedgersExport allLedgers;

    @Activate
    public LedgersResource(@Reference LedgerService ledgers, @Reference TaskService tasks, @Reference AllLedgersExport allLedgers) {
        this.ledgers = ledgers;
        this.tasks = tasks;
        this.allLedgers = allLedgers;
    }

    /** {@code ?roundId=&unitId=&reportsOverdue=&page=&size=&sort=}. */
    @GET
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Page<Ledger> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("unitId") Long unitId,
                             @QueryParam("reportsOverdue") Boolean reportsOverdue, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return ledgers.ledgers(Caller.of(sc), new LedgerQuery(roundId, unitId, reportsOverdue),
                PageRequest.of(page, size, sort, LedgerService.SORTABLE, "-id"));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public Ledger get(@Context SecurityContext sc, @PathParam("id") long id) {
        return ledgers.ledger(Caller.of(sc), id);
    }

    /** 201 with the ledger and its address. */
    @POST
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Response open(@Context SecurityContext sc, @Context UriInfo uri, LedgerDraft body) {
        Ledger ledger = ledgers.open(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(ledger.id())).build()).entity(ledger).build();
    }

    /** The office received the unit's or the principal leader's report. */
    @POST
    @Path("{id}/reports")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Ledger receive(@Context SecurityContext sc, @PathParam("id") long id, ReportReceipt body) {
        return ledgers.receiveReport(Caller.of(sc), id, body);
    }

    /** 201 with the task and its address under {@code /tasks}. */
    @POST
    @Path("{id}/tasks")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public Response addTask(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id, TaskDraft body) {
        Task task = tasks.add(Caller.of(sc), id, body);
        return Response.created(uri.getBaseUriBuilder().path("tasks").path(String.valueOf(task.id())).build()).entity(task).build();
    }

    /** The lead-transfer module's approved problems of the unit not yet in the ledger, as tasks: the tasks added. */
    @POST
    @Path("{id}/tasks/import")
    @RequiresPermission(value = RectificationPermissions.MANAGE, scope = Scope.GROUP)
    public List<Task> importApproved(@Context SecurityContext sc, @PathParam("id") long id) {
        return tasks.importApproved(Caller.of(sc), id);
    }

    @GET
    @Path("{id}/export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response export(@Context SecurityContext sc, @PathParam("id") long id) {
        return Downloads.xlsx(ledgers.export(Caller.of(sc), id), "整改台账-" + id + ".xlsx");
    }

    /** Every ledger in the caller's scope, of one round when given, as one spreadsheet. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(value = RectificationPermissions.EXPORT, scope = Scope.GROUP)
    public Response exportAll(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        return Downloads.xlsx(allLedgers.export(Caller.of(sc), roundId), "整改台账汇总.xlsx");
    }

    /** Figures of the caller's scope: {@code /api/rectification/ledgers/figures?roundId=}. */
    @GET
    @Path("figures")
    @RequiresPermission(value = RectificationPermissions.READ, scope = Scope.GROUP)
    public FiguresView figures(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        return FiguresView.of(ledgers.figures(Caller.of(sc), roundId));
    }

    /**
     * The JSON of {@link Figures} with its closure rate: in API 1.0 the rate is a method of the record,
     * which JSON leaves out, and a new record component would break the API's consumers.
     */
    public record FiguresView(long ledgers, long tasks, long closed, long overdue, long reportsOverdue, long handovers, double closureRate) {

        static FiguresView of(Figures f) {
            return new FiguresView(f.ledgers(), f.tasks(), f.closed(), f.overdue(), f.reportsOverdue(), f.handovers(), f.closureRate());
        }
    }
}
