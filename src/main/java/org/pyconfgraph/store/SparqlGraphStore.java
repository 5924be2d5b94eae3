package org.pyconfgraph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.release.Release;

/**
 * A release held by another SPARQL engine (Fuseki, Oxigraph, Virtuoso, GraphDB…), read over the SPARQL 1.1
 * Protocol only. Values are bound by substitution into the parsed query, as nodes, before it is written out.
 * <p>
 * The default graph of our queries is the union of the release's named graphs. An engine whose default graph is
 * that union already (Fuseki on TDB2 with {@code unionDefaultGraph}) gets queries as they are; any other gets the
 * release's dataset with each query, in the protocol's own parameters: every named graph as a
 * {@code default-graph-uri} (whose merge is the default graph) and as a {@code named-graph-uri}. Which of the two
 * applies is found at start, when the store also checks that the engine holds the release being served.
 * <p>
 * A release is immutable, so the queries of one {@link #read} see one release without a transaction.
 */
public final class SparqlGraphStore implements GraphStore, SparqlService {

    private final String endpoint;
    private final HttpClient client;
    private final Duration startTimeLimit;
    /** The release's named graphs, sent as the query's dataset; empty when the engine's default graph is their union. */
    private final List<String> datasetGraphs;
    private final RemoteReader reader;
    private final RemoteReader startReader;

    private SparqlGraphStore(String endpoint, HttpClient client, Duration timeLimit, Duration startTimeLimit,
                             List<String> datasetGraphs) {
        this.endpoint = endpoint;
        this.client = client;
        this.startTimeLimit = startTimeLimit;
        this.datasetGraphs = datasetGraphs;
        this.reader = new RemoteReader(timeLimit);
        this.startReader = new RemoteReader(startTimeLimit);
    }

    /**
     * Connects to {@code endpoint} and checks that it holds {@code release}: the metadata graph lists the release's
     * first dump, whose URL carries the release id.
     *
     * @param timeLimit      how long one query may take, connecting included
     * @param startTimeLimit how long each read made at start may take, this check's and {@link #readAtStart}'s
     * @throws IllegalArgumentException if the engine cannot be asked, or does not hold this release
     */
    public static SparqlGraphStore connect(URI endpoint, Release release, Duration timeLimit, Duration startTimeLimit) {
        // Each request's own timeout bounds its connecting too: the client's bound is the longest of the two.
        HttpClient client = HttpClient.newBuilder()
            .connectTimeout(timeLimit.compareTo(startTimeLimit) > 0 ? timeLimit : startTimeLimit)
            .followRedirects(HttpClient.Redirect.NEVER).build();
        String url = endpoint.toString();
        Binding marks = ReleaseMarks.of(release);
        List<String> graphs = Arrays.stream(NamedGraph.values())
            .map(g -> g.node(release.iris()).getURI()).toList();
        SparqlGraphStore asIs = new SparqlGraphStore(url, client, timeLimit, startTimeLimit, List.of());
        if (!asIs.askAtStart(ReleaseMarks.HELD, marks))
            throw new IllegalArgumentException(ReleaseMarks.notHeld("--store sparql:" + url, release));
        if (asIs.askAtStart(ReleaseMarks.IN_DEFAULT_GRAPH, marks)) return asIs;
        SparqlGraphStore withDataset = new SparqlGraphStore(url, client, timeLimit, startTimeLimit, graphs);
        if (withDataset.askAtStart(ReleaseMarks.IN_DEFAULT_GRAPH, marks)) return withDataset;
        throw new IllegalArgumentException("--store sparql:" + url + " holds release " + release.id()
            + " but neither offers the union of its named graphs as the default graph nor honours"
            + " default-graph-uri: set its union default graph");
    }

    /** Whether queries carry the release's dataset, rather than rely on the engine's union default graph. */
    public boolean sendsDataset() { return !datasetGraphs.isEmpty(); }

    @Override
    public <T> T read(Function<StoreReader, T> work) { return work.apply(reader); }

