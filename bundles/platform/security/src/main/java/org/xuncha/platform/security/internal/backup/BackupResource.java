package org.xuncha.platform.security.internal.backup;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;

/** /api/platform/backup: the system administrator starts an online backup and follows its progress. */
@Component(service = BackupResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final BackupService backups;

    @Activate
    public BackupResource(@Reference BackupService backups) {
        this.backups = backups;
    }

    /** Whether one runs, what it is doing, the last outcome and the backups kept. */
    @GET
    @RequiresPermission(value = SecurityDescriptor.MODULES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Map<String, Object> status(@Context SecurityContext sc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("backups", backups.list(Caller.of(sc)));
        out.put("running", backups.running());
        out.put("progress", backups.progress());
        out.put("last", backups.last());
        out.put("directory", backups.directory().toString());
        return out;
    }

    /** Starts a backup in the background: 202, then GET shows its progress; 409 if one runs already. */
    @POST
    @RequiresPermission(value = SecurityDescriptor.MODULES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Response start(@Context SecurityContext sc) {
        if (!backups.start(Caller.of(sc))) {
            throw ApiException.conflict("backup_running", "已有备份正在进行", "A backup is already running");
        }
        return Response.accepted(Map.of("started", true)).build();
    }
}
