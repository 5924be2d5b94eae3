package org.pyconfgraph.bench;

import java.nio.file.Path;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/** The benchmarks' anchor: a folder served as static files by Jetty's own handler on a free loopback port. */
final class StaticFiles {
    private StaticFiles() {}

    /** Serves {@code folder}; the caller stops the server. */
    static Server serve(Path folder) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ResourceHandler handler = new ResourceHandler();
        handler.setBaseResource(ResourceFactory.of(handler).newResource(folder));
        jetty.setHandler(handler);
        try {
            jetty.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve the static anchor: " + e.getMessage(), e);
        }
        return jetty;
    }

    /** The base URL of a server {@link #serve} started. */
    static String base(Server jetty) {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/";
    }
}
