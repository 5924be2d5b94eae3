package org.pyconfgraph.publish.sparql;

import org.apache.jena.fuseki.server.DispatchFunction;
import org.apache.jena.fuseki.server.EndpointSet;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;

/**
 * Decides what a request to the endpoint with neither a query nor a graph parameter is. Fuseki would take a
 * GET for a read of the whole dataset (every quad); here it is the service description. Anything else would
 * write the dataset, and goes to the write refusal.
 */
final class PlainRequestDispatch implements DispatchFunction {

    @Override
    public Operation selectOperation(HttpAction action, EndpointSet endpoints) {
        return switch (action.getRequestMethod()) {
            case HttpNames.METHOD_GET, HttpNames.METHOD_HEAD, HttpNames.METHOD_OPTIONS ->
                ServiceDescriptionService.OPERATION;
            default -> Operation.GSP_RW;
        };
    }
}
