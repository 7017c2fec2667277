package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

/** Which creations get a Location, and from what id. */
class CreatedLocationTest {

    @Path("/rounds")
    static class Rounds {
        @POST
        public Object create() {
            return null;
        }

        @GET
        @Path("{id: \\d+}")
        public Object get() {
            return null;
        }

        @POST
        @Path("{id: \\d+}/targets")
        public Object addTargets() {
            return null;
        }

        @GET
        @Path("{id: \\d+}/targets")
        public Object targets() {
            return null;
        }

        @POST
        @Path("{id: \\d+}/amendments/")
        public Object amend() {
            return null;
        }

        @GET
        @Path("/{id: \\d+}/amendments/{amendmentId}")
        public Object amendment() {
            return null;
        }
    }

    record Made(long id, String name) {
    }

    @Test
    void aPostGetsALocationWhereItsClassReadsOneRecord() throws Exception {
        assertThat(CreatedLocation.readsWhatItCreates(Rounds.class, Rounds.class.getMethod("create"))).isTrue();
        assertThat(CreatedLocation.readsWhatItCreates(Rounds.class, Rounds.class.getMethod("amend"))).as("slashes do not matter").isTrue();
        assertThat(CreatedLocation.readsWhatItCreates(Rounds.class, Rounds.class.getMethod("addTargets")))
                .as("a list is read there, no one record").isFalse();
        assertThat(CreatedLocation.readsWhatItCreates(Rounds.class, Rounds.class.getMethod("get"))).as("not a POST").isFalse();
    }

    @Test
    void theIdComesFromTheRecordOrTheMap() {
        assertThat(CreatedLocation.idOf(new Made(7, "x"))).isEqualTo(7L);
        assertThat(CreatedLocation.idOf(Map.of("id", "a1"))).isEqualTo("a1");
        assertThat(CreatedLocation.idOf(Map.of("added", 3))).isNull();
        assertThat(CreatedLocation.idOf("no id")).isNull();
        assertThat(CreatedLocation.idOf(null)).isNull();
    }
}
