package org.pyconfgraph.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.store.GraphStore;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.store.StoreSetting;
import org.pyconfgraph.testing.IndexedFixture;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.StockFuseki;

/**
 * The long lists of source and series pages (fixtures/long-lists: a source cited by 250 statements and resources, a
 * series of 230 editions whose cut falls among editions ordered by dates of mixed precision, and a short one of each):
 * the index lists what the list queries give, in memory and in TDB2, as the build writes it; a page lists exactly
 * the first ones with the right total, and is the same bytes with the index, without it, and in front of a remote
 * store.
 */
@DisplayName("The long lists of source and series pages")
class CappedListTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final IriSpace IRIS = IriSpace.of(BASE);
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);
    private static final SourceTree FIXTURE = SourceTree.directory(Path.of("src/test/resources/fixtures/long-lists"));
    private static final Node BIG_SOURCE = NodeFactory.createURI(BASE + "id/source/big");
    private static final Node LONG_SERIES = NodeFactory.createURI(BASE + "id/series/long");
    /** Each list by name, with the variable its resource is bound to. */
    private static final Map<String, Var> LISTS = Map.of("source-supports", Var.alloc("source"),
        "series-editions", Var.alloc("series"));

    @TempDir static Path temp;
    private static IndexedFixture fixture;

    @BeforeAll
    static void build() { fixture = IndexedFixture.build(FIXTURE, IRIS, temp); }

    @AfterAll
    static void close() { fixture.close(); }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("lists exactly the sources and series with more members than the list query's limit, each with the "
        + "first members that query gives, in its order, and how many there are")
    void listsTheLongOnes(String store) {
        GraphStore graphs = fixture.store(store);
        for (Map.Entry<String, Var> list : LISTS.entrySet()) {
            Path file = temp.resolve(store + "-" + list.getKey() + ".idx");
            Query first = QueryFiles.load(CappedList.class, list.getKey() + "-first.rq", IRIS);
            graphs.read(reader -> write(reader, first, list.getValue(), file));
            CappedListIndex index = CappedListIndex.open(file);
            Query count = QueryFiles.load(CappedList.class, list.getKey() + "-count.rq", IRIS);
            int listed = 0;
            for (Node iri : fixture.iris()) {
                Binding resource = BindingFactory.binding(list.getValue(), iri);
                long members = Long.parseLong(graphs.read(reader -> reader.select(count, resource)).get(0)
                    .get("count").getLiteralLexicalForm());
                Optional<CappedListIndex.Capped> capped = index.get(iri);
                assertEquals(members > first.getLimit(), capped.isPresent(), iri + " has " + members);
                if (capped.isEmpty()) continue;
                listed++;
                assertEquals(firstMembers(graphs, list.getKey(), iri), capped.get().first(), "the first of " + iri);
                assertEquals(first.getLimit(), capped.get().first().size());
                assertEquals(members, capped.get().total());
            }
            assertEquals(1, listed, list.getKey());
        }
        assertEquals(250, CappedListIndex.open(temp.resolve(store + "-source-supports.idx")).get(BIG_SOURCE)
            .orElseThrow().total());
        assertEquals(230, CappedListIndex.open(temp.resolve(store + "-series-editions.idx")).get(LONG_SERIES)
            .orElseThrow().total());
    }

    @Test
    @DisplayName("are the same bytes written by the build, from memory, from TDB2, and with sorts that spill to files")
    void sameBytes() throws IOException {
        for (Map.Entry<String, Var> list : LISTS.entrySet()) {
            Path built = fixture.indexed().resolve("indexes").resolve(list.getKey() + ".idx");
            Query first = QueryFiles.load(CappedList.class, list.getKey() + "-first.rq", IRIS);
            for (String store : List.of("memory", "tdb2")) {
                Path file = temp.resolve("again-" + store + "-" + list.getKey() + ".idx");
                fixture.store(store).read(reader -> write(reader, first, list.getValue(), file));
                assertEquals(-1, Files.mismatch(built, file), store + " " + list.getKey());
            }
            Path spilled = temp.resolve("spilled-" + list.getKey() + ".idx");
            long runsBefore = ExternalSort.spilledRuns();
            System.setProperty(ExternalSort.RUN_PROPERTY, "20");
            try {
                CappedList.releaseIndex(list.getKey(), list.getValue())
                    .write(fixture.older().resolve("tdb2"), IRIS, spilled);
            } finally {
                System.clearProperty(ExternalSort.RUN_PROPERTY);
            }
            assertTrue(ExternalSort.spilledRuns() - runsBefore > 10, "runs went to files");
            assertEquals(-1, Files.mismatch(built, spilled), list.getKey());
        }
    }

    @Test
    @DisplayName("give the same page bytes from the index, from a release without one, from memory and in front of a "
        + "remote store, listing the first members in the list's order with the total")
    void samePages() {
        List<String> pages = List.of("doc/source/big.html", "doc/series/long.html", "doc/source/small.html",
            "doc/series/short.html", "doc/event/ed-1.html");
        try (StockFuseki engine = StockFuseki.onDatabase(fixture.older().resolve("tdb2"), true, Duration.ofSeconds(60));
             RunningServer fromIndex = RunningServer.startRelease(fixture.indexed(), SETTINGS);
             RunningServer fromOlder = RunningServer.startRelease(fixture.older(), SETTINGS);
             RunningServer inMemory = RunningServer.start(FIXTURE, SETTINGS);
             RunningServer remote = RunningServer.startRelease(fixture.older(),
                 new StoreSetting.Sparql(URI.create(engine.queryEndpoint())), SETTINGS)) {
            for (String path : pages) {
                HttpResponse<String> expected = get(fromIndex, path);
                assertEquals(200, expected.statusCode(), path);
                for (RunningServer server : List.of(fromOlder, inMemory, remote))
                    assertEquals(expected.body(), get(server, path).body(), path);
            }
            Document source = Jsoup.parse(get(fromIndex, "doc/source/big.html").body(), BASE);
            assertEquals(firstMembers(fixture.store("tdb2"), "source-supports", BIG_SOURCE).stream().map(Node::getURI)
                .toList(), source.select("table.supports tbody td.s a").eachAttr("href"));
            assertEquals("250 statements and resources cite this source; the first 200 are listed.",
                source.selectFirst("section.supports p.count").text());
            Document series = Jsoup.parse(get(fromIndex, "doc/series/long.html").body(), BASE);
            assertEquals(new HashSet<>(firstMembers(fixture.store("tdb2"), "series-editions", LONG_SERIES).stream()
                .map(Node::getURI).toList()), new HashSet<>(series.select("table.editions tbody th a").eachAttr("href")));
            assertEquals(SeriesEditions.SHOWN, series.select("table.editions tbody th a").size());
            assertEquals("230 editions; the first 200 held are listed.",
                series.selectFirst("section.editions p.count").text());
            Document small = Jsoup.parse(get(fromIndex, "doc/source/small.html").body(), BASE);
            assertEquals("3 statements and resources cite this source.", small.selectFirst("section.supports p.count").text());
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e);
        }
    }

    /** The list query's answer for {@code resource}: its first members, in its order. */
    private static List<Node> firstMembers(GraphStore store, String list, Node resource) {
        Query first = QueryFiles.load(CappedList.class, list + "-first.rq", IRIS);
        Var member = first.getProjectVars().get(0);
        return store.read(reader -> reader.select(first, BindingFactory.binding(LISTS.get(list), resource)))
            .stream().map(row -> row.get(member)).toList();
    }

    private static Path write(StoreReader reader, Query first, Var key, Path file) {
        try {
            CappedListIndexWriter.write(reader, first, key, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(RunningServer server, String path) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(server.local(path))).build());
    }
}
