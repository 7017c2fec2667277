package org.xuncha.personnelpools.internal.rest;

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
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/entries}: the pools, admission, exit and the office's decisions. */
@Component(service = EntriesResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntriesResource {

    private final PoolService pools;

    @Activate
    public EntriesResource(@Reference PoolService pools) {
        this.pools = pools;
    }

    /** {@code ?pool=&status=&specialty=&q=&page=&size=&sort=}: one page of the pools, newest first by default. */
    @GET
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Page<PoolEntry> list(@Context SecurityContext sc, @QueryParam("pool") PoolKind pool, @QueryParam("status") EntryStatus status,
                                @QueryParam("specialty") String specialty, @QueryParam("q") String q, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return pools.entries(Caller.of(sc), new PoolEntry.Query(pool, status, specialty, q), PageRequest.of(page, size, sort, PoolService.SORTABLE, "-id"));
    }

    /** The same filters as the list, as 巡察干部人才库.xlsx. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Response export(@Context SecurityContext sc, @QueryParam("pool") PoolKind pool, @QueryParam("status") EntryStatus status,
                           @QueryParam("specialty") String specialty, @QueryParam("q") String q) {
        return Downloads.xlsx(pools.export(Caller.of(sc), new PoolEntry.Query(pool, status, specialty, q)), "巡察干部人才库.xlsx");
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public PoolEntry get(@Context SecurityContext sc, @PathParam("id") long id) {
        return pools.entry(Caller.of(sc), id);
    }

    /** An application for admission: 201, pending the office's decision. */
    @POST
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response apply(@Context SecurityContext sc, @Context UriInfo uri, PoolEntry.Draft body) {
        PoolEntry e = pools.apply(Caller.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(e.id())).build()).entity(e).build();
    }

    @POST
    @Path("{id}/decision")
    @RequiresPermission(PersonnelPoolsPermissions.APPROVE)
    public PoolEntry decide(@Context SecurityContext sc, @PathParam("id") long id, PoolEntry.Decision body) {
        return pools.decide(Caller.of(sc), id, body);
    }

    @POST
    @Path("{id}/exit")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public PoolEntry exit(@Context SecurityContext sc, @PathParam("id") long id, PoolEntry.Exit body) {
        return pools.applyExit(Caller.of(sc), id, body);
    }
}
