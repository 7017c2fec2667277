package org.xuncha.roundplanning.internal.rest;

import java.util.Arrays;
import java.util.List;

import javax.ws.rs.core.Response;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Rest;

/** Query parameters and downloads, the same way for every resource of the module. */
final class Params {

    private Params() {
    }

    /** An enum query parameter; a wrong value is a 400 naming the choices (JAX-RS would answer 404). */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            String choices = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw ApiException.validation(List.of(new FieldError(field, "invalid", field + "取值无效，可选：" + choices,
                    field + " is not one of: " + choices)));
        }
    }

    static Response download(byte[] bytes, String filename) {
        return Response.ok(bytes, Rest.XLSX).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    static Response created(Object entity) {
        return Response.status(201).entity(entity).build();
    }
}
