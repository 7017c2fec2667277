package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PublicEndpoint;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;

/** The one gate in front of every resource method: deny by default, declarations read once per method. */
class PermissionGateTest {

    @Path("/notes")
    static class Notes {
        @GET
        @RequiresPermission("notes.read")
        public Object list() { return null; }

        @POST
        public Object forgotten() { return null; }

        @GET @Path("health")
        @PublicEndpoint("a probe")
        public Object health() { return null; }

        @GET @Path("export")
        @RequiresPermission("notes.read")
        public Object export() { return null; }

        @GET @Path("{id}")
        @RequiresPermission("notes.read")
        public Object get(@PathParam("id") long id) { return null; }
    }

    @Path("/reports")
    @RequiresPermission("reports.read")
    static class Reports {
        @GET
        public Object list() { return null; }

        @POST
        @RequiresPermission("reports.write")
        public Object add() { return null; }
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static SecurityContext holding(String... permissions) {
        return new Caller(7, "office1", "办公室", "371500", null, Set.of("office-staff"), Set.of(permissions), DataScope.everything())
                .securityContext(false, "SESSION");
    }

    private static String refusal(PermissionGate.Rules rules, SecurityContext security) {
        try {
            PermissionGate.authorize(rules.declaration(), security);
            return null;
        } catch (ApiException e) {
            return e.status() + " " + e.body().code();
        }
    }

    private static final MatchedMethod<PermissionGate.Rules> RULES = new MatchedMethod<>(PermissionGate.Rules::of);

    @Test
    void aMethodDeclaringNothingIsRefusedToEveryoneEvenTheSystem() throws Exception {
        PermissionGate.Rules rules = RULES.of(Notes.class, method(Notes.class, "forgotten"));
        assertThat(rules.declaration().declared()).isFalse();
        assertThat(refusal(rules, holding(Caller.ALL))).isEqualTo("403 undeclared_endpoint");
        assertThat(refusal(rules, null)).isEqualTo("403 undeclared_endpoint");
    }

    @Test
    void aRequestMatchedToNoMethodIsRefusedAsUndeclared() {
        assertThat(refusal(RULES.of(null, null), holding(Caller.ALL))).isEqualTo("403 undeclared_endpoint");
        assertThat(refusal(PermissionGate.Rules.of(null, null), holding(Caller.ALL))).isEqualTo("403 undeclared_endpoint");
    }

    @Test
    void aPermissionLetsThroughOnlyCallersHoldingIt() throws Exception {
        PermissionGate.Rules rules = RULES.of(Notes.class, method(Notes.class, "list"));
        assertThat(refusal(rules, holding("notes.read"))).isNull();
        assertThat(refusal(rules, holding("notes.write"))).isEqualTo("403 forbidden");
        assertThat(refusal(rules, null)).as("no session").isEqualTo("401 unauthenticated");
    }

    @Test
    void aPublicEndpointLetsEveryoneThrough() throws Exception {
        assertThatCode(() -> PermissionGate.authorize(RULES.of(Notes.class, method(Notes.class, "health")).declaration(), null))
                .doesNotThrowAnyException();
    }

    @Test
    void theClassDeclaresForMethodsThatDoNotAndAMethodsOwnWins() throws Exception {
        assertThat(refusal(RULES.of(Reports.class, method(Reports.class, "list")), holding("reports.read"))).isNull();
        assertThat(refusal(RULES.of(Reports.class, method(Reports.class, "add")), holding("reports.read"))).isEqualTo("403 forbidden");
        assertThat(refusal(RULES.of(Reports.class, method(Reports.class, "add")), holding("reports.write"))).isNull();
    }

    @Test
    void whatAMethodDeclaresIsWorkedOutOncePerMethod() throws Exception {
        Method list = method(Notes.class, "list");
        assertThat(RULES.of(Notes.class, list)).isSameAs(RULES.of(Notes.class, list));
        assertThat(RULES.of(Notes.class, list)).isNotSameAs(RULES.of(Notes.class, method(Notes.class, "get")));
    }

    @Test
    void theAcceptGuardComesWithTheMethodsThatNeedIt() throws Exception {
        PermissionGate.Rules byId = RULES.of(Notes.class, method(Notes.class, "get"));
        assertThat(byId.shadowed()).containsExactlyInAnyOrder(Map.of("id", "export"), Map.of("id", "health"));
        assertThat(RULES.of(Notes.class, method(Notes.class, "list")).shadowed()).isEmpty();
        MultivaluedHashMap<String, String> export = new MultivaluedHashMap<>();
        export.putSingle("id", "export");
        assertThatThrownBy(() -> AcceptGuard.refuseShadowed(byId.shadowed(), export))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(406));
        MultivaluedHashMap<String, String> seven = new MultivaluedHashMap<>();
        seven.putSingle("id", "7");
        assertThatCode(() -> AcceptGuard.refuseShadowed(byId.shadowed(), seven)).doesNotThrowAnyException();
    }
}
