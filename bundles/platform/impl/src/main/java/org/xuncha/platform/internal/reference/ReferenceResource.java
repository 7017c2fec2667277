package org.xuncha.platform.internal.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportJobService;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/** /api/platform/reference: divisions, units, persons, classifications, Excel import and templates. */
@Component(service = ReferenceResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/reference")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    private static final String READ = PlatformDescriptor.REFERENCE_READ;
    private static final String WRITE = PlatformDescriptor.REFERENCE_WRITE;

    private final ReferenceDataService service;
    private final ImportJobs jobs;
    private final SpreadsheetService spreadsheets;
    private final DivisionService divisions;

    @Activate
    public ReferenceResource(@Reference ReferenceDataService service, @Reference ImportJobs jobs,
                             @Reference SpreadsheetService spreadsheets, @Reference DivisionService divisions) {
        this.service = service;
        this.divisions = divisions;
        this.jobs = jobs;
        this.spreadsheets = spreadsheets;
    }

    @GET
    @Path("divisions")
    @RequiresPermission(READ)
    public List<Division> divisions(@Context SecurityContext sc) {
        return service.divisions(Caller.of(sc));
    }

    /** The divisions list as an xlsx named 行政区划.xlsx. */
    @GET
    @Path("divisions/export")
    @Produces(Rest.XLSX)
    @RequiresPermission(READ)
    public Response exportDivisions(@Context SecurityContext sc) {
        return Downloads.xlsx(divisions.export(Caller.of(sc), spreadsheets), "行政区划.xlsx");
    }

    @GET
    @Path("divisions/{code}")
    @RequiresPermission(READ)
    public Division division(@Context SecurityContext sc, @PathParam("code") String code) {
        return service.division(Caller.of(sc), code).orElseThrow(() -> ApiException.notFound("区划", "division", code));
    }

    /**
     * Creates or updates: the code is the division's own, so the client names it and PUT is the one verb;
     * 201 with the division when it was new (its address is the request's), 200 when it changed.
     */
    @PUT
    @Path("divisions/{code}")
    @RequiresPermission(WRITE)
    public Response saveDivision(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("code") String code, Division body) {
        Division d = body == null ? null : new Division(code, body.nameZh(), body.nameEn(), body.level(), body.parentCode());
        DivisionService.Saved saved = divisions.saveTelling(Caller.of(sc), d);
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(saved.division()).build()
                : Response.ok(saved.division()).build();
    }

    @GET
    @Path("classifications")
    @RequiresPermission(READ)
    public Map<String, List<String>> classifications(@Context SecurityContext sc) {
        return service.classifications(Caller.of(sc));
    }

    @GET
    @Path("units")
    @RequiresPermission(READ)
    public Page<Unit> units(@Context SecurityContext sc, @QueryParam("text") String text,
                            @QueryParam("divisionCode") String division, @QueryParam("field") String field,
                            @QueryParam("sector") String sector, @QueryParam("system") String system,
                            @QueryParam("parentId") Long parentId, @QueryParam("activeOnly") Boolean activeOnly,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, UnitService.SORT.keySet(), "code");
        return service.findUnits(Caller.of(sc), new UnitQuery(text, division, field, sector, system, parentId,
                Boolean.TRUE.equals(activeOnly)), pr);
    }

    @GET
    @Path("units/{id}")
    @RequiresPermission(READ)
    public Unit unit(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.unit(Caller.of(sc), id).orElseThrow(() -> ApiException.notFound("单位", "unit", id));
    }

    @POST
    @Path("units")
    @RequiresPermission(WRITE)
    public Response createUnit(@Context SecurityContext sc, Unit body) {
        return Response.status(Response.Status.CREATED).entity(service.createUnit(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("units/{id}")
    @RequiresPermission(WRITE)
    public Unit updateUnit(@Context SecurityContext sc, @PathParam("id") long id, Unit body) {
        return service.updateUnit(Caller.of(sc), id, body);
    }

    @DELETE
    @Path("units/{id}")
    @RequiresPermission(WRITE)
    public Response deleteUnit(@Context SecurityContext sc, @PathParam("id") long id) {
        service.deleteUnit(Caller.of(sc), id);
        return Response.noContent().build();
    }

    @GET
    @Path("persons")
    @RequiresPermission(READ)
    public Page<Person> persons(@Context SecurityContext sc, @QueryParam("text") String text, @QueryParam("unitId") Long unitId,
                                @QueryParam("leadership") Person.Leadership leadership, @QueryParam("activeOnly") Boolean activeOnly,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        PageRequest pr = PageRequest.of(page, size, sort, PersonService.SORT.keySet(), "id");
        return service.findPersons(Caller.of(sc), new PersonQuery(text, unitId, leadership, Boolean.TRUE.equals(activeOnly)), pr);
    }

    @GET
    @Path("persons/{id}")
    @RequiresPermission(READ)
    public Person person(@Context SecurityContext sc, @PathParam("id") long id) {
        return service.person(Caller.of(sc), id).orElseThrow(() -> ApiException.notFound("干部", "person", id));
    }

    @POST
    @Path("persons")
    @RequiresPermission(WRITE)
    public Response createPerson(@Context SecurityContext sc, Person body) {
        return Response.status(Response.Status.CREATED).entity(service.createPerson(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("persons/{id}")
    @RequiresPermission(WRITE)
    public Person updatePerson(@Context SecurityContext sc, @PathParam("id") long id, Person body) {
        return service.updatePerson(Caller.of(sc), id, body);
    }

    @DELETE
    @Path("persons/{id}")
    @RequiresPermission(WRITE)
    public Response deletePerson(@Context SecurityContext sc, @PathParam("id") long id) {
        service.deletePerson(Caller.of(sc), id);
        return Response.noContent().build();
    }

    /** Starts the import in the background: 202 with the job, whose report gives the row errors. */
    @POST
    @Path("units/import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, Rest.XLSX})
    @RequiresPermission(WRITE)
    public Response importUnits(@Context SecurityContext sc, InputStream body) {
        Caller caller = Caller.of(sc).require(WRITE);
        byte[] xlsx = ImportJobService.upload(body);
        return Response.accepted(jobs.start(caller, "units", xlsx, rowsOf(xlsx),
                (in, progress) -> service.importUnits(caller, in, progress))).build();
    }

    @POST
    @Path("persons/import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, Rest.XLSX})
    @RequiresPermission(WRITE)
    public Response importPersons(@Context SecurityContext sc, InputStream body) {
        Caller caller = Caller.of(sc).require(WRITE);
        byte[] xlsx = ImportJobService.upload(body);
        return Response.accepted(jobs.start(caller, "persons", xlsx, rowsOf(xlsx),
                (in, progress) -> service.importPersons(caller, in, progress))).build();
    }

    @GET
    @Path("imports/{id}")
    @RequiresPermission(WRITE)
    public ImportJobService.Status importStatus(@Context SecurityContext sc, @PathParam("id") String id) {
        return jobs.status(Caller.of(sc), id);
    }

    @GET
    @Path("units/template")
    @Produces(Rest.XLSX)
    @RequiresPermission(READ)
    public Response unitTemplate() {
        return Downloads.xlsx(service.unitTemplate(), "单位导入模板.xlsx");
    }

    @GET
    @Path("persons/template")
    @Produces(Rest.XLSX)
    @RequiresPermission(READ)
    public Response personTemplate() {
        return Downloads.xlsx(service.personTemplate(), "干部导入模板.xlsx");
    }

    /**
     * Rows in the file, for the progress bar's total; 0 if the file cannot be read now (the job reports
     * why). A workbook over the reading limits (a zip bomb among them) is refused here, in the request: 413.
     */
    private int rowsOf(byte[] xlsx) {
        try {
            return Math.max(0, spreadsheets.readFirstSheet(new ByteArrayInputStream(xlsx)).size() - 1);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
