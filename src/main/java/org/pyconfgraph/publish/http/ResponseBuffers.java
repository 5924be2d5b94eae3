package org.pyconfgraph.publish.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The buffer a streamed response (SPARQL results, written through a servlet's output stream) is gathered in before
 * it goes out. Fuseki's server builder sets 5 MiB; Jetty takes that buffer from its pool for every such response,
 * but a buffer that large is beyond what the pool keeps, so each is fresh native memory, given back only when the
 * garbage collector gets round to it: under 64 clients the process held over a gigabyte of them, and the C heap
 * they went through stayed fragmented after the burst. Jetty's own default is pooled and reused.
 */
public final class ResponseBuffers {
    /** Jetty's default output buffer: within what its buffer pool keeps. */
    public static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    private ResponseBuffers() {}

    /** Configures every connector of the server; call before the server starts. */
    public static void install(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_SIZE);
        }
    }
}
