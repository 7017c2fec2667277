package org.xuncha.platform.jetty.internal;

import java.io.IOException;
import java.util.UUID;

import javax.servlet.ServletException;
import javax.servlet.UnavailableException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps all of Pax Web's handlers so that errors raised inside a servlet context are answered by
 * the server's {@link JsonErrorHandler} too. Pax Web gives every context a plain Jetty error page
 * handler (an HTML page, and no body at all for PUT, DELETE, TRACE, ...), and no way to replace it;
 * Jetty picks the context's handler through a request attribute set by {@code sendError}, so once
 * the context has handled the request, the attribute is dropped and the server's handler answers -
 * unless the context maps an error page of its own for that error, which is left to serve it.
 *
 * <p>A failure thrown out of a context (an exception no servlet caught) is turned into the
 * matching error here, logged with an incident id that the 500 answer quotes, for the same reason.
 */
public class ErrorScope extends HandlerWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorScope.class);

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        try {
            super.handle(target, baseRequest, request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || baseRequest.getHttpChannelState().isSendError()) {
                throw failure;
            }
            refuse(baseRequest, response, failure);
        }
        if (!baseRequest.isAsyncStarted() && request.getAttribute(ErrorHandler.ERROR_CONTEXT) instanceof ContextHandler.Context context
                && !mapsOwnErrorPage(context, request)) {
            request.removeAttribute(ErrorHandler.ERROR_CONTEXT);
        }
    }

    private static void refuse(Request baseRequest, HttpServletResponse response, Throwable failure) throws IOException {
        BadMessageException bad = find(failure, BadMessageException.class);
        UnavailableException unavailable = find(failure, UnavailableException.class);
        int status;
        String reason = null;
        if (bad != null) {
            status = bad.getCode();
            reason = bad.getReason();
            LOG.debug("Bad request {}: {}", baseRequest.getRequestURI(), reason);
        } else if (unavailable != null) {
            status = unavailable.isPermanent() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            String incident = UUID.randomUUID().toString().substring(0, 8);
            baseRequest.setAttribute(JsonErrorHandler.INCIDENT, incident);
            LOG.error("Unexpected error answering {} {}, incident {}", baseRequest.getMethod(), baseRequest.getRequestURI(), incident, failure);
        }
        baseRequest.setHandled(true);
        response.sendError(status, reason);
    }

    private static boolean mapsOwnErrorPage(ContextHandler.Context context, HttpServletRequest request) {
        ErrorHandler handler = context.getContextHandler().getErrorHandler();
        return handler instanceof ErrorHandler.ErrorPageMapper mapper && mapper.getErrorPage(request) != null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != t.getCause()
                    && type.isInstance(s.getRootCause())) {
                return type.cast(s.getRootCause());
            }
        }
        return null;
    }
}
