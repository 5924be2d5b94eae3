package org.pyconfgraph.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.riot.system.PrefixLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapStd;

/**
 * The prefix map Jena's writers make of a dataset's prefixes ({@code PrefixMapFactory.createForOutput}), abbreviating
 * as it does, found by a walk of a {@link NamespaceTrie}. Jena's copy of a dataset's prefixes lacks the reverse
 * lookup its graph copy has, so its pretty TriG writer tests every prefix against every IRI it writes (a sixth of the
 * TriG dump's CPU). Jena takes the first prefix, in its map's order, whose namespace starts the IRI and leaves a
 * local part Turtle can write unescaped; so does this, numbering the prefixes in that order.
 */
final class PrefixesForOutput extends PrefixMapStd {
    private final NamespaceTrie namespaces = new NamespaceTrie();
    private final List<Map.Entry<String, String>> inOrder = new ArrayList<>();

    /** @param prefixes a dataset's prefixes, copied */
    PrefixesForOutput(PrefixMap prefixes) {
        super(prefixes);
        for (Map.Entry<String, String> entry : getMapping().entrySet()) {
            namespaces.add(entry.getValue(), inOrder.size());
            inOrder.add(Map.entry(entry.getKey(), entry.getValue()));
        }
    }

    /** Fixed once made: the trie is not kept up to date with changes. */
    @Override
    public void add(String prefix, String iri) { throw new UnsupportedOperationException("prefixes for output are fixed"); }

    @Override
    public void delete(String prefix) { throw new UnsupportedOperationException("prefixes for output are fixed"); }

    @Override
    public void clear() { throw new UnsupportedOperationException("prefixes for output are fixed"); }

    @Override
    public Pair<String, String> abbrev(String iri) {
        for (int number : namespaces.starting(iri)) {
            Map.Entry<String, String> prefix = inOrder.get(number);
            String local = iri.substring(prefix.getValue().length());
            if (PrefixLib.isSafeLocalPart(local)) return Pair.create(prefix.getKey(), local);
        }
        return null;
    }
}
