package org.xuncha.personnelpools.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.ProfileService;
import org.xuncha.personnelpools.internal.profile.ServiceRecord;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;

/** {@code /api/personnel-pools/profiles/{personId}}. */
@Component(service = ProfilesResource.class, immediate = true)
@ModuleResource("personnel-pools")
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfilesResource {

    private final ProfileService profiles;
    private final ServiceRecord records;

    @Activate
    public ProfilesResource(@Reference ProfileService profiles, @Reference ServiceRecord records) {
        this.profiles = profiles;
        this.records = records;
    }

    /** The person's profile, relatives included (the read is audited). */
    /** The rounds the person served in, with their group's evaluation results when the evaluation module is installed. */
    @GET
    @Path("{personId}/record")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public ServiceRecord.Record record(@Context SecurityContext sc, @PathParam("personId") long personId) {
        return records.of(Caller.of(sc), personId);
    }

    @GET
    @Path("{personId}")
    @RequiresPermission(PersonnelPoolsPermissions.READ)
    public Profile get(@Context SecurityContext sc, @PathParam("personId") long personId) {
        return profiles.profile(Caller.of(sc), personId);
    }

    /** Creates or replaces the profile; send the version read (none for a new one). */
    @PUT
    @Path("{personId}")
    @RequiresPermission(PersonnelPoolsPermissions.WRITE)
    public Profile save(@Context SecurityContext sc, @PathParam("personId") long personId, Profile.Draft body) {
        return profiles.save(Caller.of(sc), personId, body);
    }
}
