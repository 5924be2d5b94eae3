package org.pyconfgraph.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.pyconfgraph.format.RdfFormats;
import org.pyconfgraph.load.LoadException;

/**
 * {@code manifest.json} of a release folder: what a server needs to serve it without reading the data again
 * (the release id, base and date, every dump with its size and checksum) and the figures of the build.
 *
 * @param graphTriples per named graph IRI, its triples
 * @param triples      distinct triples of the union of the content graphs ({@code void:triples})
 * @param indexes      the index files of {@code indexes/} (none in a manifest written before there were any)
 */
public record ReleaseManifest(int formatVersion, String releaseId, String base, Instant modified, Instant built,
                       Map<String, Long> graphTriples, long triples, long entities, List<DumpEntry> dumps,
                       List<IndexEntry> indexes) {
    static final String FILE = "manifest.json";
    static final int FORMAT_VERSION = 1;

    /** One dump file, relative to the release's {@code dumps/} folder. */
    record DumpEntry(String file, String format, boolean gzipped, long bytes, String sha256) {}

    /** One index file, relative to the release's {@code indexes/} folder. */
    record IndexEntry(String file, long bytes) {}

    ReleaseManifest withIndexes(List<IndexEntry> written) {
        return new ReleaseManifest(formatVersion, releaseId, base, modified, built, graphTriples, triples, entities,
            dumps, written);
    }

    void write(Path folder) throws IOException {
        JsonObjectBuilder graphs = Json.createObjectBuilder();
        graphTriples.forEach(graphs::add);
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (DumpEntry d : dumps)
            files.add(Json.createObjectBuilder().add("file", d.file()).add("format", d.format())
                .add("gzipped", d.gzipped()).add("bytes", d.bytes()).add("sha256", d.sha256()));
        JsonArrayBuilder indexFiles = Json.createArrayBuilder();
        for (IndexEntry i : indexes) indexFiles.add(Json.createObjectBuilder().add("file", i.file()).add("bytes", i.bytes()));
        JsonObject json = Json.createObjectBuilder()
            .add("formatVersion", formatVersion)
            .add("release", releaseId)
            .add("base", base)
            .add("modified", modified.toString())
            .add("built", built.toString())
            .add("triples", triples)
            .add("entities", entities)
            .add("graphs", graphs)
            .add("dumps", files)
            .add("indexes", indexFiles)
            .build();
        try (OutputStream out = Files.newOutputStream(folder.resolve(FILE));
             JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(json);
        }
    }

    static ReleaseManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject json = Json.createReader(in).readObject();
            int version = json.getInt("formatVersion");
            if (version != FORMAT_VERSION)
                throw new LoadException(file + ": a release of format " + version + "; this build serves format "
                    + FORMAT_VERSION + ": build the release again");
            Map<String, Long> graphs = new java.util.LinkedHashMap<>();
            json.getJsonObject("graphs").forEach((name, count) -> graphs.put(name, ((jakarta.json.JsonNumber) count).longValue()));
            List<DumpEntry> dumps = json.getJsonArray("dumps").getValuesAs(JsonObject.class).stream()
                .map(d -> new DumpEntry(d.getString("file"), d.getString("format"), d.getBoolean("gzipped"),
                    d.getJsonNumber("bytes").longValue(), d.getString("sha256")))
                .toList();
            for (DumpEntry d : dumps)
                if (RdfFormats.byExtension(d.format()).isEmpty())
                    throw new LoadException(file + ": unknown dump format " + d.format());
            List<IndexEntry> indexes = !json.containsKey("indexes") ? List.of()
                : json.getJsonArray("indexes").getValuesAs(JsonObject.class).stream()
                    .map(i -> new IndexEntry(i.getString("file"), i.getJsonNumber("bytes").longValue()))
                    .toList();
            for (IndexEntry i : indexes)
                if (!i.file().matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
                    throw new LoadException(file + ": not an index file name: " + i.file());
            return new ReleaseManifest(version, json.getString("release"), json.getString("base"),
                Instant.parse(json.getString("modified")), Instant.parse(json.getString("built")), graphs,
                json.getJsonNumber("triples").longValue(), json.getJsonNumber("entities").longValue(), dumps,
                indexes);
        } catch (NoSuchFileException e) {
            throw new LoadException(folder + ": not a release folder (it has no " + FILE + "); make one with build --out");
        } catch (IOException | JsonException | NullPointerException | ClassCastException
                 | java.time.format.DateTimeParseException e) {
            throw new LoadException(file + ": unreadable manifest: " + e.getMessage());
        }
    }
}
