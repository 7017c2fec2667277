package org.xuncha.platform.security.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.account.AccountService;
import org.xuncha.platform.security.internal.account.PermissionCatalog;

/** /api/platform/security: accounts (system administrator), roles and grants (security administrator), keys. */
@Component(service = SecurityAdminResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityAdminResource {

    private final AccountService accounts;
    private final PermissionCatalog catalog;
    private final SecuritySetup setup;
    private final AuditTrail audit;

    @Activate
    public SecurityAdminResource(@Reference AccountService accounts, @Reference PermissionCatalog catalog,
                                 @Reference SecuritySetup setup, @Reference AuditTrail audit) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.setup = setup;
        this.audit = audit;
    }

    public record RolesBody(Set<String> roles) {
    }

    public record PermissionsBody(Set<String> permissions) {
    }

    @GET
    @Path("users")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public Page<AccountService.UserView> users(@Context SecurityContext sc, @QueryParam("text") String text,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return accounts.users(Caller.of(sc), text, PageRequest.of(page, size, null, Set.of(), null));
    }

    @GET
    @Path("users/{id}")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public AccountService.UserView user(@Context SecurityContext sc, @PathParam("id") long id) {
        return accounts.user(Caller.of(sc), id);
    }

    @POST
    @Path("users")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Response create(@Context SecurityContext sc, AccountService.UserDraft body) {
        return Response.status(201).entity(accounts.create(Caller.of(sc), body)).build();
    }

    @PUT
    @Path("users/{id}")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public AccountService.UserView update(@Context SecurityContext sc, @PathParam("id") long id, AccountService.UserDraft body) {
        return accounts.update(Caller.of(sc), id, body);
    }

    @POST
    @Path("users/{id}/reset-password")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Map<String, Object> resetPassword(@Context SecurityContext sc, @PathParam("id") long id) {
        return accounts.resetPassword(Caller.of(sc), id);
    }

    @POST
    @Path("users/{id}/unlock")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public AccountService.UserView unlock(@Context SecurityContext sc, @PathParam("id") long id) {
        return accounts.unlock(Caller.of(sc), id);
    }

    @PUT
    @Path("users/{id}/roles")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public AccountService.UserView setRoles(@Context SecurityContext sc, @PathParam("id") long id, RolesBody body) {
        return accounts.setRoles(Caller.of(sc), id, body.roles());
    }

    @GET
    @Path("roles")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public List<AccountService.RoleView> roles(@Context SecurityContext sc) {
        return accounts.roles(Caller.of(sc));
    }

    @PUT
    @Path("roles/{id}/permissions")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public AccountService.RoleView setPermissions(@Context SecurityContext sc, @PathParam("id") String id, PermissionsBody body) {
        return accounts.setRolePermissions(Caller.of(sc), id, body.permissions());
    }

    @GET
    @Path("permissions")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public List<PermissionCatalog.Permission> permissions() {
        return catalog.permissions();
    }

    @POST
    @Path("keys/rotate")
    @RequiresPermission(value = SecurityDescriptor.KEYS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Map<String, String> rotate(@Context SecurityContext sc) {
        Caller caller = Caller.of(sc).require(SecurityDescriptor.KEYS_MANAGE);
        String id = setup.fieldKeys().rotate();
        audit.record(caller, AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, "key", id, "轮换字段加密密钥，新密钥 " + id));
        return Map.of("currentKeyId", id);
    }
}
