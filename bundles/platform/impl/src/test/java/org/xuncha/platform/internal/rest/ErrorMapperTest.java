package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.persistence.OptimisticLockException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ErrorBody;

class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    private static ErrorBody body(Response r) {
        return (ErrorBody) r.getEntity();
    }

    @Test
    void keepsTheStatusAndBodyOfAnExpectedRefusalEvenWhenWrapped() {
        Response r = mapper.toResponse(new RuntimeException("tx failed", ApiException.notFound("单位", "unit", 7)));
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(body(r).code()).isEqualTo("not_found");
        assertThat(body(r).message()).isEqualTo("单位不存在：7");
        assertThat(body(r).messageEn()).isEqualTo("unit not found: 7");
    }

    @Test
    void mapsConcurrentChangesToConflict() {
        Response r = mapper.toResponse(new javax.persistence.RollbackException(new OptimisticLockException("v")));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(body(r).code()).isEqualTo("stale");
    }

    @Test
    void mapsFrameworkErrorsToClientErrors() {
        assertThat(body(mapper.toResponse(new NotFoundException())).code()).isEqualTo("no_such_endpoint");
        assertThat(body(mapper.toResponse(new WebApplicationException(404))).code()).isEqualTo("no_such_endpoint");
        assertThat(mapper.toResponse(new NotAllowedException("GET")).getStatus()).isEqualTo(405);
        assertThat(body(mapper.toResponse(new WebApplicationException(415))).code()).isEqualTo("unsupported_media_type");
    }

    @Test
    void neverShowsTheInternalsOfAnUnexpectedError() {
        Response r = mapper.toResponse(new NullPointerException("secret detail at com.example.Foo"));
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(body(r).code()).isEqualTo("internal_error");
        assertThat(body(r).message() + body(r).messageEn()).doesNotContain("secret detail").doesNotContain("NullPointer").contains("事件编号");
    }

    @Test
    void mapsAUniqueViolationToConflictButNotOtherIntegrityViolations() {
        java.sql.SQLException duplicate = new java.sql.SQLIntegrityConstraintViolationException("Unique index violation", "23505");
        Response r = mapper.toResponse(new javax.persistence.PersistenceException(new RuntimeException("flush", duplicate)));
        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(body(r).code()).isEqualTo("duplicate");
        assertThat(body(r).message()).isNotBlank();
        assertThat(body(r).messageEn()).isNotBlank();
        // a reference stored blind is the service's fault: it stays a 500 with an incident id
        java.sql.SQLException foreignKey = new java.sql.SQLIntegrityConstraintViolationException("Referential integrity", "23503");
        assertThat(mapper.toResponse(new javax.persistence.PersistenceException(foreignKey)).getStatus()).isEqualTo(500);
    }
}
