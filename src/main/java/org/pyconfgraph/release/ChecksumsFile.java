package org.pyconfgraph.release;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code SHA256SUMS} file of a release, in the format {@code sha256sum -c} reads: one line per dump,
 * checksum, two spaces, file name. Exported and served as the same bytes.
 */
public final class ChecksumsFile {
    public static final String NAME = "SHA256SUMS";

    private ChecksumsFile() {}

    public static byte[] of(List<Dump> dumps) {
        StringBuilder lines = new StringBuilder();
        dumps.forEach(d -> lines.append(d.sha256()).append("  ").append(d.fileName()).append('\n'));
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
