package org.pyconfgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.pyconfgraph.load.SourceTree;

/**
 * A source tree for measuring scale: a copy of a real tree (ontology, queries, data, metadata) plus N synthetic
 * events in {@code data/synthetic-NNNN.ttl}, shaped like the real data and valid against the shapes: series with
 * numbered editions that succeed each other, dates, venues in cities in countries, organizers, declared sources
 * and, for one edition in ten, a {@code pcg:Statement} of its start date. Every label says "Synthetic", so no
 * generated resource can pass for a fact. The same events, seed and base tree give the same bytes.
 */
public final class SyntheticSources {
    static final int EDITIONS_PER_SERIES = 20;
    static final int EVENTS_PER_VENUE = 10;
    static final int VENUES_PER_CITY = 5;
    static final int EVENTS_PER_ORGANIZER = 100;
    static final int EVENTS_PER_FILE = 10_000;
    /** ISO 3166-1 reserves XA..XZ for user-assigned codes: no real country is named. */
    private static final int COUNTRIES = 26;

    private final int events;
    private final long seed;

    public SyntheticSources(int events, long seed) {
        if (events < 1) throw new IllegalArgumentException("events must be at least 1");
        this.events = events;
        this.seed = seed;
    }

    /** Copies {@code base} into the new folder {@code root} and adds the synthetic data files. */
    public SourceTree write(SourceTree base, Path root) {
        try {
            if (Files.exists(root))
                throw new IOException(root + " exists: synthetic sources are written into a new folder");
            for (String folder : List.of("ontology", "data", "queries"))
                if (Files.isDirectory(base.root().resolve(folder)))
                    copy(base.root().resolve(folder), root.resolve(folder));
            Path data = root.resolve("data");
            writeShared(data.resolve("synthetic-0000.ttl"));
            for (int first = 0, file = 1; first < events; first += EVENTS_PER_FILE, file++)
                writeEvents(data.resolve(String.format("synthetic-%04d.ttl", file)), first,
                    Math.min(events, first + EVENTS_PER_FILE));
            return SourceTree.directory(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int events() { return events; }

    int series() { return ceilDiv(events, EDITIONS_PER_SERIES); }

    int venues() { return ceilDiv(events, EVENTS_PER_VENUE); }

    int cities() { return ceilDiv(venues(), VENUES_PER_CITY); }

    int organizers() { return ceilDiv(events, EVENTS_PER_ORGANIZER); }

    /** Countries, cities, venues, organizers, sources and series: what the editions point at. */
    private void writeShared(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            prefixes(out);
            for (int c = 0; c < COUNTRIES; c++) {
                String code = "X" + (char) ('A' + c);
                out.write("place:syn-" + code.toLowerCase() + " a pcg:Country ; rdfs:label \"Synthetic country " + code
                    + "\"@en ;\n    pcg:placeText \"Synthetic country " + code + "\" ; pcg:country \"" + code
                    + "\" ;\n    dcterms:source source:SYN-" + (c % series()) + " .\n\n");
            }
            for (int c = 0; c < cities(); c++) {
                String code = "X" + (char) ('A' + c % COUNTRIES);
                out.write("place:syn-city-" + c + " a pcg:City ; rdfs:label \"Synthetic City " + c + "\"@en ;\n"
                    + "    pcg:containedInPlace place:syn-" + code.toLowerCase() + " ;\n"
                    + "    pcg:placeText \"Synthetic City " + c + ", " + code + "\" ; pcg:locality \"Synthetic City " + c
                    + "\" ; pcg:country \"" + code + "\" ;\n    dcterms:source source:SYN-" + (c % series()) + " .\n\n");
            }
            for (int v = 0; v < venues(); v++)
                out.write("place:syn-venue-" + v + " a pcg:Venue ; rdfs:label \"Synthetic Venue " + v + "\"@en ;\n"
                    + "    pcg:containedInPlace place:syn-city-" + v / VENUES_PER_CITY + " ;\n"
                    + "    pcg:placeText \"Synthetic Venue " + v + "\" ;\n    dcterms:source source:SYN-"
                    + (v * EVENTS_PER_VENUE / EDITIONS_PER_SERIES) + " .\n\n");
            for (int o = 0; o < organizers(); o++)
                out.write("org:syn-" + o + " a pcg:Organizer ; rdfs:label \"Synthetic Organizer " + o + "\"@en ;\n"
                    + "    pcg:nonprofit " + (o % 2 == 0) + " ;\n    dcterms:source source:SYN-"
                    + (o * EVENTS_PER_ORGANIZER / EDITIONS_PER_SERIES) + " .\n\n");
            for (int s = 0; s < series(); s++) {
                out.write("source:SYN-" + s + " a pcg:Source ; pcg:sourceKey \"SYN-" + s + "\" ;\n"
                    + "    rdfs:label \"SYN-" + s + ": synthetic source " + s + "\"@en ;\n"
                    + "    pcg:sourceKind kind:other-web-page ; pcg:url <https://example.org/synthetic/" + s + "> .\n\n");
                out.write("series:syn-" + s + " a pcg:Series ; rdfs:label \"Synthetic Series " + s + "\"@en ;\n"
                    + "    pcg:startDate \"" + firstYear(s) + "\"^^xsd:gYear ; pcg:heldAnnually true ;\n"
                    + "    dcterms:source source:SYN-" + s + " .\n\n");
            }
        }
    }

    /** Editions {@code from} (inclusive) to {@code to}; edition i is the (i mod 20 + 1)th of series i / 20. */
    private void writeEvents(Path file, int from, int to) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            prefixes(out);
            for (int i = from; i < to; i++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
                int series = i / EDITIONS_PER_SERIES;
                int ordinal = i % EDITIONS_PER_SERIES + 1;
                String start = String.format("%d-%02d-%02d", firstYear(series) + ordinal - 1, random.nextInt(1, 13),
                    random.nextInt(1, 26));
                String end = start.substring(0, 8) + String.format("%02d",
                    Integer.parseInt(start.substring(8)) + random.nextInt(0, 4));
                int venue = random.nextInt(venues());
                String event = "event:syn-" + series + "-" + ordinal;
                out.write(event + " a pcg:Event ; rdfs:label \"Synthetic Conference " + series + " #" + ordinal
                    + "\"@en ;\n    pcg:inSeries series:syn-" + series + " ; pcg:ordinal \"" + ordinal
                    + "\"^^xsd:positiveInteger ;\n    pcg:startDate \"" + start + "\"^^xsd:date ; pcg:endDate \"" + end
                    + "\"^^xsd:date ;\n    pcg:venue place:syn-venue-" + venue + " ; pcg:city place:syn-city-"
                    + venue / VENUES_PER_CITY + " ;\n    pcg:organizer org:syn-" + random.nextInt(organizers()) + " ;\n");
                if (ordinal < EDITIONS_PER_SERIES && i + 1 < events)
                    out.write("    pcg:succeededBy event:syn-" + series + "-" + (ordinal + 1) + " ;\n");
                out.write("    dcterms:source source:SYN-" + series + " .\n\n");
                if (i % 10 == 0)
                    out.write("<id/event/syn-" + series + "-" + ordinal + "#startDate> a pcg:Statement ;\n"
                        + "    rdf:subject " + event + " ; rdf:predicate pcg:startDate ; rdf:object \"" + start
                        + "\"^^xsd:date ;\n    dcterms:source source:SYN-" + series + " .\n\n");
            }
        }
    }

    private static int firstYear(int series) { return 1990 + series % 30; }

    private static void prefixes(BufferedWriter out) throws IOException {
        out.write("# Synthetic data for measuring scale: generated, not facts.\n\n");
        for (String line : List.of(
            "pcg: <vocab#>", "rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
            "rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "xsd: <http://www.w3.org/2001/XMLSchema#>",
            "dcterms: <http://purl.org/dc/terms/>", "kind: <id/kind/>", "series: <id/series/>", "event: <id/event/>",
            "place: <id/place/>", "org: <id/org/>", "source: <id/source/>"))
            out.write("@prefix " + line + " .\n");
        out.write('\n');
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
    }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }
}
