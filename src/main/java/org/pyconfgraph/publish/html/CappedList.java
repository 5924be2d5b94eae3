package org.pyconfgraph.publish.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.publish.QueryFiles;
import org.pyconfgraph.release.ReleaseIndex;
import org.pyconfgraph.store.LeadingValues;
import org.pyconfgraph.store.PreparedQuery;
import org.pyconfgraph.store.StoreReader;
import org.pyconfgraph.store.Tdb2ReleaseIndex;

/**
 * A list on a resource's page whose length grows with the data (the statements citing a source, a series'
 * editions), read in work bounded by the page's cap: {@code NAME-first.rq} chooses the first members (at most its
 * LIMIT, in its order), {@code NAME.rq} reads what the page shows of them, {@code NAME-count.rq} counts them. For a
 * resource with more members than the LIMIT, the release's {@link CappedListIndex} ({@code NAME.idx}) gives the
 * first members and the count instead, so that no request reads or sorts all of them; any other resource has at
 * most LIMIT members, which the queries read. The index is opened from the release folder, or, for a release
 * without one, computed once in the first such page's read (the other first pages wait for it) into a temporary
 * file.
 */
final class CappedList {
    /** The rows of {@code NAME.rq} for the listed members, in the list's order, and how many members there are. */
    record Answer(long total, List<Binding> rows) {}

    private final String name;
    private final Var key;
    private final Var member;
    private final Query first;
    private final Query shown;
    private final PreparedQuery firstShown;
    private final PreparedQuery count;
    private final Optional<Path> builtIndex;
    private volatile CappedListIndex index;

    /**
     * @param indexes the release folder's index files by name (none for a release built in memory)
     */
    CappedList(String name, Var key, IriSpace iris, Map<String, Path> indexes) {
        this.name = name;
        this.key = key;
        this.first = first(name, iris);
        this.member = first.getProjectVars().get(0);
        this.shown = QueryFiles.load(CappedList.class, name + ".rq", iris);
        this.firstShown = PreparedQuery.of(firstThen(first, shown));
        this.count = PreparedQuery.of(QueryFiles.load(CappedList.class, name + "-count.rq", iris));
        this.builtIndex = Optional.ofNullable(indexes.get(file(name)));
    }

    /** The index of the list {@code NAME} as {@code build --out} writes it, from the release's TDB2 database. */
    static ReleaseIndex releaseIndex(String name, Var key) {
        return new Tdb2ReleaseIndex(file(name),
            (reader, iris, file) -> CappedListIndexWriter.write(reader, first(name, iris), key, file));
    }

    /** The resource's listed members as the page shows them, and how many it has. */
    Answer of(StoreReader reader, Node resource) {
        Binding values = BindingFactory.binding(key, resource);
        Optional<CappedListIndex.Capped> capped = index(reader).get(resource);
        if (capped.isEmpty()) return new Answer(
            Long.parseLong(reader.select(count, values).get(0).get("count").getLiteralLexicalForm()),
            reader.select(firstShown, values));
        List<Node> listed = capped.get().first();
        Map<Node, Integer> position = new HashMap<>();
        listed.forEach(node -> position.putIfAbsent(node, position.size()));
        List<Binding> rows = new ArrayList<>(reader.select(LeadingValues.of(shown, List.of(member),
            listed.stream().map(node -> BindingFactory.binding(member, node)).toList()), BindingFactory.empty()));
        // Any store gives the rows of each listed member; the list's order is the index's, as the query's is.
        rows.sort(Comparator.comparing(row -> position.get(row.get(member))));
        return new Answer(capped.get().total(), rows);
    }

    private static String file(String name) { return name + ".idx"; }

    private static Query first(String name, IriSpace iris) {
        return QueryFiles.load(CappedList.class, name + "-first.rq", iris);
    }

    /** {@code shown} with {@code first} as a subquery at the start of its pattern: one query for a short list. */
    private static Query firstThen(Query first, Query shown) {
        Query query = shown.cloneQuery();
        // The outer query declares the subquery's prefixes: a remote engine is sent the query as text, where a
        // subquery has no prologue of its own.
        Query subquery = first.cloneQuery();
        subquery.setPrefixMapping(new PrefixMappingImpl());
        subquery.setBaseURI((String) null);
        query.getPrefixMapping().setNsPrefixes(first.getPrefixMapping());
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementSubQuery(subquery));
        ((ElementGroup) shown.getQueryPattern()).getElements().forEach(pattern::addElement);
        query.setQueryPattern(pattern);
        return query;
    }

    private CappedListIndex index(StoreReader reader) {
        CappedListIndex known = index;
        return known != null ? known : load(reader);
    }

    private synchronized CappedListIndex load(StoreReader reader) {
        if (index == null) index = builtIndex.map(CappedListIndex::open).orElseGet(() -> computed(reader));
        return index;
    }

    private CappedListIndex computed(StoreReader reader) {
        try {
            Path file = Files.createTempFile("pyconf-graph-", "-" + file(name));
            file.toFile().deleteOnExit();
            CappedListIndexWriter.write(reader, first, key, file);
            return CappedListIndex.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index " + file(name) + ": " + e.getMessage(), e);
        }
    }
}
