package org.pyconfgraph.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.testing.RingReleases;

@DisplayName("A release folder opened for serving")
class ReleaseFolderContextTest {
    private static final String BASE = "https://pyconf.example.org/";
    private static final ServerSettings SETTINGS = ServerSettings.defaults().withPublicBase(BASE);

    @TempDir Path temp;

    @Test
    @DisplayName("gets a working store while the last store of an earlier opening lets the same database go")
    void opensWhileAnotherLetsGo() throws Exception {
        Path folder = builtRelease();
        PublishingContext earlier = PublishingContext.ofReleaseFolder(folder, SETTINGS);
        // TDB2 lets a database go in two steps, the whole database and then its storage, each under its own lock.
        // Holding the storage's lock stops the let-go between them, where a connect on the side would pair a new
        // database with the storage about to be shut.
        FutureTask<Void> closing = new FutureTask<>(() -> earlier.store().close(), null);
        FutureTask<PublishingContext> opening = new FutureTask<>(() -> PublishingContext.ofReleaseFolder(folder,
            SETTINGS));
        synchronized (StoreConnection.class) {
            awaitBlocked(start(closing, "let-go"), closing);
            awaitBlocked(start(opening, "opening"), opening);
        }
        closing.get(30, TimeUnit.SECONDS);
        PublishingContext later = opening.get(30, TimeUnit.SECONDS);
        try {
            long events = later.store().read(reader -> reader.select(QueryFactory.create(
                "SELECT ?e { ?e a <" + BASE + "vocab#Event> }"), BindingFactory.empty())).size();
            assertTrue(events > 0, "the later store reads the release: " + events + " events");
        } finally {
            later.store().close();
        }
    }

    @Test
    @DisplayName("refuses a folder without its database, naming it, and creates none")
    void refusesAMissingDatabase() throws Exception {
        Path database = builtRelease().resolve("tdb2");
        try (Stream<Path> files = Files.walk(database)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
        LoadException refused = assertThrows(LoadException.class,
            () -> PublishingContext.ofReleaseFolder(database.getParent(), SETTINGS));
        assertEquals(database + ": missing from the release", refused.getMessage());
        assertFalse(Files.exists(database), "no empty database created in its place");
    }

    /** A release folder of the ring fixture, built for this test. */
    private Path builtRelease() {
        RingReleases releases = RingReleases.in(temp.resolve("releases"), BASE);
        releases.build("first", "");
        return releases.directory().resolve("first");
    }

    private static Thread start(FutureTask<?> task, String name) {
        Thread thread = new Thread(task, name);
        thread.start();
        return thread;
    }

    /** Waits until the thread is blocked on a lock, or fails after ten seconds. */
    private static void awaitBlocked(Thread thread, FutureTask<?> task) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.BLOCKED) {
            assertFalse(task.isDone(), thread.getName() + " ended before it could be held");
            assertTrue(System.nanoTime() < deadline, thread.getName() + " was not held within ten seconds");
            Thread.sleep(5);
        }
    }
}
