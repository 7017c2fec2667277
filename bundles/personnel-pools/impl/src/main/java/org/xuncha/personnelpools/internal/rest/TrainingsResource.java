package org.xuncha.personnelpools.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingReports;
import org.xuncha.personnelpools.api.TrainingService;
import org.xuncha.personnelpools.internal.export.ListExports;
import org.xuncha.personnelpools.internal.training.MaterialService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/trainings}: training events, invitees, sign-in, materials, hours and the round's training check. */
@Component(service = TrainingsResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingsResource {

    private final TrainingService trainings;
    private final MaterialService materials;
    private final ListExports exports;

    @Activate
    public TrainingsResource(@Reference TrainingService trainings, @Reference MaterialService materials, @Reference ListExports exports) {
        this.trainings = trainings;
        this.materials = materials;
        this.exports = exports;
    }

    /** {@code ?year=&kind=&roundId=&page=&size=&sort=}: trainings of the caller's divisions. */
    @GET
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Page<Training> list(@Context SecurityContext sc, @QueryParam("year") Integer year, @QueryParam("kind") TrainingKind kind,
                               @QueryParam("roundId") Long roundId, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                               @QueryParam("sort") String sort) {
        return trainings.trainings(Caller.of(sc), year, kind, roundId, PageRequest.of(page, size, sort, TrainingService.SORTABLE, "-date"));
    }

    @POST
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response create(@Context SecurityContext sc, Training.Draft body) {
        return Response.status(Response.Status.CREATED).entity(trainings.create(Caller.of(sc), body)).build();
    }

    /** The same filters as the list ({@code ?year=&kind=&roundId=}), as 培训日历.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response export(@Context SecurityContext sc, @QueryParam("year") Integer year, @QueryParam("kind") TrainingKind kind,
                           @QueryParam("roundId") Long roundId) {
        return Downloads.xlsx(exports.trainings(Caller.of(sc), year, kind, roundId), "培训日历.xlsx");
    }

    @GET
    @Path("{id: \\d+}")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Training get(@Context SecurityContext sc, @PathParam("id") long id) {
        return trainings.training(Caller.of(sc), id);
    }

    @POST
    @Path("{id: \\d+}/invitees")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Training invite(@Context SecurityContext sc, @PathParam("id") long id, Training.Invitation body) {
        body(body);
        return trainings.invite(Caller.of(sc), id, body.personIds());
    }

    /** The office signs someone in. */
    @POST
    @Path("{id: \\d+}/attendance")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Training signIn(@Context SecurityContext sc, @PathParam("id") long id, Training.SignIn body) {
        body(body);
        new Checks().required("personId", body.personId(), "人员", "person").throwIfInvalid();
        return trainings.signIn(Caller.of(sc), id, body.personId());
    }

    /** The attendee signs themselves in. */
    @POST
    @Path("{id: \\d+}/sign-in")
    @RequiresPermission(PersonnelPoolsPermissions.TRAINING_SIGN_IN)
    public Training selfSignIn(@Context SecurityContext sc, @PathParam("id") long id) {
        return trainings.selfSignIn(Caller.of(sc), id);
    }

    /** The training's materials (课件), oldest first. */
    @GET
    @Path("{id: \\d+}/materials")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<MaterialService.Material> materials(@Context SecurityContext sc, @PathParam("id") long id) {
        return materials.list(Caller.of(sc), id);
    }

    /** Attaches a material: the file is the raw body, its name the {@code filename} parameter (its extension decides the type). */
    @POST
    @Path("{id: \\d+}/materials")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response addMaterial(@Context SecurityContext sc, @PathParam("id") long id, @QueryParam("filename") String filename, InputStream body) {
        return Response.status(Response.Status.CREATED).entity(materials.add(Caller.of(sc), id, filename, body)).build();
    }

    @GET
    @Path("{id: \\d+}/materials/{materialId: \\d+}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response material(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("materialId") long materialId) {
        MaterialService.Download d = materials.download(Caller.of(sc), id, materialId);
        return Downloads.attachment(d.content(), d.mediaType(), d.material().filename());
    }

    /** Withdraws a material before the training's day. */
    @DELETE
    @Path("{id: \\d+}/materials/{materialId: \\d+}")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response deleteMaterial(@Context SecurityContext sc, @PathParam("id") long id, @PathParam("materialId") long materialId) {
        materials.delete(Caller.of(sc), id, materialId);
        return Response.noContent().build();
    }

    /** {@code ?year=}: class hours attended per person. */
    @GET
    @Path("hours")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<TrainingReports.PersonHours> hours(@Context SecurityContext sc, @QueryParam("year") Integer year) {
        new Checks().required("year", year, "年度", "year").throwIfInvalid();
        return trainings.hours(Caller.of(sc), year);
    }

    /** {@code ?roundId=}: who was seconded to the round and attended none of its 一轮一培训. */
    @GET
    @Path("round-attendance")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public TrainingReports.RoundAttendance roundAttendance(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").throwIfInvalid();
        return trainings.roundAttendance(Caller.of(sc), roundId);
    }

    private static void body(Object body) {
        if (body == null) {
            throw ApiException.validation(List.of(new FieldError("body", "required", "请求内容不能为空", "A body is required")));
        }
    }
}
