package org.pyconfgraph.publish.http;

import java.time.Duration;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.pyconfgraph.publish.ServerLimits;

/**
 * How many requests the server works on at once, in two classes with a capacity each: SPARQL queries, and
 * everything else (documents, pages, dumps). However many queries arrive, the other class keeps its own
 * capacity, so pages stay available while the endpoint is saturated. Beyond a class's capacity a request waits,
 * without holding a thread, in a short queue; past the queue or the wait it gets 503 with {@code Retry-After}.
 * Jetty's {@link QoSHandler} does the counting and the waiting.
 */
public final class AdmissionControl {
    static final String SPARQL_PATHS = "/sparql";
    static final String SPARQL_SUB_PATHS = "/sparql/*";

    private AdmissionControl() {}

    /** Wraps the server's handler; call before the server starts. */
    public static void install(Server server, ServerLimits limits) {
        Handler inner = server.getHandler();
        Admission others = new Admission(limits.maxRequests(), limits.requestQueue(), limits.queueWait());
        others.excludePath(SPARQL_PATHS, SPARQL_SUB_PATHS);
        others.setHandler(new Admitted(inner));
        // The long queries' slots come on top of the short ones' (see the SPARQL endpoint's query lanes).
        Admission queries = new Admission(limits.maxQueries() + limits.maxLongQueries(), limits.queryQueue(),
            limits.queueWait());
        queries.includePath(SPARQL_PATHS, SPARQL_SUB_PATHS);
        queries.setHandler(others);
        server.setHandler(queries);
    }

    /**
     * One class's capacity. A refusal must carry Retry-After, but Jetty writes its immediate refusal itself: the
     * header is set on every request here and taken off again by {@link Admitted} once the request is let in.
     */
    private static final class Admission extends QoSHandler {
        private final String retryAfter;

        Admission(int running, int waiting, Duration wait) {
            setMaxRequestCount(running);
            setMaxSuspendedRequestCount(waiting);
            setMaxSuspend(wait);
            this.retryAfter = Long.toString(Math.max(1, wait.toSeconds()));
        }

        @Override
        public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            return super.onConditionsMet(request, response, callback);
        }

        @Override
        protected void failSuspended(Request request, Response response, Callback callback, int status,
                                     Throwable failure) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            super.failSuspended(request, response, callback, status, failure);
        }
    }

    /** Runs once a request is let in: it is being served, so it is not told to retry. */
    private static final class Admitted extends Handler.Wrapper {
        Admitted(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().remove(HttpHeader.RETRY_AFTER);
            return super.handle(request, response, callback);
        }
    }
}
