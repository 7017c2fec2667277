package org.xuncha.roundplanning.internal.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportJobService;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.history.HistoryImport;
import org.xuncha.roundplanning.internal.history.HistoryMembers;

/**
 * /api/round-planning/history: the history template, and the import of a term's past rounds as a
 * background job with progress (the platform's import jobs, as the reference imports run).
 */
@Component(service = HistoryResource.class, immediate = true)
@ModuleResource("round-planning")
@Path("/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final String IMPORT = RoundPlanningPermissions.HISTORY_IMPORT;
    static final String KIND = "round-planning.history";

    private final HistoryImport history;
    private final HistoryMembers members;
    private final ImportJobService jobs;

    @Activate
    public HistoryResource(@Reference HistoryImport history, @Reference HistoryMembers members, @Reference ImportJobService jobs) {
        this.history = history;
        this.members = members;
        this.jobs = jobs;
    }

    @GET
    @Path("template")
    @Produces(Rest.XLSX)
    @RequiresPermission(RoundPlanningPermissions.TERM_READ)
    public Response template() {
        return Downloads.xlsx(history.template(), "历史轮次导入模板.xlsx");
    }

    /** The file (xlsx or UTF-8 CSV) as the raw body → 202 with the job, whose report lists the ids created or the row errors. */
    @POST
    @Path("terms/{termId}")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, Rest.XLSX, "text/csv"})
    @RequiresPermission(IMPORT)
    public Response importRounds(@Context SecurityContext sc, @PathParam("termId") long termId, InputStream body) {
        Caller caller = Caller.of(sc).require(IMPORT);
        return start(caller, body, (in, progress) -> history.run(caller, termId, in, progress));
    }

    /** The upload as a background job of the platform's, its total the file's rows after the header. */
    private Response start(Caller caller, InputStream body, ImportJobService.Work work) {
        byte[] file = ImportJobService.upload(body);
        int rows = Math.max(0, history.rows(file).size() - 1);
        return Response.accepted(jobs.start(caller, KIND, file, rows, work)).build();
    }

    @GET
    @Path("templates/members")
    @Produces(Rest.XLSX)
    @RequiresPermission(RoundPlanningPermissions.TERM_READ)
    public Response membersTemplate() {
        return Downloads.xlsx(members.template(), "历史巡察组成员导入模板.xlsx");
    }

    /** The groups' members and authorisations (xlsx or UTF-8 CSV) as the raw body → 202 with the job; its report lists the member ids created. */
    @POST
    @Path("terms/{termId}/members")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, Rest.XLSX, "text/csv"})
    @RequiresPermission(IMPORT)
    public Response importMembers(@Context SecurityContext sc, @PathParam("termId") long termId, InputStream body) {
        Caller caller = Caller.of(sc).require(IMPORT);
        return start(caller, body, (in, progress) -> members.run(caller, termId, in, progress));
    }

    @GET
    @Path("imports/{id}")
    @RequiresPermission(IMPORT)
    public ImportJobService.Status status(@Context SecurityContext sc, @PathParam("id") String id) {
        return jobs.status(Caller.of(sc), id, KIND);
    }
}
