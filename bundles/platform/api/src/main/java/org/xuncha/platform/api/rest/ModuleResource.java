package org.xuncha.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a DS component as a REST resource of one module: the component gets the service property
 * {@value Rest#MODULE_RESOURCE} = the module id, and the platform serves every such resource of
 * that module in the module's own JAX-RS server at {@code /api/<module-id>} (the platform's own
 * resources, id {@value Rest#PLATFORM}, at {@code /api}). So a module's paths are relative to
 * its base: {@code @Path("/notes")} in module {@code example} answers {@code /api/example/notes}.
 *
 * <pre>
 * &#64;Component(service = NotesResource.class)
 * &#64;ModuleResource("example")
 * &#64;Path("/notes")
 * public class NotesResource { ... }
 * </pre>
 *
 * The module's server is put in service once all of the module's resource components are
 * registered, and withdrawn as soon as one goes, so a module is served whole or not at all and
 * changing it never touches another module's server.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleResource {

    /** Property name prefix: the property is {@code xuncha.module.resource}. */
    String PREFIX_ = "xuncha.";

    /** The module id (the feature name without {@code xuncha-}). */
    String value();
}
