package org.pyconfgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.ReleaseBuilder;
import org.pyconfgraph.release.ReleaseFolder;

@DisplayName("Synthetic sources for the scale benchmark")
class SyntheticSourcesTest {
    private static final IriSpace IRIS = IriSpace.of("https://pyconf.example.org/");

    @TempDir Path temp;

    @Test
    @DisplayName("50 generated events pass validation and build into a release holding each of them with venue, city and country")
    void generatedEventsValidateAndBuild() {
        SourceTree tree = new SyntheticSources(50, 7).write(SourceTree.directory(Path.of(".")), temp.resolve("tree"));
        new ReleaseBuilder(tree, IRIS).build();

        ReleaseFolder built = ReleaseFolder.build(tree, IRIS, temp.resolve("release"));
        try {
            var dataset = built.release().dataset();
            Query located = QueryFactory.create("""
                PREFIX pcg: <https://pyconf.example.org/vocab#>
                SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE { GRAPH ?g {
                  ?event pcg:inSeries ?series ; pcg:startDate ?start ; pcg:venue ?venue ; pcg:city ?city .
                  ?venue pcg:containedInPlace ?city . ?city pcg:containedInPlace ?country . ?country a pcg:Country .
                  FILTER STRSTARTS(STR(?event), "https://pyconf.example.org/id/event/syn-")
                } }""");
            long events = Txn.calculateRead(dataset, () -> Long.parseLong(QueryExec.dataset(dataset).query(located)
                .select().next().get("n").getLiteralLexicalForm()));
            assertEquals(50, events);
        } finally {
            built.release().dataset().close();
        }
    }

    @Test
    @DisplayName("the same count and seed give the same files; another seed gives other dates")
    void deterministic() throws IOException {
        SourceTree base = SourceTree.directory(Path.of("."));
        Path one = new SyntheticSources(30, 1).write(base, temp.resolve("one")).root().resolve("data/synthetic-0001.ttl");
        Path same = new SyntheticSources(30, 1).write(base, temp.resolve("same")).root().resolve("data/synthetic-0001.ttl");
        Path other = new SyntheticSources(30, 2).write(base, temp.resolve("other")).root().resolve("data/synthetic-0001.ttl");
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(same));
        assertNotEquals(Files.readString(one), Files.readString(other));
    }
}
