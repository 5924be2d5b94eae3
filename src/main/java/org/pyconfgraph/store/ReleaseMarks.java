package org.pyconfgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.release.Release;

/**
 * How a store is recognized as holding one release: its metadata graph lists the release's first dump, whose URL
 * carries the release id. Checked when a store other than the release folder's own is opened.
 */
final class ReleaseMarks {
    /** Asked of the named graph, which every engine answers alike. */
    static final Query HELD = query("release-held.rq");
    /** The same triple asked of the default graph: true where that is the union of the named graphs. */
    static final Query IN_DEFAULT_GRAPH = query("release-in-default-graph.rq");

    private ReleaseMarks() {}

    /** The values of {@link #HELD} and {@link #IN_DEFAULT_GRAPH} for {@code release}. */
    static Binding of(Release release) {
        if (release.dumps().isEmpty())
            throw new IllegalArgumentException("the release has no dumps, by which its store is recognized");
        return BindingFactory.builder()
            .add(Var.alloc("metadata"), NamedGraph.METADATA.node(release.iris()))
            .add(Var.alloc("dataset"), NodeFactory.createURI(release.iris().dataset()))
            .add(Var.alloc("dump"), NodeFactory.createURI(release.iris().dump(release.id(),
                release.dumps().get(0).fileName())))
            .build();
    }

    /** What a store lacking the release is told. */
    static String notHeld(String setting, Release release) {
        return setting + " does not hold release " + release.id() + " (its metadata graph <"
            + NamedGraph.METADATA.node(release.iris()).getURI() + "> does not list that release's dumps):"
            + " load this release into it first";
    }

    static Query query(String name) {
        try (InputStream in = ReleaseMarks.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing query resource " + name);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
