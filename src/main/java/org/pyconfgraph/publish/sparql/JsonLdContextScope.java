package org.pyconfgraph.publish.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.pyconfgraph.format.JsonLdContext;
import org.pyconfgraph.format.JsonLdWriting;

/**
 * Opens the instance's JSON-LD context for the thread of each request to the endpoint, so that the JSON-LD
 * Fuseki writes through Jena's registry (CONSTRUCT and DESCRIBE results, Graph Store reads) is compacted with it.
 */
final class JsonLdContextScope implements Filter {
    private final JsonLdContext context;

    JsonLdContextScope(JsonLdContext context) {
        this.context = context;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        try (JsonLdWriting.Scope scope = JsonLdWriting.scope(context)) {
            chain.doFilter(request, response);
        }
    }
}
