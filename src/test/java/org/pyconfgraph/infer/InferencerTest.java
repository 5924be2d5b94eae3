package org.pyconfgraph.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.load.QueryParser;
import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;

@DisplayName("Inference rules")
class InferencerTest {
    private static final IriSpace IRIS = IriSpace.of("http://127.0.0.1:8080/");

    /** Each thing's single label, as a part computed per thing: a thing with two labels gets none. */
    private static final String PER_SUBJECT_RULE = """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        CONSTRUCT { ?thing rdfs:comment ?only }
        WHERE {
          ?thing a <vocab#Thing> .
          LATERAL {
            OPTIONAL {
              SELECT ?thing (SAMPLE(?label) AS ?only) WHERE { ?thing rdfs:label ?label }
              GROUP BY ?thing HAVING (COUNT(DISTINCT ?label) = 1)
            }
          }
        }
        """;

    private static final String DATA = """
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <id/a> a <vocab#Thing> ; rdfs:label "A" .
        <id/b> a <vocab#Thing> ; rdfs:label "B1", "B2" .
        <id/c> a <vocab#Thing> .
        <id/d> rdfs:label "D" .
        """;

    @Test
    @DisplayName("may run a part per subject with LATERAL, which the endpoint's SPARQL 1.1 refuses")
    void lateralPerSubject(@TempDir Path sources) throws IOException {
        Files.createDirectories(sources.resolve("data"));
        Path rules = Files.createDirectories(sources.resolve("ontology/rules"));
        Files.writeString(rules.resolve("only-label.rq"), PER_SUBJECT_RULE);
        Graph asserted = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).base(IRIS.base()).parse(asserted);

        Graph inferred = Inferencer.fromRules(SourceTree.directory(sources), IRIS).infer(asserted);

        Set<String> triples = inferred.find()
            .mapWith(t -> t.getSubject().getURI() + " " + t.getObject().getLiteralLexicalForm()).toSet();
        assertEquals(Set.of(IRIS.base() + "id/a A"), triples);
        LoadException refused = assertThrows(LoadException.class,
            () -> QueryParser.parse("user query", PER_SUBJECT_RULE, IRIS.base()));
        assertTrue(refused.getMessage().startsWith("user query:5:"), refused.getMessage());
    }
}
