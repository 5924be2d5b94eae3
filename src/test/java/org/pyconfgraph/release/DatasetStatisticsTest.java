package org.pyconfgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.format.ExternalSort;
import org.pyconfgraph.testing.BundledRelease;

@DisplayName("The dataset statistics")
class DatasetStatisticsTest {

    @Test
    @DisplayName("counted with the distinct subjects spilled to files a few at a time, are those counted in memory")
    void sameWhenTheDistinctSubjectsSpill() {
        var content = BundledRelease.release().dataset();
        DatasetStatistics inMemory = DatasetStatistics.of(content, BundledRelease.iris());
        long runsBefore = ExternalSort.spilledRuns();
        System.setProperty(ExternalSort.RUN_PROPERTY, "50");
        DatasetStatistics spilled;
        try {
            spilled = DatasetStatistics.of(content, BundledRelease.iris());
        } finally {
            System.clearProperty(ExternalSort.RUN_PROPERTY);
        }
        assertTrue(ExternalSort.spilledRuns() - runsBefore > 10, "runs went to files");
        assertTrue(inMemory.entities() > 500, "a release of many subjects: " + inMemory.entities());
        assertEquals(inMemory, spilled);
    }
}
