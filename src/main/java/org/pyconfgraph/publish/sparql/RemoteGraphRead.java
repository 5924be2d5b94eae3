package org.pyconfgraph.publish.sparql;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.web.HttpSC;
import org.pyconfgraph.store.SparqlService;
import org.pyconfgraph.store.StoreFailure;

/**
 * Graph Store Protocol reads ({@code ?default}, {@code ?graph=}) in front of a store that answers SPARQL itself:
 * the graph is read with a CONSTRUCT query, up to the endpoint's limit on result triples and within its time limit,
 * and written by Fuseki's own GSP code.
 */
final class RemoteGraphRead extends GSP_R {
    private static final Query DEFAULT_GRAPH = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
    private static final Query NAMED_GRAPH = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final SparqlService store;
    private final Duration timeout;
    private final long maxTriples;

    RemoteGraphRead(SparqlService store, Duration timeout, long maxTriples) {
        this.store = store;
        this.timeout = timeout;
        this.maxTriples = maxTriples;
    }

    /** A dataset holding just the graph asked for, read from the store; a graph the store lacks is absent. */
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        String name = action.getRequestParameter(HttpNames.paramGraph);
        DatasetGraph copy = DatasetGraphFactory.create();
        Node graph = name == null ? null : NodeFactory.createURI(name);
        Query query = graph == null ? DEFAULT_GRAPH
            : QueryTransformOps.transform(NAMED_GRAPH, Map.of(Var.alloc("g"), graph));
        Graph target = graph == null ? copy.getDefaultGraph() : GraphFactory.createDefaultGraph();
        try (QueryExec execution = store.query(query, timeout)) {
            long count = 0;
            for (Iterator<Triple> triples = execution.constructTriples(); triples.hasNext(); ) {
                if (++count > maxTriples)
                    ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, "The graph has more than " + maxTriples
                        + " triples, this endpoint's limit: the dumps hold every graph.");
                target.add(triples.next());
            }
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The graph could not be read within this endpoint's"
                + " limit of " + SparqlQueryService.describe(timeout) + ".");
        } catch (StoreFailure e) {
            ServletOps.error(HttpSC.BAD_GATEWAY_502, "The store behind this endpoint failed to answer: "
                + e.getMessage());
        }
        if (graph != null && !target.isEmpty()) copy.addGraph(graph, target);
        return copy;
    }
}
