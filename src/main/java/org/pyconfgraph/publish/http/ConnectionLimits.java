package org.pyconfgraph.publish.http;

import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.pyconfgraph.publish.ServerLimits;

/**
 * Cuts slow clients: a connection silent for the idle timeout is closed; a request body or a response moving
 * slower than the minimum data rate ends the exchange (408 for a body); and a connection whose first request's
 * headers have not all arrived within the idle timeout is closed, however steadily they trickle in.
 */
public final class ConnectionLimits {
    private ConnectionLimits() {}

    /** Configures every connector of the server; call before the server starts. */
    public static void install(Server server, ServerLimits limits) {
        long idleMillis = limits.idleTimeout().toMillis();
        for (Connector connector : server.getConnectors()) {
            if (!(connector instanceof ServerConnector network)) continue;
            network.setIdleTimeout(idleMillis);
            HttpConnectionFactory http = network.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(limits.minDataRate());
                config.setMinResponseDataRate(limits.minDataRate());
            }
            network.addEventListener(new HeaderDeadline(network, idleMillis));
        }
    }

    /** Closes a connection that has not completed the headers of a request within the time. */
    private record HeaderDeadline(ServerConnector connector, long millis) implements Connection.Listener {
        @Override
        public void onOpened(Connection connection) {
            connector.getScheduler().schedule(() -> {
                if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) connection.close();
            }, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void onClosed(Connection connection) {}
    }
}
