package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;

import org.junit.jupiter.api.Test;

class AcceptGuardTest {

    /** The shape of the lead register: a literal download beside a record by id, and a nested pair. */
    @Path("/leads")
    static class Leads {
        @GET @Path("export") @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        public Object export() { return null; }

        @GET @Path("{id}")
        public Object get(@PathParam("id") long id) { return null; }

        @POST @Path("surrenders")
        public Object surrender() { return null; }

        @GET @Path("{id}/files/{file}")
        public Object file(@PathParam("id") long id, @PathParam("file") long file) { return null; }

        @GET @Path("{id}/files/template")
        public Object template(@PathParam("id") long id) { return null; }

        @GET @Path("statistics")
        public Object statistics() { return null; }
    }

    private static Method method(String name) throws NoSuchMethodException {
        for (Method m : Leads.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new NoSuchMethodException(name);
    }

    @Test
    void aVariableSegmentSwallowsTheLiteralGetSiblingsOfTheSameShape() throws Exception {
        assertThat(AcceptGuard.shadowed(Leads.class, method("get")))
                .containsExactlyInAnyOrder(Map.of("id", "export"), Map.of("id", "statistics"));
    }

    @Test
    void onlyTheVariablesWhereTheLiteralHasAWordAreBound() throws Exception {
        // {id}/files/{file} against {id}/files/template: "{id}" is not literal in the sibling, so no match
        assertThat(AcceptGuard.shadowed(Leads.class, method("file"))).isEmpty();
    }

    @Test
    void literalMethodsAndOtherVerbsAreLeftAlone() throws Exception {
        assertThat(AcceptGuard.shadowed(Leads.class, method("export"))).isEmpty();
        assertThat(AcceptGuard.shadowed(Leads.class, method("surrender"))).isEqualTo(List.of());
    }
}
