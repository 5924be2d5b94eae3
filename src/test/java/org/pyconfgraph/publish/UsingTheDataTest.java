package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

/**
 * The README's "Using the data" snippets, run as written against a real server: the README's default address is
 * replaced by the test server's, nothing else. Each snippet's output is checked against the store. Each skips
 * with a reason where its runtime is missing: Debian's Python with rdflib and SPARQLWrapper, Node with npm's
 * jsonld in target/npm (fetched by the build: src/test/npm/fetch-packages.sh), and the JDK running these tests for the Jena one.
 */
@DisplayName("The README's snippets for using the data")
class UsingTheDataTest {
    private static final String README_BASE = "http://127.0.0.1:8080/";
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path NODE_MODULES = Path.of("target/npm/node_modules");
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    private static RunningServer server;
    private static List<String[]> snippets;

    @BeforeAll
    static void readReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Using the data\n");
        assertTrue(start >= 0, "the README has a section \"Using the data\"");
        int end = readme.indexOf("\n## ", start + 1);
        snippets = new ArrayList<>();
        Matcher blocks = BLOCK.matcher(readme.substring(start, end));
        while (blocks.find()) snippets.add(new String[] {blocks.group(1), blocks.group(2)});
        server = RunningServer.shared();
    }

    @Test
    @DisplayName("rdflib loads the Turtle dump and a document")
    void rdflib() throws Exception {
        assumePython("rdflib");
        List<String> out = run(snippet("python", "from rdflib"), PYTHON.toString(), "-c");
        Graph dump = turtle("dumps/latest/pyconf-graph.ttl");
        assertEquals(List.of(String.valueOf(dump.size()), startDate("id/event/python10")), out);
    }

    @Test
    @DisplayName("SPARQLWrapper lists the IPC editions and their start dates")
    void sparqlWrapper() throws Exception {
        assumePython("SPARQLWrapper");
        List<String> out = run(snippet("python", "SPARQLWrapper"), PYTHON.toString(), "-c");
        List<String> expected = new ArrayList<>();
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            link.query(QueryFactory.create("SELECT ?e ?d { ?e <" + server.url("vocab#inSeries") + "> <"
                    + server.url("id/series/ipc") + "> ; <" + server.url("vocab#startDate") + "> ?d } ORDER BY STR(?d)"))
                .select().forEachRemaining(row -> expected.add(row.get("e").getURI() + " " + row.get("d").getLiteralLexicalForm()));
        }
        assertTrue(expected.size() > 5);
        assertEquals(expected, out);
    }

    @Test
    @DisplayName("Jena dereferences a thing and asks the endpoint")
    void jena() throws Exception {
        Path dir = Files.createTempDirectory("pyconf-readme");
        Path source = dir.resolve("UsingTheData.java");
        Files.writeString(source, snippet("java", "RDFDataMgr"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> out = run(null, java, "-cp", System.getProperty("java.class.path"), source.toString());
        long editions;
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            editions = link.query(QueryFactory.create("SELECT (COUNT(?e) AS ?n) { ?e <" + server.url("vocab#inSeries")
                + "> <" + server.url("id/series/ipc") + "> }")).select().next().get("n").getLiteralValue()
                instanceof Number n ? n.longValue() : -1;
        }
        assertEquals(List.of(String.valueOf(turtle("doc/event/python10.ttl").size()), String.valueOf(editions)), out);
    }

    @Test
    @DisplayName("jsonld.js reads a document with its context inline and by URL, to the same triples")
    void jsonldJs() throws Exception {
        assumeTrue(Files.isDirectory(NODE_MODULES.resolve("jsonld")), "needs npm's jsonld in " + NODE_MODULES
            + " (the build fetches it with npm: src/test/npm/fetch-packages.sh)");
        assumeTrue(exitCode("node", "--version") == 0, "needs Node.js (node) on the PATH");
        String size = String.valueOf(turtle("doc/event/python10.ttl").size());
        assertEquals(List.of(size, size), run(snippet("js", "jsonld"), "node", "-e"));
    }

    private static String snippet(String language, String containing) {
        return snippets.stream().filter(s -> s[0].equals(language) && s[1].contains(containing)).map(s -> s[1])
            .findFirst().orElseThrow(() -> new AssertionError("no " + language + " snippet with " + containing))
            .replace(README_BASE, server.base());
    }

    /** Runs a command, with the snippet as its last argument if given; its output's lines. */
    private static List<String> run(String snippet, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(command));
        if (snippet != null) arguments.add(snippet);
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(false);
        builder.environment().put("NODE_PATH", NODE_MODULES.toAbsolutePath().toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), () -> out + err);
        return out.lines().toList();
    }

    private static void assumePython(String module) throws InterruptedException, IOException {
        assumeTrue(Files.isExecutable(PYTHON) && exitCode(PYTHON.toString(), "-c", "import " + module) == 0,
            "needs " + module + " for " + PYTHON + " (Debian packages python3-rdflib, python3-sparqlwrapper)");
    }

    private static int exitCode(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Graph turtle(String path) {
        HttpResponse<byte[]> response = Http.get(server.url(path));
        if (response.statusCode() / 100 == 3) response = Http.get(Http.header(response, "Location"));
        assertEquals(200, response.statusCode(), path);
        return RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
    }

    private static String startDate(String thing) {
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            return link.query(QueryFactory.create("SELECT ?d { <" + server.url(thing) + "> <"
                + server.url("vocab#startDate") + "> ?d }")).select().next().get("d").getLiteralLexicalForm();
        }
    }
}