    @Override
    public <T> T readAtStart(Function<StoreReader, T> work) {
        try {
            return work.apply(startReader);
        } catch (QueryCancelledException e) {
            throw new IllegalArgumentException("--store sparql:" + endpoint + " did not answer within "
                + seconds(startTimeLimit) + ", the time limit of each read at start (--store-start-timeout)");
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--store sparql:" + endpoint + " cannot be queried: " + firstLine(e));
        }
    }

    @Override
    public Optional<DatasetGraph> localDataset() { return Optional.empty(); }

    @Override
    public Optional<SparqlService> sparqlService() { return Optional.of(this); }

    @Override
    public String description() {
        return "SPARQL engine at " + endpoint + (sendsDataset() ? ", the release's graphs named in each query" : "");
    }

    @Override
    public QueryExec query(Query query, Duration limit) {
        return new ForwardedQuery(execution(query, BindingFactory.empty(), limit).build(), limit);
    }

    @Override
    public void close() {} // the HTTP client holds only idle connections, which it closes by itself

    /**
     * The query as sent: values substituted as nodes, the release's dataset unless the query names its own, and a
     * time limit on connecting and on the answer's first bytes.
     */
    private QueryExecHTTPBuilder execution(Query query, Binding values, Duration limit) {
        // Jena writes IRIs under the base relative to it, but no BASE: sent without one, every IRI is written whole.
        Query absolute = query.cloneQuery();
        absolute.setBaseURI((String) null);
        QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder().endpoint(endpoint).httpClient(client).query(absolute)
            .substitution(values).timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!query.hasDatasetDescription())
            for (String graph : datasetGraphs) builder.addDefaultGraphURI(graph).addNamedGraphURI(graph);
        return builder;
    }

    private boolean askAtStart(Query query, Binding values) {
        return readAtStart(ignored -> startReader.ask(query, values));
    }

    /** The reads of one time limit: the public queries', or the start's. */
    private final class RemoteReader implements StoreReader {
        private final Duration limit;

        RemoteReader(Duration limit) { this.limit = limit; }

        private QueryExec forwarded(Query query, Binding values) {
            return new ForwardedQuery(execution(query, values, limit).build(), limit);
        }

        private boolean ask(Query query, Binding values) {
            try (QueryExec execution = forwarded(query, values)) {
                return execution.ask();
            }
        }

        @Override
        public List<Binding> select(Query query, Binding values) {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec execution = forwarded(query, values)) {
                execution.select().forEachRemaining(rows::add);
            }
            return rows;
        }

        @Override
        public void forEachRow(Query query, Binding values, Consumer<Binding> row) {
            try (QueryExec execution = forwarded(query, values)) {
                execution.select().forEachRemaining(row);
            }
        }

        @Override
        public Graph graph(Query query, Binding values) {
            if (query.isDescribeType()) return describe(query, values);
            try (QueryExec execution = forwarded(query, values)) {
                return OrderedGraph.of(execution.constructTriples());
            }
        }

        /**
         * DESCRIBE as Jena answers it for a release (every statement about each described resource, in any graph),
         * asked as two portable queries: which resources, then their statements.
         */
        private Graph describe(Query query, Binding values) {
            Set<Node> resources = new LinkedHashSet<>(query.getResultURIs());
            if (query.getQueryPattern() != null) {
                Query which = query.cloneQuery();
                which.setQuerySelectType();
                which.setDistinct(true);
                for (Binding row : select(which, values))
                    row.vars().forEachRemaining(v -> resources.add(row.get(v)));
            }
            return describe(resources);
        }
    }

    /** Why a request failed, in a few words: the engine's HTTP status, or the network's own error. */
    private static String firstLine(Throwable e) {
        Throwable cause = e instanceof StoreFailure && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof QueryExceptionHTTP http && http.getStatusCode() > 0)
            return "it answered HTTP " + http.getStatusCode() + " " + (http.getResponseMessage() == null ? "" : http.getResponseMessage());
        // The outermost network error says most (a refused connection, a timeout, an unknown host).
        for (Throwable c = cause; c != null; c = c.getCause())
            if (c instanceof java.io.IOException) {
                cause = c;
                break;
            }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + message;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
