package org.xuncha.platform.internal.rest;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;

/**
 * One module's JAX-RS server: its resources with the platform's extensions, on a CXF bus of its
 * own, behind a CXF servlet that {@link ApiDispatcher} calls directly. Built whole before it is put
 * in service and retired whole after it is taken out, so replacing a module never leaves a moment
 * in which its requests, or anybody else's, find no server.
 *
 * <p>Why not one JAX-RS whiteboard application per module: the whiteboard gives each application
 * with a base path a servlet context of its own, and adding or removing a context makes Pax Web
 * re-register the filters of every other context; requests to the other modules arriving meanwhile
 * were seen to get bare 404s. Here nothing in the web server changes when a module comes or goes.
 */
final class ModuleServer {

    private final String moduleId;
    private final ExtensionManagerBus bus;
    private final Server server;
    private final CXFNonSpringServlet servlet;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean retired;
    private volatile boolean withdrawn;

    private ModuleServer(String moduleId, ExtensionManagerBus bus, Server server, CXFNonSpringServlet servlet) {
        this.moduleId = moduleId;
        this.bus = bus;
        this.server = server;
        this.servlet = servlet;
    }

    /**
     * Builds and starts the server. The thread's context class loader is the platform bundle's
     * while CXF builds it: CXF looks some classes up through it.
     */
    static ModuleServer start(String moduleId, List<Object> resources, List<Object> providers, ServletContext context)
            throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader ours = ModuleServer.class.getClassLoader();
        thread.setContextClassLoader(ours);
        ExtensionManagerBus bus = new ExtensionManagerBus(null, new HashMap<>(), ours);
        try {
            bus.setId("xuncha-" + moduleId);
            bus.initialize();
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(resources);
            factory.setProviders(providers);
            Server server = factory.create();
            CXFNonSpringServlet servlet = new CXFNonSpringServlet();
            servlet.setBus(bus);
            servlet.init(config(moduleId, context));
            return new ModuleServer(moduleId, bus, server, servlet);
        } catch (RuntimeException | ServletException e) {
            bus.shutdown(false);
            throw e;
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static ServletConfig config(String moduleId, ServletContext context) {
        Map<String, String> params = Map.of("hide-service-list-page", "true", "redirects-list", "");
        return new ServletConfig() {
            @Override
            public String getServletName() {
                return "xuncha-api-" + moduleId;
            }

            @Override
            public ServletContext getServletContext() {
                return context;
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        };
    }

    String moduleId() {
        return moduleId;
    }

    /**
     * Serves one request, or answers false without touching it when the server was taken out of
     * service since the caller picked it (the caller then answers for the module instead).
     */
    boolean serve(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException, ServletException {
        inFlight.incrementAndGet();
        try {
            if (retired) {
                return false;
            }
            servlet.service(request, response);
            return true;
        } finally {
            if (inFlight.decrementAndGet() == 0 && retired) {
                close();
            }
        }
    }

    /** From now on the module is going: its requests are answered 503 by the dispatcher. */
    void withdraw() {
        withdrawn = true;
    }

    boolean withdrawn() {
        return withdrawn;
    }

    /** Takes the server out of service; it is closed once the requests inside it have finished. */
    void retire() {
        withdrawn = true;
        retired = true;
        if (inFlight.get() == 0) {
            close();
        }
    }

    private synchronized void close() {
        if (bus.getState() != org.apache.cxf.Bus.BusState.SHUTDOWN) {
            server.destroy();
            servlet.destroy();
            bus.shutdown(false);
        }
    }
}
