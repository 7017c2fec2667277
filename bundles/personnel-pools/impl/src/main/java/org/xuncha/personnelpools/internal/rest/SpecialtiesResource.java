package org.xuncha.personnelpools.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.ProfileService;
import org.xuncha.personnelpools.api.Specialty;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/specialties}: the office-extensible specialty vocabulary. */
@Component(service = SpecialtiesResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/specialties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpecialtiesResource {

    private final ProfileService profiles;

    @Activate
    public SpecialtiesResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public List<Specialty> specialties(@Context SecurityContext sc) {
        return profiles.specialties(Caller.of(sc));
    }

    /** Adds a specialty to the caller's office's vocabulary: 201. */
    @POST
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Response addSpecialty(@Context SecurityContext sc, Specialty body) {
        return Response.status(Response.Status.CREATED).entity(profiles.addSpecialty(Caller.of(sc), body)).build();
    }
}
