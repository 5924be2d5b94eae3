package org.pyconfgraph.release;

import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.pyconfgraph.format.RdfFormat;

/**
 * One dump file of a release, held in memory: the data is small, and holding the bytes lets the server
 * state a true byte size and checksum for every download.
 */
public record Dump(RdfFormat format, String fileName, byte[] bytes, boolean gzipped) {

    /** Media type of the body as served: gzip files are served as gzip, not as a content encoding. */
    public String mediaType() { return gzipped ? "application/gzip" : format.mediaType(); }

    public long byteSize() { return bytes.length; }

    public String sha256() { return sha256(bytes); }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
