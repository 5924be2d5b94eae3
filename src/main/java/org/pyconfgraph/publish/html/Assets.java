package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages' static files below {@code /assets/}: ours ({@code src/main/resources/assets/}) and the query editor's
 * bundle from its webjar ({@code yasgui/…}). Each is read once and kept with the hash of its content, which names
 * its fingerprinted URL ({@code style.css} → {@code style.HASH.css}, served as immutable) and is its strong ETag.
 * A file is read and hashed when first asked for (the query editor's bundle alone is most of a megabyte, whose
 * hashing at start delayed the first answer, which is rarely a page); at start, the linked files are only looked up.
 */
final class Assets {
    /** The files the pages link to, so that every page names them by content: each must exist at start. */
    static final List<String> LINKED = List.of("style.css", "favicon.svg", "query-editor.js",
        "yasgui/yasgui.min.js", "yasgui/yasgui.min.css");

    /** URL prefix below /assets/ → classpath folder it is served from; anything else comes from assets/. */
    private static final Map<String, String> ROOTS = Map.of("yasgui/", "META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/");
    private static final String OWN_ROOT = "assets/";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
        "css", "text/css;charset=utf-8",
        "js", "text/javascript;charset=utf-8",
        "svg", "image/svg+xml",
        "png", "image/png",
        "json", "application/json",
        "map", "application/json");

    private static final int HASH_LENGTH = 16;
    private static final Pattern FINGERPRINTED = Pattern.compile("(.+)\\.([0-9a-f]{" + HASH_LENGTH + "})(\\.[a-z0-9]+)");

    /** The one instance, created after the tables above, when the server first loads this class. */
    static final Assets BUNDLED = new Assets();

    /** A file's bytes, media type and content hash (hex). */
    record Asset(byte[] body, String mediaType, String hash) {
        String etag() { return "\"" + hash + "\""; }
    }

    private final Map<String, Optional<Asset>> files = new ConcurrentHashMap<>();

    private Assets() {
        LINKED.forEach(path -> {
            if (Assets.class.getClassLoader().getResource(resource(path)) == null)
                throw new IllegalStateException("missing asset " + path);
        });
    }

    /** The file at a path below /assets/, or empty for an unknown file, an unknown type or a path that climbs. */
    Optional<Asset> get(String path) {
        String type = MEDIA_TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || path.contains("..") || path.startsWith("/")) return Optional.empty();
        return files.computeIfAbsent(path, p -> read(p, type));
    }

    /** The file a fingerprinted path names, if the fingerprint is that of its current content. */
    Optional<Asset> getFingerprinted(String path) {
        Matcher m = FINGERPRINTED.matcher(path);
        if (!m.matches()) return Optional.empty();
        return get(m.group(1) + m.group(3)).filter(asset -> asset.hash().startsWith(m.group(2)));
    }

    /** The fingerprinted path of a file ("style.css" → "style.0123456789abcdef.css"), below /assets/. */
    String fingerprinted(String path) {
        Asset asset = get(path).orElseThrow(() -> new IllegalArgumentException("no asset " + path));
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + asset.hash().substring(0, HASH_LENGTH) + path.substring(dot);
    }

    /** For templates: {@code {{#asset}}style.css{{/asset}}} writes {@code assets/style.HASH.css}. */
    Function<String, String> templateFunction() {
        return path -> AssetsModule.PATH.substring(1) + "/" + fingerprinted(path.trim());
    }

    /** The classpath resource a path below /assets/ is served from. */
    private static String resource(String path) {
        return ROOTS.entrySet().stream().filter(root -> path.startsWith(root.getKey())).findFirst()
            .map(root -> root.getValue() + path.substring(root.getKey().length()))
            .orElse(OWN_ROOT + path);
    }

    private static Optional<Asset> read(String path, String mediaType) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource(path))) {
            if (in == null) return Optional.empty();
            byte[] body = in.readAllBytes();
            return Optional.of(new Asset(body, mediaType, HexFormat.of().formatHex(sha256(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
