package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

class EndpointParametersTest {

    enum Status { OPEN, CLOSED }

    record Draft(String name, Long unitId, Status status, LocalDate from, List<String> tags) {
    }

    @SuppressWarnings("unused")
    static class Resource {
        @GET
        public List<Draft> list(@Context SecurityContext security, @QueryParam("termId") Long termId, @QueryParam("status") Status status,
                                @QueryParam("page") Integer page, @HeaderParam("X-Request") String header) {
            return List.of();
        }

        @POST
        public Draft update(@Context SecurityContext security, @PathParam("id") long id, Draft draft) {
            return draft;
        }

        @POST
        public String upload(@PathParam("id") long id, byte[] content) {
            return "";
        }
    }

    private static java.lang.reflect.Method method(String name) {
        for (var m : Resource.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void listsTheTypedParametersWithEnumValues() {
        assertThat(EndpointParameters.of(method("list"))).containsExactly(
                new EndpointRegistry.Parameter("termId", "query", "Long", null),
                new EndpointRegistry.Parameter("status", "query", "Status", List.of("OPEN", "CLOSED")),
                new EndpointRegistry.Parameter("page", "query", "Integer", null),
                new EndpointRegistry.Parameter("X-Request", "header", "String", null));
        assertThat(EndpointParameters.body(method("list"))).isNull();
    }

    @Test
    void describesTheBodyByItsFields() {
        EndpointRegistry.Body body = EndpointParameters.body(method("update"));
        assertThat(body.type()).isEqualTo("Draft");
        assertThat(body.fields()).extracting(EndpointRegistry.Parameter::name).containsExactlyInAnyOrder("name", "unitId", "status", "from", "tags");
        assertThat(body.fields()).filteredOn(f -> f.name().equals("status")).singleElement()
                .satisfies(f -> assertThat(f.values()).containsExactly("OPEN", "CLOSED"));
        assertThat(body.fields()).filteredOn(f -> f.name().equals("from")).singleElement()
                .satisfies(f -> assertThat(f.type()).isEqualTo("LocalDate"));
    }

    @Test
    void aBinaryBodyHasNoFields() {
        assertThat(EndpointParameters.body(method("upload"))).isEqualTo(new EndpointRegistry.Body("byte[]", List.of()));
    }
}
