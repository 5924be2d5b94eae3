package org.pyconfgraph.publish.pages;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.publish.http.ReleaseBodies;

/** A servlet for pages and files made from the release: GET and HEAD, the release's validators, 404 otherwise. */
abstract class ReleaseServlet extends HttpServlet {
    protected final transient PageFrame frame;
    /** Far more than the pages of one servlet; a bound against URLs that differ only in their query string. */
    private static final int PAGE_BODIES = 64;
    private final transient ReleaseBodies bodies = new ReleaseBodies(PAGE_BODIES);

    ReleaseServlet(PageFrame frame) {
        this.frame = frame;
    }

    /** What this request asks for, or empty if there is nothing at its URL. */
    protected abstract Optional<Representation> represent(HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Representation> representation = represent(request);
        if (representation.isPresent()) representation.get().send(request, response, frame.context().release(), bodies);
        else frame.sendNotFound(request, response, "There is nothing at " + request.getServletPath()
            + (request.getPathInfo() == null ? "" : request.getPathInfo()) + ".");
    }
}
