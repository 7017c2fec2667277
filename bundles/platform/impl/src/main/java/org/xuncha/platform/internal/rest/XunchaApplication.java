package org.xuncha.platform.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.xuncha.platform.api.rest.Rest;

/**
 * The one JAX-RS application every module attaches its resources to, at {@code /api}. The
 * whiteboard deploys it only once JSON, error mapping, authentication and the permission gate are
 * all present, so no endpoint is ever reachable without them.
 */
@Component(service = Application.class)
@JaxrsName(Rest.APPLICATION_NAME)
@JaxrsApplicationBase(Rest.BASE)
@JaxrsExtensionSelect({
        "(" + Extensions.KEY + "=" + Extensions.JSON + ")",
        "(" + Extensions.KEY + "=" + Extensions.ERRORS + ")",
        "(" + Extensions.KEY + "=" + Extensions.AUTHENTICATION + ")",
        "(" + Extensions.KEY + "=" + Extensions.AUTHORIZATION + ")"})
public class XunchaApplication extends Application {
}
