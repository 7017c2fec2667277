package org.xuncha.personnelpools.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.SecondmentCheck;
import org.xuncha.personnelpools.api.SecondmentService;
import org.xuncha.personnelpools.api.Suggestion;
import org.xuncha.personnelpools.internal.export.ListExports;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/secondments}: checks, secondments and suggestions for a round's groups. */
@Component(service = SecondmentsResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/secondments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecondmentsResource {

    static final int DEFAULT_SUGGESTIONS = 20;

    private final SecondmentService secondments;
    private final ListExports exports;

    @Activate
    public SecondmentsResource(@Reference SecondmentService secondments, @Reference ListExports exports) {
        this.secondments = secondments;
        this.exports = exports;
    }

    /** {@code ?roundId=}: the secondments of a round. */
    @GET
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Secondment> list(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        required("roundId", roundId, "巡察轮次", "round");
        return secondments.secondments(Caller.of(sc), roundId);
    }

    /** {@code ?roundId=}: the round's secondments as 抽调名单.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response export(@Context SecurityContext sc, @QueryParam("roundId") Long roundId) {
        required("roundId", roundId, "巡察轮次", "round");
        return Downloads.xlsx(exports.secondments(Caller.of(sc), roundId), "抽调名单.xlsx");
    }

    /** {@code ?roundId=&groupId=&personId=}: the 回避 and clash checks, nothing recorded. */
    @GET
    @Path("check")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public SecondmentCheck check(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                 @QueryParam("personId") Long personId) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("personId", personId, "人员", "person").throwIfInvalid();
        return secondments.check(Caller.of(sc), roundId, groupId, personId);
    }

    /** {@code ?roundId=&groupId=&pool=&limit=}: ranked candidates for the group. */
    @GET
    @Path("suggestions")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Suggestion> suggestions(@Context SecurityContext sc, @QueryParam("roundId") Long roundId, @QueryParam("groupId") Long groupId,
                                        @QueryParam("pool") PoolKind pool, @QueryParam("limit") Integer limit) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("groupId", groupId, "巡察组", "group").throwIfInvalid();
        return secondments.suggestions(Caller.of(sc), roundId, groupId, pool, limit == null ? DEFAULT_SUGGESTIONS : limit);
    }

    /** Records a secondment: 201; 409 naming every 回避 or clash not waived. */
    @POST
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response second(@Context SecurityContext sc, Secondment.Draft body) {
        return Response.status(Response.Status.CREATED).entity(secondments.second(Caller.of(sc), body)).build();
    }

    private static void required(String field, Object value, String zh, String en) {
        new Checks().required(field, value, zh, en).throwIfInvalid();
    }
}
