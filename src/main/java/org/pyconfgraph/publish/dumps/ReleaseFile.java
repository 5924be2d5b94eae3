package org.pyconfgraph.publish.dumps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pyconfgraph.release.ChecksumsFile;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.Release;

/**
 * One file offered for download under a release's id: a dump or the {@code SHA256SUMS} file.
 *
 * @param contentType the Content-Type it is served with: a gzip dump as {@code application/gzip} (a file, not a
 *                    content coding), text with its charset
 */
record ReleaseFile(String name, String contentType, Path file, long byteSize) {

    /** The dumps of the release in their order, then {@code SHA256SUMS}: the same bytes {@code export} writes. */
    static List<ReleaseFile> of(Release release) {
        List<ReleaseFile> files = new ArrayList<>();
        for (Dump dump : release.dumps()) files.add(new ReleaseFile(dump.fileName(), withCharset(dump.mediaType()),
            dump.file(), dump.byteSize()));
        // Written beside the dumps by the release's build, as the same bytes ChecksumsFile makes.
        Path checksums = release.dumps().get(0).file().resolveSibling(ChecksumsFile.NAME);
        files.add(new ReleaseFile(ChecksumsFile.NAME, withCharset("text/plain"), checksums,
            ChecksumsFile.of(release.dumps()).length));
        return List.copyOf(files);
    }

    private static String withCharset(String mediaType) {
        return mediaType.startsWith("text/") ? mediaType + ";charset=utf-8" : mediaType;
    }
}
