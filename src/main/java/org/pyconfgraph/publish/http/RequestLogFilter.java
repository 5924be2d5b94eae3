package org.pyconfgraph.publish.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request: method, path and query (decoded, on one line, shortened), status and duration.
 * It replaces Fuseki's several lines per action, which the logging configuration keeps quiet. The line is
 * formatted and written by {@link RequestLogWriter}'s thread, so that a request does not wait for the output.
 */
public final class RequestLogFilter implements Filter {
    /** The logger every request line goes to; named so that the short log name reads "requests". */
    public static final String LOGGER_NAME = "org.pyconfgraph.requests";
    static final int MAX_TARGET_LENGTH = 160;
    private static final String NOTE = RequestLogFilter.class.getName() + ".note";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    /** Adds a remark to this request's line, for what the status alone does not say (e.g. a broken stream). */
    public static void note(ServletRequest request, String remark) {
        request.setAttribute(NOTE, remark);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        long started = System.nanoTime();
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean failed = true;
        try {
            chain.doFilter(req, res);
            failed = false;
        } finally {
            if (LOG.isInfoEnabled()) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
                Object note = request.getAttribute(NOTE);
                RequestLogWriter.INSTANCE.write(new Line(request.getMethod(), request.getRequestURI(),
                    request.getQueryString(), status, millis, note == null ? null : note.toString()));
            }
        }
    }

    /** What a request's line says, taken from the request before it is recycled; formatted by the writer. */
    record Line(String method, String path, String query, int status, long millis, String note) {
        void log() {
            LOG.info("{} {} {} {} ms{}", method, target(path, query), status, millis,
                note == null ? "" : " (" + note + ")");
        }
    }

    /** Waits until every request line logged so far is written (at shutdown, so that none is lost). */
    public static void flush() {
        RequestLogWriter.INSTANCE.flush();
    }

    /** Path and query as a reader wants them: decoded, control characters escaped, whitespace collapsed. */
    static String target(String path, String query) {
        String target = path + (query == null ? "" : "?" + decode(query));
        StringBuilder line = new StringBuilder(MAX_TARGET_LENGTH + 1);
        boolean space = false;
        int i = 0;
        for (; i < target.length() && line.length() < MAX_TARGET_LENGTH; i++) {
            char c = target.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !line.isEmpty()) line.append(' ');
            space = false;
            if (Character.isISOControl(c)) line.append(String.format("\\u%04x", (int) c));
            else line.append(c);
        }
        return i < target.length() ? line.append('…').toString() : line.toString();
    }

    private static String decode(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }
}
