package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;
import org.pyconfgraph.publish.http.ReleaseValidators;

/**
 * Static files of the pages at {@code /assets/…} (see {@link Assets}). Pages link to fingerprinted URLs
 * ({@code /assets/style.HASH.css}), which never change and are cached for a year as immutable; the plain URLs
 * ({@code /assets/style.css}) still answer, cached for five minutes. Both carry the content hash as a strong ETag
 * and answer 304 when the client's copy is current, so a deploy never leaves a browser with a stale file.
 */
public final class AssetsModule implements ServerModule {
    public static final String PATH = "/assets";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        server.addServlet(PATH + "/*", new AssetServlet(Assets.BUNDLED));
    }

    private static final class AssetServlet extends HttpServlet {
        private final Assets assets;

        AssetServlet(Assets assets) { this.assets = assets; }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            Optional<Assets.Asset> fingerprinted = assets.getFingerprinted(path);
            Optional<Assets.Asset> asset = fingerprinted.isPresent() ? fingerprinted : assets.get(path);
            if (asset.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: /assets/" + path);
                return;
            }
            byte[] body = asset.get().body();
            response.setContentType(asset.get().mediaType());
            response.setHeader("ETag", asset.get().etag());
            response.setHeader("Cache-Control", fingerprinted.isPresent() ? IMMUTABLE : SHORT);
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null && ReleaseValidators.matches(ifNoneMatch, asset.get().etag())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setContentLength(body.length);
            if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
        }
    }
}
