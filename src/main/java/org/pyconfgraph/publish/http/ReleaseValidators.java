package org.pyconfgraph.publish.http;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pyconfgraph.release.Release;

/**
 * HTTP validators taken from the release rather than from each response body: a document's ETag changes
 * exactly when a new release is published.
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
        String etag = "\"" + release.id() + (variant.isEmpty() ? "" : "-" + variant) + "\"";
        Instant modified = release.modified();
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

    private static boolean matches(String ifNoneMatch, String etag) {
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
