package org.xuncha.platform.documents.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.rest.ModuleResource;
import org.xuncha.platform.api.rest.RequiresPermission;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.Caller;

/** /api/platform/documents/numbering: the office's 文号 pattern per kind and the next number of each. */
@Component(service = NumberingResource.class, immediate = true)
@ModuleResource(Rest.PLATFORM)
@Path("/platform/documents/numbering")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NumberingResource {

    private final Numbering numbering;
    private final Kinds kinds;

    @Activate
    public NumberingResource(@Reference Numbering numbering, @Reference Kinds kinds) {
        this.numbering = numbering;
        this.kinds = kinds;
    }

    @GET
    @RequiresPermission(value = DocumentsDescriptor.ISSUE, scope = RequiresPermission.Scope.ORGANISATION)
    public List<Numbering.Rule> rules(@Context SecurityContext sc) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.ISSUE);
        return numbering.rules(caller, kinds.visible(caller));
    }

    @PUT
    @Path("{kind}")
    @RequiresPermission(value = DocumentsDescriptor.NUMBERING_MANAGE, scope = RequiresPermission.Scope.ORGANISATION)
    public Numbering.Rule set(@Context SecurityContext sc, @PathParam("kind") String kind, Numbering.RuleBody body) {
        Caller caller = Caller.of(sc).require(DocumentsDescriptor.NUMBERING_MANAGE);
        return numbering.set(caller, kinds.get(kind), body == null ? null : body.pattern());
    }
}
