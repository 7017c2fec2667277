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
import org.xuncha.platform.api.rest.Downloads;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.account.PasswordService;
import org.xuncha.platform.security.internal.account.PermissionCatalog;
import org.xuncha.platform.security.internal.account.RoleService;
import org.xuncha.platform.security.internal.account.RoleView;
import org.xuncha.platform.security.internal.account.UserDraft;
import org.xuncha.platform.security.internal.account.UserService;
import org.xuncha.platform.security.internal.account.UserView;
import org.xuncha.platform.security.internal.account.UsersExport;
import org.xuncha.platform.security.internal.crypto.KeyRotation;
import org.xuncha.platform.security.internal.jaas.ConsoleSessions;

/** /api/platform/security: accounts (system administrator), roles and grants (security administrator), keys. */
@Component(service = SecurityAdminResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecurityAdminResource {

    private static final Set<String> USER_SORT = Set.of("id", "username", "displayName", "divisionCode", "lastLoginAt");

    private final UserService users;
    private final PasswordService passwords;
    private final RoleService roles;
    private final PermissionCatalog catalog;
    private final KeyRotation keys;
    private final SecondFactorReset secondFactors;
    private final ConsoleSessions consoles;
    private final UsersExport usersExport;

    @Activate
    public SecurityAdminResource(@Reference UserService users, @Reference PasswordService passwords, @Reference RoleService roles,
                                 @Reference PermissionCatalog catalog, @Reference KeyRotation keys,
                                 @Reference SecondFactorReset secondFactors, @Reference ConsoleSessions consoles,
                                 @Reference UsersExport usersExport) {
        this.usersExport = usersExport;
        this.secondFactors = secondFactors;
        this.consoles = consoles;
        this.users = users;
        this.passwords = passwords;
        this.roles = roles;
        this.catalog = catalog;
        this.keys = keys;
    }

    public record RolesBody(Set<String> roles) {
    }

    public record PermissionsBody(Set<String> permissions) {
    }

    /** An account's data scope: its division and the cadre it is. */
    public record ScopeBody(String divisionCode, Long personId) {
    }

    @GET
    @Path("users")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public Page<UserView> users(@Context SecurityContext sc, @QueryParam("text") String text, @QueryParam("page") Integer page,
                                @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return users.users(Caller.of(sc), text, PageRequest.of(page, size, sort, USER_SORT, "username"));
    }

    /** The accounts list with the page's keyword, as an xlsx named 账号清单.xlsx. */
    @GET
    @Path("users/export")
    @Produces(Rest.XLSX)
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public Response exportUsers(@Context SecurityContext sc, @QueryParam("text") String text, @QueryParam("sort") String sort) {
        return Downloads.xlsx(usersExport.export(Caller.of(sc), text, sort), "账号清单.xlsx");
    }

    @GET
    @Path("users/{id}")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public UserView user(@Context SecurityContext sc, @PathParam("id") long id) {
        return users.user(Caller.of(sc), id);
    }

    /** 201 with the account and its one-time password. */
    @POST
    @Path("users")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Response create(@Context SecurityContext sc, @Context javax.ws.rs.core.UriInfo uri, UserDraft body) {
        java.util.Map<String, Object> created = users.create(Caller.of(sc), body);
        // the account is read at users/{id}; the answer wraps it ({"user": …}), so the platform's Location filter finds no id
        long id = ((org.xuncha.platform.security.internal.account.UserView) created.get("user")).id();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(created).build();
    }

    @PUT
    @Path("users/{id}")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public UserView update(@Context SecurityContext sc, @PathParam("id") long id, UserDraft body) {
        UserView v = users.update(Caller.of(sc), id, body);
        if (!v.enabled()) {
            // a disabled account's open console sessions end with it, as its web sessions do
            consoles.end(v.username());
        }
        return v;
    }

    @POST
    @Path("users/{id}/reset-password")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Map<String, Object> resetPassword(@Context SecurityContext sc, @PathParam("id") long id) {
        Map<String, Object> done = passwords.reset(Caller.of(sc), id);
        if (done.containsKey("deliveredTo")) {
            // an administrator's password was replaced at once: its open console sessions end (issue 15)
            consoles.end(username(id));
        }
        return done;
    }

    /** The account's name, read as the platform (the security administrator need not hold the right to list accounts). */
    private String username(long id) {
        return users.user(Caller.system("console-sessions"), id).username();
    }

    /** The security administrator releases the one-time password the system administrator requested (三员分立). */
    @POST
    @Path("users/{id}/release-password")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public Map<String, Object> releasePassword(@Context SecurityContext sc, @PathParam("id") long id) {
        Map<String, Object> done = passwords.release(Caller.of(sc), id);
        consoles.end(username(id));
        return done;
    }

    /** The security administrator sets an account's division and person (its data scope). */
    @PUT
    @Path("users/{id}/scope")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public UserView setScope(@Context SecurityContext sc, @PathParam("id") long id, ScopeBody body) {
        ScopeBody b = AuthResource.required(body);
        return users.setScope(Caller.of(sc), id, b.divisionCode(), b.personId());
    }

    /** A lost authenticator: the security administrator resets another account's second factor and ends its sessions. */
    @POST
    @Path("users/{id}/reset-second-factor")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public UserView resetSecondFactor(@Context SecurityContext sc, @PathParam("id") long id) {
        return secondFactors.reset(Caller.of(sc), id);
    }

    @POST
    @Path("users/{id}/unlock")
    @RequiresPermission(value = SecurityDescriptor.USERS_MANAGE, scope = RequiresPermission.Scope.NONE)
    public UserView unlock(@Context SecurityContext sc, @PathParam("id") long id) {
        return users.unlock(Caller.of(sc), id);
    }

    @PUT
    @Path("users/{id}/roles")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public UserView setRoles(@Context SecurityContext sc, @PathParam("id") long id, RolesBody body) {
        return roles.setRoles(Caller.of(sc), id, AuthResource.required(body).roles());
    }

    @GET
    @Path("roles")
    @RequiresPermission(value = SecurityDescriptor.USERS_READ, scope = RequiresPermission.Scope.NONE)
    public List<RoleView> roles(@Context SecurityContext sc) {
        return roles.roles(Caller.of(sc));
    }

    @PUT
    @Path("roles/{id}/permissions")
    @RequiresPermission(value = SecurityDescriptor.ROLES_MANAGE, scope = RequiresPermission.Scope.NONE)
    public RoleView setPermissions(@Context SecurityContext sc, @PathParam("id") String id, PermissionsBody body) {
        return roles.setPermissions(Caller.of(sc), id, AuthResource.required(body).permissions());
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
        return Map.of("currentKeyId", keys.rotate(Caller.of(sc)));
    }
}
