package org.pyconfgraph.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A namespace trie")
class NamespaceTrieTest {
    private static final List<String> NAMESPACES = List.of("http://ex.org/", "http://ex.org/id/", "http://ex.org/id/",
        "http://ex.org/vocab#", "http://example.org/", "urn:", "", "http://ex.org/id/event", "https://ex.org/");

    @Test
    @DisplayName("finds, for any IRI, the namespaces that start it (shorter than it, or not), in the order they were added")
    void findsWhatStartsWithFinds() {
        NamespaceTrie trie = new NamespaceTrie();
        for (int i = 0; i < NAMESPACES.size(); i++) trie.add(NAMESPACES.get(i), i);
        Random random = new Random(7);
        String letters = "htps:/exampl.orgidvcb#un";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder iri = new StringBuilder(random.nextBoolean() ? NAMESPACES.get(random.nextInt(NAMESPACES.size())) : "");
            for (int k = random.nextInt(8); k > 0; k--) iri.append(letters.charAt(random.nextInt(letters.length())));
            String text = iri.toString();
            int[] expected = IntStream.range(0, NAMESPACES.size())
                .filter(i -> text.length() > NAMESPACES.get(i).length() && text.startsWith(NAMESPACES.get(i))).toArray();
            assertArrayEquals(expected, trie.startingStrictly(text), text);
            int[] orEqual = IntStream.range(0, NAMESPACES.size()).filter(i -> text.startsWith(NAMESPACES.get(i))).toArray();
            assertArrayEquals(orEqual, trie.starting(text), text);
        }
    }
}
