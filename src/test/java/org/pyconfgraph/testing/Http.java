package org.pyconfgraph.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** Plain HTTP exchanges with a running server, bodies as bytes, and what tests check bodies with. */
public final class Http {
    private Http() {}

    /** GET with optional header pairs; redirects are not followed and no encoding is undone. */
    public static HttpResponse<byte[]> get(String url, String... headers) {
        return send(request(url, headers).GET());
    }

    public static HttpResponse<byte[]> head(String url, String... headers) {
        return send(request(url, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    public static HttpResponse<byte[]> options(String url, String... headers) {
        return send(request(url, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public static HttpResponse<byte[]> post(String url, String body, String... headers) {
        return send(request(url, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The media type of the Content-Type, without parameters. */
    public static String mediaType(HttpResponse<?> response) {
        String contentType = header(response, "Content-Type");
        return contentType == null ? null : contentType.split(";")[0].trim();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) request.headers(headers);
        return request;
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        return RunningServer.sendForBytes(request.build());
    }
}
