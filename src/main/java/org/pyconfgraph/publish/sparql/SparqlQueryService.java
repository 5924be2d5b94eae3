package org.pyconfgraph.publish.sparql;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.BadMessageException;
import org.pyconfgraph.publish.ServerLimits;
import org.pyconfgraph.publish.http.ContentNegotiation;
import org.pyconfgraph.publish.http.RequestLogFilter;
import org.pyconfgraph.store.SparqlService;
import org.pyconfgraph.store.StoreFailure;

/**
 * SPARQL 1.1 Query over the protocol, for a public endpoint: Fuseki's protocol handling and content
 * negotiation, with what a public endpoint adds: a bounded query text, the parser's own message for a
 * malformed query, no SERVICE (no outbound calls), and one time limit that covers execution and the
 * writing of results. A query that runs out of time gets a 503 if no result has been sent yet, and a broken
 * connection otherwise, never a truncated result that looks complete.
 */
final class SparqlQueryService extends SPARQL_QueryDataset {
    /** Longest query text accepted, in characters; generous for hand-written queries and VALUES blocks. */
    static final int MAX_QUERY_LENGTH = 256 * 1024;

    private static final String TOO_DEEP = "The query is nested too deeply for this endpoint: brackets, braces"
        + " and nested expressions may go a few hundred levels deep.";

    private final Duration timeout;
    private final String base;
    private final ServerLimits limits;
    private final QueryLanes lanes;
    /** The store's own SPARQL service, for a store that answers queries itself; else null. */
    private final SparqlService remote;

    /**
     * @param base   what relative IRIs in queries resolve against, as in the data: the instance's base
     * @param lanes  the server's query lanes
     * @param remote the store's own SPARQL service to forward checked queries to, or null to run them here
     */
    SparqlQueryService(Duration timeout, String base, ServerLimits limits, QueryLanes lanes, SparqlService remote) {
        this.timeout = timeout;
        this.base = base;
        this.limits = limits;
        this.lanes = lanes;
        this.remote = remote;
    }

    /** Every parameter is accepted (unknown ones are ignored), so none is logged as a warning. */
    @Override
    protected Collection<String> acceptedParams(HttpAction action) { return null; }

