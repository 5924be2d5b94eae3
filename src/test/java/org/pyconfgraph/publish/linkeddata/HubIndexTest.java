package org.pyconfgraph.publish.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
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
import org.pyconfgraph.testing.IndexedFixture;
import org.pyconfgraph.testing.RunningServer;

/**
 * The hub index of fixtures/hubs (a place 622 IRIs link to, two classes of 620 events each, a small place of 3
 * links, a middle place of 500, a link held in two graphs): what it lists is what incoming.rq gives, in memory and in TDB2, and what the build writes; with it a
 * document is the same bytes as without it.
 */
@DisplayName("The hub index")
class HubIndexTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final IriSpace IRIS = IriSpace.of(BASE);
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);
    private static final String FIXTURE_FOLDER = "src/test/resources/fixtures/hubs/";
    private static final SourceTree FIXTURE = SourceTree.directory(Path.of(FIXTURE_FOLDER));
    private static final Node BIG = NodeFactory.createURI(BASE + "id/place/big");

    @TempDir static Path temp;
    private static IndexedFixture fixture;

    @BeforeAll
    static void build() { fixture = IndexedFixture.build(FIXTURE, IRIS, temp); }

    @AfterAll
    static void close() { fixture.close(); }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("lists exactly the resources with more links from IRIs than incoming.rq's limit, each with the "
        + "links that query gives, in its order, and how many there are")
    void listsTheHubs(String store) throws IOException {
        GraphStore graphs = fixture.store(store);
        Path file = temp.resolve(store + ".idx");
        graphs.read(reader -> write(reader, file));
        HubIndex index = HubIndex.open(file);
        Query incoming = QueryFiles.load(StoreQueries.class, "incoming.rq");
        Query inOrder = incoming.cloneQuery();
        inOrder.setQuerySelectType();
        inOrder.addResultVar("s");
        inOrder.addResultVar("p");
        Query all = inOrder.cloneQuery();
        all.setLimit(Query.NOLIMIT);
        int hubs = 0;
        for (Node iri : fixture.iris()) {
            Binding topic = BindingFactory.binding(Var.alloc("topic"), iri);
            List<Binding> links = graphs.read(reader -> reader.select(all, topic));
            Optional<List<Triple>> listed = index.incoming(iri);
            assertEquals(links.size() > incoming.getLimit(), listed.isPresent(), iri + " has " + links.size());
            if (listed.isEmpty()) continue;
            hubs++;
            List<Triple> expected = graphs.read(reader -> reader.select(inOrder, topic)).stream()
                .map(row -> Triple.create(row.get("s"), row.get("p"), iri)).toList();
            assertEquals(expected, listed.get(), "the first links to " + iri);
            assertEquals(Optional.of((long) links.size()), index.links(iri));
        }
        assertEquals(3, hubs, "the big place, pcg:Event and schema:Event");
        assertEquals(622, index.links(BIG).orElseThrow());
        assertEquals(Optional.empty(), index.links(NodeFactory.createURI(BASE + "id/place/middle")),
            "as many links as the limit: no hub");
        // 620 events, one of them typed in the facts and by inference, and the dataset description's class partition.
        assertEquals(621, index.links(NodeFactory.createURI("http://schema.org/Event")).orElseThrow(),
            "a link in two graphs counts once");
        // The note's link to the place, the statement's to its event, the SPARQL service's to the dataset.
        assertEquals(List.of(NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject"),
            NodeFactory.createURI("http://www.w3.org/ns/dcat#servesDataset"),
            NodeFactory.createURI(BASE + "vocab#about")), index.partLinks());
    }

    @Test
    @DisplayName("is the same bytes written by the build, from memory, from TDB2, and with sorts that spill to files")
    void sameBytes() throws IOException {
        Path built = fixture.indexed().resolve("indexes").resolve(HubIndex.FILE);
        for (String store : List.of("memory", "tdb2")) {
            Path file = temp.resolve("again-" + store + ".idx");
            fixture.store(store).read(reader -> write(reader, file));
            assertEquals(-1, Files.mismatch(built, file), store);
        }
        Path spilled = temp.resolve("spilled.idx");
        Path counted = temp.resolve("counted.idx");
        long runsBefore = ExternalSort.spilledRuns();
        System.setProperty(ExternalSort.RUN_PROPERTY, "50");
        try {
            // Memory sorts every link; a TDB2 database counts each object's links in its index and sorts none.
            fixture.store("memory").read(reader -> write(reader, spilled));
            assertTrue(ExternalSort.spilledRuns() - runsBefore > 10, "runs went to files");
            runsBefore = ExternalSort.spilledRuns();
            HubIndex.RELEASE_INDEX.write(fixture.older().resolve("tdb2"), IRIS, counted);
            assertEquals(0, ExternalSort.spilledRuns() - runsBefore, "TDB2's links are counted, not sorted");
        } finally {
            System.clearProperty(ExternalSort.RUN_PROPERTY);
        }
        assertEquals(-1, Files.mismatch(built, spilled));
        assertEquals(-1, Files.mismatch(built, counted));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"memory", "tdb2"})
    @DisplayName("gives the properties with which every resource's description finds the same hash IRIs as reading "
        + "every link to it did")
    void sameDescriptions(String store) throws IOException {
        GraphStore graphs = fixture.store(store);
        HubIndex index = HubIndex.open(fixture.indexed().resolve("indexes").resolve(HubIndex.FILE));
        TopicDescription description = new TopicDescription(index.partLinks());
        Query everyLink = QueryFactory.create(Files.readString(Path.of(FIXTURE_FOLDER + "description-reading-every-link.rq")));
        for (Node iri : fixture.iris()) {
            Binding topic = BindingFactory.binding(Var.alloc("topic"), iri);
            assertEquals(graphs.read(reader -> reader.graph(everyLink, topic)).find().toList(),
                graphs.read(reader -> description.of(reader, iri)).find().toList(),
                "description of " + iri);
        }
        assertTrue(graphs.read(reader -> description.of(reader, BIG))
            .contains(NodeFactory.createURI(BASE + "id/place/big#note"), Node.ANY, Node.ANY), "the note is found");
    }

    @Test
    @DisplayName("gives a hub's documents and its neighbours' the same bytes in every format as a release without one, "
        + "in memory or in a folder")
    void sameDocuments() {
        List<String> documents = List.of("doc/place/big", "doc/place/small", "doc/event/e-1", "doc/event/e-10");
        try (RunningServer fromIndex = RunningServer.startRelease(fixture.indexed(), SETTINGS);
             RunningServer fromOlder = RunningServer.startRelease(fixture.older(), SETTINGS);
             RunningServer inMemory = RunningServer.start(FIXTURE, SETTINGS)) {
            for (String document : documents)
                for (String extension : List.of("ttl", "jsonld", "nt", "html")) {
                    String path = document + "." + extension;
                    HttpResponse<String> expected = get(inMemory, path);
                    assertEquals(200, expected.statusCode(), path);
                    for (RunningServer server : List.of(fromIndex, fromOlder))
                        assertEquals(expected.body(), get(server, path).body(), path);
                }
            String big = get(fromIndex, "doc/place/big.nt").body();
            assertEquals(500, big.lines().filter(line -> line.startsWith("<" + BASE + "id/"))
                .filter(line -> line.endsWith("<" + BIG.getURI() + "> .")).count(), "500 links to the place");
            assertTrue(big.contains("<" + BASE + "id/event/e-10> <" + BASE + "vocab#city>"));
        }
    }

    private static Path write(org.pyconfgraph.store.StoreReader reader, Path file) {
        try {
            HubIndex.write(reader, file);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(RunningServer server, String path) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(server.local(path))).build());
    }
}
