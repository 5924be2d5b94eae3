package org.pyconfgraph.publish.http;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.release.Release;

/**
 * HTTP validators taken from the release and the build rather than from each response body: a document's ETag
 * changes exactly when a new release is published or new code renders it.
 */
public final class ReleaseValidators {
    private ReleaseValidators() {}

    /**
     * Sets ETag, Last-Modified and Cache-Control for a representation of this release, and answers 304 if the
     * client's copy is current.
     *
     * @param variant distinguishes representations of one URL (e.g. "ttl", "html"); part of the ETag
     * @return true if a 304 was sent and the caller must write no body
     */
    public static boolean handle(HttpServletRequest request, HttpServletResponse response, Release release,
                                 String variant, String cacheControl) {
        String etag = etag(release, variant);
        Instant modified = lastModified(release);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", modified.toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean notModified = ifNoneMatch != null
            ? matches(ifNoneMatch, etag)
            : notModifiedSince(request, modified);
        if (notModified) response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return notModified;
    }

    /** The ETag of one representation: the release, the build that rendered it, and the variant. */
    public static String etag(Release release, String variant) {
        return "\"" + release.id() + "-" + BuildStamp.current().id() + (variant.isEmpty() ? "" : "-" + variant) + "\"";
    }

    /** The later of the release date and the build time: either can change what the server sends. */
    public static Instant lastModified(Release release) {
        Instant built = BuildStamp.current().time();
        return built.isAfter(release.modified()) ? built : release.modified();
    }

    /** Whether an If-None-Match header names the ETag (weak comparison, as for GET and HEAD). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.trim().equals("*")) return true;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals(etag)) return true;
        }
        return false;
    }

    private static boolean notModifiedSince(HttpServletRequest request, Instant modified) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
        return since >= 0 && modified.toEpochMilli() / 1000 <= since / 1000;
    }
}
