package org.pyconfgraph.publish.dumps;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.ByteRange;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.html.HtmlResponse;
import org.pyconfgraph.publish.http.ReleaseValidators;
import org.pyconfgraph.release.Release;

/**
 * Answers below {@code /dumps}: the listing at {@code /dumps/}, the files at {@code /dumps/{releaseId}/{file}},
 * redirects from {@code /dumps/latest/{file}}, and 404 for anything else (another release id, an unknown file).
 * It serves its own release's files, streamed from disk, whole or by byte range; the server sends the requests for
 * an earlier release's files to that release's own copy of this servlet while they are kept.
 */
final class DumpsServlet extends HttpServlet {
    /** A file at a URL with the release id never changes: any cache may keep it for a year without asking. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The listing and the latest redirects change with each release: caches ask again after a few minutes. */
    static final String SHORT_LIVED = "public, max-age=300";
    private static final String LISTING_VARIANT = "dumps-html";

    private final Release release;
    private final Map<String, ReleaseFile> files = new LinkedHashMap<>();
    /** The listing page, rendered when first asked for. */
    private final Supplier<String> listing;
    private final String links;

    DumpsServlet(Release release, List<ReleaseFile> files, Supplier<String> listing, String links) {
        this.release = release;
        files.forEach(f -> this.files.put(f.name(), f));
        this.listing = listing;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        IriSpace iris = release.iris();
        String path = request.getPathInfo();
        if (path == null) {
            redirect(response, HttpServletResponse.SC_MOVED_PERMANENTLY, iris.dumps(), "public, max-age=86400");
            return;
        }
        if (path.equals("/")) {
            sendListing(request, response);
            return;
        }
        String[] segments = path.substring(1).split("/", -1);
        ReleaseFile file = segments.length == 2 ? files.get(segments[1]) : null;
        if (file != null && segments[0].equals(DumpsModule.LATEST)) {
            redirect(response, HttpServletResponse.SC_FOUND, iris.dump(release.id(), file.name()), SHORT_LIVED);
        } else if (file != null && segments[0].equals(release.id())) {
            sendFile(request, response, file);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file of the current release ("
                + release.id() + "): " + request.getRequestURI() + ". The files are listed at " + iris.dumps());
        }
    }

    private void sendListing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Link", "<" + release.iris().dataset() + ">; rel=\"describedby\"");
        if (ReleaseValidators.handle(request, response, release, LISTING_VARIANT, SHORT_LIVED)) return;
        HtmlResponse.send(response, HttpServletResponse.SC_OK, listing.get(), isHead(request));
    }

    private void sendFile(HttpServletRequest request, HttpServletResponse response, ReleaseFile file)
        throws IOException {
        response.setHeader("Link", links);
        response.setHeader("Accept-Ranges", "bytes");
        if (ReleaseValidators.handle(request, response, release, file.name(), IMMUTABLE)) return;
        response.setContentType(file.contentType());
        long size = file.byteSize();
        long first = 0;
        long length = size;
        String range = request.getHeader("Range");
        if (range != null && rangeApplies(request, file)) {
            // Jetty's parser: the satisfiable ranges, none if the header asks only for bytes past the end.
            List<ByteRange> ranges = ByteRange.parse(List.of(range), size);
            if (ranges.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader("Content-Range", ByteRange.toNonSatisfiableHeaderValue(size));
                return;
            }
            // Several ranges get the whole file, which HTTP allows; resuming a download asks for one.
            if (ranges.size() == 1) {
                ByteRange only = ranges.get(0);
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", only.toHeaderValue(size));
                first = only.first();
                length = only.getLength();
            }
        }
        response.setContentLengthLong(length);
        if (isHead(request)) return;
        try (FileChannel channel = FileChannel.open(file.file(), StandardOpenOption.READ)) {
            WritableByteChannel out = Channels.newChannel(response.getOutputStream());
            for (long sent = 0; sent < length; ) sent += channel.transferTo(first + sent, length - sent, out);
        }
    }

    /** A Range with If-Range applies only while the validator still names this file's bytes. */
    private boolean rangeApplies(HttpServletRequest request, ReleaseFile file) {
        String ifRange = request.getHeader("If-Range");
        return ifRange == null || ifRange.trim().equals(ReleaseValidators.etag(release, file.name()));
    }

    private static void redirect(HttpServletResponse response, int status, String location, String cacheControl) {
        response.setStatus(status);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", cacheControl);
    }

    private static boolean isHead(HttpServletRequest request) { return "HEAD".equals(request.getMethod()); }
}
