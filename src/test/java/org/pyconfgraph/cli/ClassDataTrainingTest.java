package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training start the package phase runs under {@code -XX:ArchiveClassesAtExit}, in a child JVM as the build runs
 * it (it stops its own serve with SIGTERM, which would reach other tests' servers in this JVM). The archive itself is
 * not written here: the JVM archives classes from jars only, and tests run from the classes folders.
 */
@DisplayName("The class-data training start")
class ClassDataTrainingTest {
    @Test
    @DisplayName("serves the bundled sources as plain serve does, answers a first visitor's requests and stops as "
        + "SIGTERM does, exit 0")
    void answersAndStops(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("training.log");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
            System.getProperty("java.class.path"), ClassDataTraining.class.getName())
            .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the training ended");
        } finally {
            process.destroyForcibly();
        }
        String log = Files.readString(output);
        assertEquals(0, process.exitValue(), log);
        for (String answer : List.of("GET /doc/event/python10.ttl (text/turtle): 200",
                "GET /id/event/python10 (text/html): 303", "GET /doc/event/python10.html (text/html): 200",
                "GET / (text/html): 200", "GET /vocab.html (text/html): 200", "serve exited with 0"))
            assertTrue(log.contains(answer), answer + " in\n" + log);
        assertTrue(log.contains("every request in flight finished"), "stopped gracefully:\n" + log);
    }
}