    @Override
    protected void executeBody(HttpAction action) {
        execute(readBounded(action), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > MAX_QUERY_LENGTH)
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "The query is longer than the "
                + MAX_QUERY_LENGTH + " characters this endpoint accepts.");
        if (queryString.isBlank()) ServletOps.errorBadRequest("The query is empty.");
        Query parsed = parse(queryString);
        Query query = guard(parsed);
        requireAcceptableResults(action, query);
        // Fuseki's execute(String) would parse again, against a placeholder base: run the parsed query instead.
        action.beginRead();
        try {
            // A remote engine gets the query as written (the guarded form holds functions only this server has);
            // its answer goes through the same limits and writers as a local one. A local one holds a query lane
            // until it is done.
            try (QueryExec execution = remote != null ? remote.query(parsed, timeout) : localExecution(action, query,
                    queryString);
                 QueryDeadline deadline = remote != null ? null : QueryDeadline.of(execution)) {
                sendResults(action, executeQuery(action, execution, query, queryString), query.getPrologue());
            }
        } catch (StoreFailure e) {
            action.abortSilent();
            if (action.getResponse().isCommitted()) ConnectionAbort.abort(action.getRequest(), e);
            ServletOps.error(HttpSC.BAD_GATEWAY_502, "The store behind this endpoint failed to answer: "
                + e.getMessage());
        } catch (StackOverflowError e) {
            action.abortSilent();
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (QueryLanes.LongLaneFull e) {
            action.abortSilent();
            action.setResponseHeader(HttpNames.hRetryAfter, Long.toString(Math.max(1, timeout.toSeconds())));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
        } catch (LimitExceeded e) {
            action.abortSilent();
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage());
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503,
                "Query cancelled: it ran longer than this endpoint's limit of " + describe(timeout) + ".");
        } finally {
            action.endRead();
        }
    }

    private QueryExec localExecution(HttpAction action, Query query, String queryString) {
        Pair<DatasetGraph, Query> target = decideDataset(action, query, queryString);
        return execution(action, target.getRight(), target.getLeft(), queryString);
    }

    /**
     * Two guards on one limit: ARQ's timeout cancels between solutions, and the deadline-checking dataset stops
     * operators that work without looking at the cancel signal. Both share one cancel signal. The query's lane is
     * decided by the text as sent, which costs no second serialization of the parsed query.
     */
    private QueryExec execution(HttpAction action, Query query, DatasetGraph dataset, String queryString) {
        // ARQ gathers the nodes a DESCRIBE names into one set before it describes any. Made DISTINCT (which
        // leaves a DESCRIBE's answer as it is), the solutions they come from are held as any DISTINCT's are,
        // up to the held-solutions limit (422), so that set is bounded too, not only by the time limit.
        if (query.isDescribeType() && query.getQueryPattern() != null) query.setDistinct(true);
        QueryDeadline deadline = new QueryDeadline(timeout, lanes.admit(queryString));
        DatasetGraph database = tdb2Database(dataset);
        QueryExecBuilder execution = QueryExec.newBuilder()
            .dataset(database != null ? database : new DeadlineCheckingDataset(dataset, deadline))
            .query(query)
            .context(action.getContext())
            .set(ARQConstants.symCancelQuery, deadline.cancelSignal())
            .set(ARQ.httpServiceAllowed, false)
            .set(ARQConstants.sysOpExecutorFactory, LimitingOpExecutor.FACTORY)
            .set(QueryAllowance.SYMBOL, new QueryAllowance(deadline, limits))
            .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        PublicFunctions.restrict(execution);
        try {
            return execution.build();
        } catch (RuntimeException e) {
            deadline.close(); // gives back a long slot the query may hold from its start
            throw e;
        }
    }

    /**
     * The TDB2 database under a store's read-only wrappers, or null. ARQ hands a query to TDB2's engine only when
     * given the database itself, and a query cannot write, so it runs there; the deadline is then checked by
     * {@link LimitingOpExecutor} instead of a dataset view, which would send the query to ARQ's general engine.
     */
    private static DatasetGraph tdb2Database(DatasetGraph dataset) {
        for (DatasetGraph layer = dataset; ; layer = ((DatasetGraphWrapper) layer).getWrapped()) {
            if (TDBInternal.isBackedByTDB(layer)) return layer;
            if (!(layer instanceof DatasetGraphWrapper)) return null;
        }
    }

    /**
     * CONSTRUCT and DESCRIBE results are built in memory before they are written: up to the limit only, checked as
     * each triple is added (ARQ builds a DESCRIBE result whole before returning any of it).
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec execution, Query query, String queryLog) {
        // Strict SPARQL 1.1 has no quads in CONSTRUCT templates, so both results are graphs.
        if (query.isConstructType() || query.isDescribeType()) {
            CappedGraph result = new CappedGraph(limits.maxResultTriples());
            if (query.isConstructType()) execution.constructTriples().forEachRemaining(result::add);
            else execution.describe(result);
            return new QueryExecResult(result.result());
        }
        return super.executeQuery(action, execution, query, queryLog);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet()) {
            super.sendResults(action, result, prologue);
            return;
        }
        try {
            RowSet rows = new CancellationSurfacingRowSet(result.rowSet(), limits.maxResultRows());
            super.sendResults(action, new QueryExecResult(rows), prologue);
        } catch (CancellationSurfacingRowSet.ResultsCutShort cutShort) {
            HttpServletResponse response = action.getResponse();
            if (!response.isCommitted()) {
                response.resetBuffer();
                throw (QueryCancelledException) cutShort.getCause();
            }
            RequestLogFilter.note(action.getRequest(), "connection broken: "
                + (cutShort.getCause() instanceof LimitExceeded limit ? limit.getMessage()
                    : "time limit reached while sending results"));
            ConnectionAbort.abort(action.getRequest(), cutShort);
        }
    }

    /**
     * 406 before any work if the client accepts none of the formats this kind of result comes in. Fuseki's writers
     * would fall back to a default format instead; its own offers are used here, so the two agree. Format
     * parameters have become part of the Accept header by now ({@link ResultFormatRequest}).
     */
    private static void requireAcceptableResults(HttpAction action, Query query) {
        String accept = action.getRequestHeader(HttpNames.hAccept);
        if (accept == null || accept.isBlank() || action.getRequestParameter(HttpNames.paramForceAccept) != null)
            return;
        List<String> offers = ResultFormatRequest.mediaTypes(query.isSelectType() ? DEF.rsOfferTable
            : query.isAskType() ? DEF.rsOfferBoolean : DEF.constructOffer);
        if (ContentNegotiation.choose(accept, offers, type -> type).isEmpty())
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "The results of this query are available as "
                + String.join(", ", offers) + ".");
    }

    /**
     * The query as the public endpoint runs it, or a 400: nested deeper than the algebra can recurse, calling
     * SERVICE, or calling a function the endpoint does not offer.
     */
    private static Query guard(Query query) {
        try {
            if (ServiceClauseDetector.presentIn(query))
                ServletOps.errorBadRequest("SERVICE is not supported: this endpoint makes no calls to other services.");
            return QueryGuard.guard(query);
        } catch (QueryGuard.FunctionNotOffered e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
        }
        return null;
    }

    /** Strict SPARQL 1.1, as the service description promises; the message keeps the parser's line and column. */
    private Query parse(String queryString) {
        try {
            return QueryFactory.create(queryString, base, Syntax.syntaxSPARQL_11);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest(TOO_DEEP);
            return null;
        } catch (QueryParseException e) {
            // The parser recurses once per level of nesting, and reports running out of stack as a parse error.
            if (e.getCause() instanceof StackOverflowError) ServletOps.errorBadRequest(TOO_DEEP);
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            boolean placed = e.getLine() > 0 && !message.contains("line " + e.getLine());
            ServletOps.errorBadRequest("Malformed query: " + message
                + (placed ? " (line " + e.getLine() + ", column " + e.getColumn() + ")" : ""));
            return null;
        }
    }

    /**
     * The body, up to a little over the longest query. With a Content-Length it stops at that many bytes rather
     * than reading on to the end: Jetty checks the minimum data rate at every read, and a last read for the end
     * of a small body that a busy server makes late would fail the check though the body is complete.
     */
    private static String readBounded(HttpAction action) {
        long declared = action.getRequest().getContentLengthLong();
        long most = 4L * MAX_QUERY_LENGTH + 4; // UTF-8 takes at most 4 bytes a character: more is surely too long
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = action.getRequestInputStream()) {
            while ((declared < 0 || bytes.size() < declared) && bytes.size() <= most) {
                int wanted = declared < 0 ? buffer.length : (int) Math.min(buffer.length, declared - bytes.size());
                int n = in.read(buffer, 0, wanted);
                if (n < 0) break;
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            ServletOps.errorBadRequest("The query could not be read: " + e.getMessage());
        } catch (BadMessageException e) {
            // Jetty's verdict on the body, e.g. 408 for a client sending slower than the minimum data rate.
            ServletOps.error(e.getCode(), e.getReason());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
