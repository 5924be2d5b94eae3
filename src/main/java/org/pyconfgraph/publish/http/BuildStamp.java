package org.pyconfgraph.publish.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * When this code was built, from {@code pyconfgraph-build.properties} (written by the build). A page or document
 * is made by the templates and writers as much as by the data: a new build must not be answered 304 with an ETag
 * or date from the old one.
 *
 * @param id   a short tag of the build, part of every ETag
 * @param time when it was built; Last-Modified is the later of this and the release date
 */
public record BuildStamp(String id, Instant time) {
    private static final BuildStamp CURRENT = load();

    public static BuildStamp current() { return CURRENT; }

    private static BuildStamp load() {
        Properties properties = new Properties();
        try (InputStream in = BuildStamp.class.getResourceAsStream("/pyconfgraph-build.properties")) {
            if (in == null) throw new IllegalStateException("pyconfgraph-build.properties is missing: build with Maven");
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String built = properties.getProperty("built", "");
        String version = properties.getProperty("version", "");
        CRC32 tag = new CRC32();
        tag.update((version + "@" + built).getBytes(StandardCharsets.UTF_8));
        try {
            return new BuildStamp(HexFormat.of().toHexDigits((int) tag.getValue()), Instant.parse(built));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("pyconfgraph-build.properties has no build time: " + built, e);
        }
    }
}
