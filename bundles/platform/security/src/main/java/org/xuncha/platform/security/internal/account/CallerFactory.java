package org.xuncha.platform.security.internal.account;

import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.Subject;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupMembershipProvider;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.platform.api.security.Roles;

/**
 * Builds callers: permissions from the roles' grants (plus {@link Caller#AUTHENTICATED}),
 * organisational scope from the account's division (a city sees its counties; no division, no
 * data, unless explicitly granted all), and group scope for accounts holding group roles, from
 * whatever membership providers are installed.
 */
@Component(service = {CallerResolver.class, CallerFactory.class})
public class CallerFactory implements CallerResolver {

    private static final Logger LOG = LoggerFactory.getLogger(CallerFactory.class);

    private final LoginService logins;
    private final RoleService roles;
    private final List<GroupMembershipProvider> providers = new CopyOnWriteArrayList<>();
    private volatile ReferenceDataService reference;

    @Activate
    public CallerFactory(@Reference LoginService logins, @Reference RoleService roles) {
        this.logins = logins;
        this.roles = roles;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setReference(ReferenceDataService r) {
        this.reference = r;
    }

    void unsetReference(ReferenceDataService r) {
        if (this.reference == r) {
            this.reference = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(GroupMembershipProvider p) {
        providers.add(p);
    }

    void removeProvider(GroupMembershipProvider p) {
        providers.remove(p);
    }

    public Caller build(UserView u) {
        Set<String> permissions = new HashSet<>(roles.permissionsOf(u.roles()));
        permissions.add(Caller.AUTHENTICATED);
        return new Caller(u.id(), u.username(), u.displayName(), u.divisionCode(), u.personId(), u.roles(), permissions, scope(u, permissions));
    }

    /** A caller who may only manage their own account: what a session gets until the password is changed. */
    public Caller restricted(UserView u) {
        return new Caller(u.id(), u.username(), u.displayName(), u.divisionCode(), u.personId(), u.roles(),
                Set.of(Caller.AUTHENTICATED), new DataScope(false, Set.of(), GroupScope.NONE));
    }

    /**
     * Organisational scope: the account's division (a city with its counties); an account of no
     * division sees nothing unless it holds {@link DataScope#ALL_DIVISIONS}. Group scope: whenever
     * the group roles grant a permission the account's other roles do not, the account is held to
     * its own groups — a 组员 who is also 纪委监委 does not lose the group limit by the second role.
     * The limit then covers the whole account (stricter than needed for the other role's own
     * permissions, never looser).
     */
    private DataScope scope(UserView u, Set<String> permissions) {
        boolean all = u.divisionCode() == null && permissions.contains(DataScope.ALL_DIVISIONS);
        Set<String> divisions = Set.of();
        if (u.divisionCode() != null) {
            ReferenceDataService r = reference;
            divisions = r == null ? Set.of(u.divisionCode()) : r.visibleDivisions(u.divisionCode());
        }
        GroupScope group = groupLimited(u) ? membership(u) : null;
        return new DataScope(all, divisions, group);
    }

    private boolean groupLimited(UserView u) {
        Set<String> group = new HashSet<>(u.roles());
        group.retainAll(Roles.GROUP_ROLES);
        if (group.isEmpty()) {
            return false;
        }
        Set<String> others = new HashSet<>(u.roles());
        others.removeAll(Roles.GROUP_ROLES);
        return others.isEmpty() || !roles.permissionsOf(others).containsAll(roles.permissionsOf(group));
    }

    private GroupScope membership(UserView u) {
        GroupScope group = GroupScope.NONE;
        if (u.personId() != null) {
            for (GroupMembershipProvider p : providers) {
                try {
                    group = group.union(p.membershipOf(u.personId()));
                } catch (RuntimeException e) {
                    LOG.warn("Group membership provider {} failed: {}", p.getClass().getName(), e.toString());
                }
            }
        }
        return group;
    }

    @Override
    public Optional<Caller> byUsername(String username) {
        return logins.activeUser(username).map(this::build);
    }

    @Override
    public Caller fromSubject(Subject subject) {
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    Optional<Caller> c = byUsername(p.getName());
                    if (c.isPresent()) {
                        return c.get();
                    }
                }
            }
        }
        throw new ApiException(401, "no_platform_user", "控制台会话没有对应的平台账号，请以平台账号登录控制台",
                "The console session is not a platform account; sign in to the console with one");
    }
}
