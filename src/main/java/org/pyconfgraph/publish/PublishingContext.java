package org.pyconfgraph.publish;

import org.pyconfgraph.load.SourceTree;
import org.pyconfgraph.model.IriSpace;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.store.GraphStore;

/** What every server module needs: the release being served, the store holding it, and the settings. */
public record PublishingContext(Release release, GraphStore store, SourceTree sources, ServerSettings settings) {
    public IriSpace iris() { return release.iris(); }
}
