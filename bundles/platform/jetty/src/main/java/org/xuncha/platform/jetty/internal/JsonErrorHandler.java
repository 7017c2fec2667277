package org.xuncha.platform.jetty.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The web server's error handler: every error Jetty answers itself is in the platform's error model.
 * <ul>
 * <li>requests the HTTP parser refuses before there is a request to dispatch (bad percent-encoding,
 * a URI over the limit: 414, headers over the limit: 431, ...) get JSON, since nothing tells
 * what the client wanted ({@link #badMessageError});</li>
 * <li>errors of dispatched requests ({@link ErrorScope} hands them here from the servlet contexts,
 * e.g. 404 where no servlet serves the path, 405 for TRACE) get JSON under /api and for clients
 * that accept JSON, a short bilingual page otherwise - for every method, where Jetty's own
 * handler writes bodies for GET, POST and HEAD only.</li>
 * </ul>
 */
public class JsonErrorHandler extends ErrorHandler {

    /** Request attribute: the incident id {@link ErrorScope} logged an unexpected failure under. */
    static final String INCIDENT = "org.xuncha.platform.jetty.incident";

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ErrorAnswers.JSON);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(ErrorAnswers.json(ErrorAnswers.answer(status, reason, null)));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        Object incident = request.getAttribute(INCIDENT);
        ErrorAnswers.Answer answer = ErrorAnswers.answer(code, message, incident == null ? null : incident.toString());
        boolean json = ErrorAnswers.wantsJson(request.getRequestURI(), request.getHeader("Accept"));
        byte[] body = json ? ErrorAnswers.json(answer) : ErrorAnswers.html(code, answer);
        response.setContentType(json ? ErrorAnswers.JSON : ErrorAnswers.HTML);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }
}
