package org.pyconfgraph.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pyconfgraph.format.RdfFormat;

/**
 * One dump file of a release, on disk: written once while the release is built, then served and exported as
 * those bytes, streamed, never held in the heap.
 *
 * @param byteSize its size, and {@code sha256} its checksum, computed while it was written
 */
public record Dump(RdfFormat format, String fileName, Path file, long byteSize, String sha256, boolean gzipped) {

    /** Media type of the body as served: gzip files are served as gzip, not as a content encoding. */
    public String mediaType() { return gzipped ? "application/gzip" : format.mediaType(); }

    /** The whole file: for small dumps and tests; serving and exporting stream the file instead. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }
}
