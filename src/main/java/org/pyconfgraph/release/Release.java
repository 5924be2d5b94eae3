package org.pyconfgraph.release;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.pyconfgraph.format.RdfWriters;
import org.pyconfgraph.model.IriSpace;

/**
 * One validated, immutable version of the dataset as one instance publishes it: the store content,
 * the dumps, and what identifies the release in URLs and HTTP validators.
 *
 * @param dataset  every named graph (ontology, facts, inferred, metadata): in memory when just built, the TDB2
 *                 database when opened from a release folder, empty when another store holds the data;
 *                 read-only by convention
 * @param dumps    the dump files, on disk
 * @param id       a short digest of the published bytes (the dumps and the declared description); names the
 *                 release's immutable dump URLs and its ETags
 * @param modified when the data was last changed, as declared in the metadata; Last-Modified of everything
 * @param writers  serializers with this instance's prefixes and published JSON-LD context
 */
public record Release(IriSpace iris, DatasetGraph dataset, List<Dump> dumps, String id, Instant modified,
                      RdfWriters writers) {

    public Optional<Dump> dump(String fileName) {
        return dumps.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }
}
