package org.xuncha.leadtransfer.internal.rest;

import java.io.InputStream;
import java.util.Locale;

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
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.history.LeadTransferHistory;
import org.xuncha.leadtransfer.internal.history.LeadTransferHistory.Kind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportJobService;

/**
 * /api/lead-transfer/history: the templates of past problems and past leads, and their import into a
 * term as a background job with progress (the platform's import jobs, as round planning's history
 * import and the reference imports run).
 */
@Component(service = HistoryResource.class, immediate = true)
@ModuleResource("lead-transfer")
@Path("/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private static final String IMPORT = LeadTransferPermissions.HISTORY_IMPORT;
    static final String KIND = "lead-transfer.history";

    private final LeadTransferHistory history;
    private final ImportJobService jobs;

    @Activate
    public HistoryResource(@Reference LeadTransferHistory history, @Reference ImportJobService jobs) {
        this.history = history;
        this.jobs = jobs;
    }

    /** {@code problems} or {@code leads}: 404 for anything else. */
    private static Kind kind(String name) {
        for (Kind k : Kind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        throw ApiException.notFound("导入模板", "template", name);
    }

    @GET
    @Path("templates/{kind}")
    @Produces(Rest.XLSX)
    @RequiresPermission(IMPORT)
    public Response template(@PathParam("kind") String kind) {
        Kind k = kind(kind);
        return Downloads.xlsx(history.template(k), k.templateName());
    }

    /** The file (xlsx or UTF-8 CSV) as the raw body → 202 with the job, whose report lists the ids created or the row errors. */
    @POST
    @Path("terms/{termId}/{kind}")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, Rest.XLSX, "text/csv"})
    @RequiresPermission(IMPORT)
    public Response importFile(@Context SecurityContext sc, @PathParam("termId") long termId, @PathParam("kind") String kind, InputStream body) {
        Caller caller = Caller.of(sc).require(IMPORT);
        Kind k = kind(kind);
        byte[] file = ImportJobService.upload(body);
        int rows = Math.max(0, history.rows(file).size() - 1);
        return Response.accepted(jobs.start(caller, KIND, file, rows, (in, progress) -> history.run(caller, termId, k, in, progress))).build();
    }

    @GET
    @Path("imports/{id}")
    @RequiresPermission(IMPORT)
    public ImportJobService.Status status(@Context SecurityContext sc, @PathParam("id") String id) {
        return jobs.status(Caller.of(sc), id, KIND);
    }
}
