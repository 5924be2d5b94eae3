package org.pyconfgraph.publish;

import java.time.Duration;

import org.pyconfgraph.model.IriSpace;

/**
 * How one instance is exposed.
 *
 * @param host         address to bind (127.0.0.1 by default)
 * @param port         port to bind
 * @param publicBase   the base IRI clients see, e.g. behind a proxy; null means http://host:port/
 * @param queryTimeout the longest a SPARQL query may run
 * @param limits       what one request may take of the server's threads, memory and time
 */
public record ServerSettings(String host, int port, String publicBase, Duration queryTimeout, ServerLimits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    /** Settings with the default limits. */
    public ServerSettings(String host, int port, String publicBase, Duration queryTimeout) {
        this(host, port, publicBase, queryTimeout, ServerLimits.defaults());
    }

    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_QUERY_TIMEOUT);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, publicBase, queryTimeout, limits);
    }

    public ServerSettings withPublicBase(String base) {
        return new ServerSettings(host, port, base, queryTimeout, limits);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(host, port, publicBase, timeout, limits);
    }

    public ServerSettings withLimits(ServerLimits newLimits) {
        return new ServerSettings(host, port, publicBase, queryTimeout, newLimits);
    }

    /** The URI space this instance serves: the public base if set, else the local address. */
    public IriSpace iriSpace() {
        if (publicBase != null && !publicBase.isBlank()) return IriSpace.of(publicBase);
        String h = host.contains(":") ? "[" + host + "]" : host;
        return IriSpace.of("http://" + h + ":" + port + "/");
    }
}
