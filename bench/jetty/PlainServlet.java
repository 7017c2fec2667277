import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

/**
 * The benchmark's baseline, not part of the product: a plain servlet on the same Jetty 9.4 that
 * Pax Web runs, answering every GET with the bytes xuncha answered the benchmarked request with.
 * Usage: java PlainServlet PORT BODY_FILE CONTENT_TYPE PATH_SPEC
 */
public final class PlainServlet {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String contentType = args[2];
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType(contentType);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }), args[3]);
        server.setHandler(context);
        server.start();
        server.join();
    }
}
