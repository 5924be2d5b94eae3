package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.ServerModule;

/**
 * Static files of the pages at {@code /assets/…}: our stylesheet and scripts ({@code src/main/resources/assets/})
 * and the query editor's bundle from its webjar ({@code /assets/yasgui/…}). Files are read once and kept.
 */
public final class AssetsModule implements ServerModule {
    public static final String PATH = "/assets";

    /** URL prefix below /assets/ → classpath folder it is served from; the first match wins. */
    private static final Map<String, String> ROOTS = Map.of(
        "yasgui/", "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/",
        "", "assets/");

    private static final Map<String, String> MEDIA_TYPES = Map.of(
        "css", "text/css;charset=utf-8",
        "js", "text/javascript;charset=utf-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "json", "application/json",
        "map", "application/json");

    @Override
    public void install(FusekiServer.Builder server, PublishingContext context) {
        server.addServlet(PATH + "/*", new AssetServlet());
    }

    private static final class AssetServlet extends HttpServlet {
        private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            String mediaType = MEDIA_TYPES.get(path.substring(path.lastIndexOf('.') + 1));
            Optional<byte[]> body = path.contains("..") || mediaType == null ? Optional.empty()
                : cache.computeIfAbsent(path, AssetServlet::read);
            if (body.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: /assets/" + path);
                return;
            }
            response.setContentType(mediaType);
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setContentLength(body.get().length);
            if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body.get());
        }

        private static Optional<byte[]> read(String path) {
            for (Map.Entry<String, String> root : ROOTS.entrySet()) {
                if (root.getKey().isEmpty() || !path.startsWith(root.getKey())) continue;
                return load(root.getValue() + path.substring(root.getKey().length()));
            }
            return load(ROOTS.get("") + path);
        }

        private static Optional<byte[]> load(String resource) {
            try (InputStream in = AssetsModule.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
