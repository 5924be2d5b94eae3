package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Prefixes for output")
class PrefixesForOutputTest {
    @Test
    @DisplayName("abbreviate every IRI as Jena's copy of a dataset's prefixes does: overlapping namespaces, one namespace "
        + "under two prefixes, local parts Turtle cannot write, an IRI that is a namespace")
    void abbreviateAsJenaDoes() {
        PrefixMap prefixes = PrefixMapFactory.create();
        List<String> namespaces = List.of("http://ex.org/", "http://ex.org/id/", "http://ex.org/id/event/",
            "http://ex.org/vocab#", "http://ex.org/id/event/e1#", "urn:x:", "http://example.org/");
        for (int i = 0; i < namespaces.size(); i++) prefixes.add("p" + i, namespaces.get(i));
        prefixes.add("again", "http://ex.org/id/");
        prefixes.add("", "http://ex.org/id/event/");
        PrefixMap jena = PrefixMapFactory.createForOutput(prefixes);
        PrefixMap ours = new PrefixesForOutput(prefixes);
        Random random = new Random(11);
        String letters = "abe1/#.-_:%~xé";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder iri = new StringBuilder(namespaces.get(random.nextInt(namespaces.size())));
            for (int k = random.nextInt(10); k > 0; k--) iri.append(letters.charAt(random.nextInt(letters.length())));
            String text = iri.toString();
            assertEquals(jena.abbrev(text), ours.abbrev(text), text);
            assertEquals(jena.abbreviate(text), ours.abbreviate(text), text);
        }
    }
}
