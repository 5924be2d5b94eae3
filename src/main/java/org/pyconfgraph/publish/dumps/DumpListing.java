package org.pyconfgraph.publish.dumps;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.html.Page;
import org.pyconfgraph.publish.html.Templates;
import org.pyconfgraph.release.ChecksumsFile;
import org.pyconfgraph.release.Dump;
import org.pyconfgraph.release.Release;

/** The HTML page at {@code /dumps/}: the current release's files with format, size and checksum. */
final class DumpListing {
    static final String TEMPLATE = "dumps";

    /** What {@code templates/dumps.mustache} shows. */
    record Content(String releaseId, String date, List<Row> files, String checksumsUrl, String latestChecksumsUrl,
                   String datasetUrl) {}

    /** One dump: its immutable URL and the figures a reader checks a download against. */
    record Row(String name, String format, boolean gzipped, String mediaType, String size, long bytes, String sha256,
               String url) {}

    private DumpListing() {}

    static String render(Templates templates, Release release) {
        IriSpace iris = release.iris();
        List<Row> rows = release.dumps().stream().map(d -> row(iris, release.id(), d)).toList();
        Content content = new Content(release.id(),
            DateTimeFormatter.ISO_LOCAL_DATE.format(release.modified().atOffset(ZoneOffset.UTC)), rows,
            iris.dump(release.id(), ChecksumsFile.NAME), iris.dump(DumpsModule.LATEST, ChecksumsFile.NAME),
            iris.dataset());
        return templates.render(TEMPLATE, new Page("Dumps", iris.base(), release.id(), content));
    }

    private static Row row(IriSpace iris, String releaseId, Dump dump) {
        return new Row(dump.fileName(), dump.format().name(), dump.gzipped(), dump.mediaType(),
            humanSize(dump.byteSize()), dump.byteSize(), dump.sha256(), iris.dump(releaseId, dump.fileName()));
    }

    /** Bytes for people: {@code 53.5 kB}; the exact count stays in the page for machines. */
    static String humanSize(long bytes) {
        if (bytes < 1000) return bytes + " B";
        if (bytes < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
