package org.xuncha.roundplanning.internal.rest;

import javax.ws.rs.core.Response;

/** Answers of the module's resources that are not plain 200s. */
final class Created {

    private Created() {
    }

    /** A record the request created: 201 with the record. */
    static Response of(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
