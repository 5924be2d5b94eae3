package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.testing.BundledRelease;

/** Validators change with the data and with the code that renders it, so a redeploy is never answered 304. */
@DisplayName("Release validators")
class ReleaseValidatorsTest {
    private final Release release = BundledRelease.release();

    @Test
    @DisplayName("tag a representation with the release, the build and the variant")
    void etagNamesReleaseBuildAndVariant() {
        String etag = ReleaseValidators.etag(release, "ttl");
        assertTrue(etag.startsWith("\"" + release.id() + "-"), etag);
        assertTrue(etag.contains("-" + BuildStamp.current().id() + "-"), etag);
        assertTrue(etag.endsWith("-ttl\""), etag);
        assertFalse(etag.equals(ReleaseValidators.etag(release, "html")));
    }

    @Test
    @DisplayName("date a representation by the later of the release date and the build time")
    void lastModifiedIsTheLaterOfReleaseAndBuild() {
        assertFalse(ReleaseValidators.lastModified(release).isBefore(release.modified()));
        assertFalse(ReleaseValidators.lastModified(release).isBefore(BuildStamp.current().time()));
    }
}
