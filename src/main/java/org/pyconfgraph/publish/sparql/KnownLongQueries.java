package org.pyconfgraph.publish.sparql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Sits in front of admission control: a GET of {@code /sparql} whose query text ran long before, sent while every
 * long slot is taken, is answered 503 with {@code Retry-After} at once. Let in, it would take a short query's
 * slot, or a place in the queue, only to be refused the same way a moment later; a few clients resending such a
 * query would keep the light queries waiting or refused. A POST's query is in its body, not read this early: it
 * is refused once let in, as before. While a long slot is free, or no query is known to run long, a request is let
 * in without its parameters being read here: only the endpoint parses them.
 */
final class KnownLongQueries extends Handler.Wrapper {
    private final QueryLanes lanes;
    private final String retryAfter;

    KnownLongQueries(Handler handler, QueryLanes lanes, Duration timeout) {
        super(handler);
        this.lanes = lanes;
        this.retryAfter = Long.toString(Math.max(1, timeout.toSeconds()));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (refused(request)) {
            // As the endpoint's own refusal reads: the reason in plain text (an error page would hide a 5xx's).
            response.setStatus(HttpSC.SERVICE_UNAVAILABLE_503);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "must-revalidate,no-cache,no-store");
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            Content.Sink.write(response, true, new QueryLanes.LongLaneFull().getMessage() + "\n", callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private boolean refused(Request request) {
        if (!HttpMethod.GET.is(request.getMethod()) || request.getHttpURI().getQuery() == null
            || !SparqlModule.PATH.equals(Request.getPathInContext(request))) return false;
        // Most of the time no query could be refused: then the parameters are left for the endpoint to parse.
        if (!lanes.mayRefuseAtOnce()) return false;
        String query;
        try {
            Fields parameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            query = parameters.getValue(HttpNames.paramQuery);
        } catch (RuntimeException malformed) {
            return false; // the endpoint answers it with its own message
        }
        return query != null && lanes.refusesAtOnce(query);
    }
}
