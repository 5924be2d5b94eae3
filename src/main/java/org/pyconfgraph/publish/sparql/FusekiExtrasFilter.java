package org.pyconfgraph.publish.sparql;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.riot.web.HttpNames;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Turns off what Fuseki adds to the protocol: the {@code stylesheet} parameter (an XSLT reference echoed into
 * XML results) and {@code callback} (JSONP: the client's text echoed as script), and the
 * {@code Fuseki-Request-Id} header, which tells a client how many requests the server has seen.
 * Also answers a form body Jetty refuses with Jetty's status.
 */
final class FusekiExtrasFilter implements Filter {
    private static final Set<String> HIDDEN_PARAMETERS = Set.of(HttpNames.paramStyleSheet, HttpNames.paramCallback);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        try {
            // A form body is read here, so that Jetty's verdict on it (408 for a client sending too slowly, 400 for
            // a malformed one) is the answer, rather than the 500 Fuseki makes of it.
            request.getParameterMap();
        } catch (BadMessageException e) {
            httpResponse.sendError(e.getCode(), e.getReason());
            return;
        }
        chain.doFilter(new WithoutExtras((HttpServletRequest) request), new WithoutRequestId(httpResponse));
    }

    private static final class WithoutExtras extends HttpServletRequestWrapper {
        WithoutExtras(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN_PARAMETERS.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN_PARAMETERS.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.keySet().removeAll(HIDDEN_PARAMETERS);
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() { return Collections.enumeration(getParameterMap().keySet()); }
    }

    private static final class WithoutRequestId extends HttpServletResponseWrapper {
        WithoutRequestId(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!Fuseki.FusekiRequestIdHeader.equalsIgnoreCase(name)) super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!Fuseki.FusekiRequestIdHeader.equalsIgnoreCase(name)) super.addHeader(name, value);
        }
    }
}
