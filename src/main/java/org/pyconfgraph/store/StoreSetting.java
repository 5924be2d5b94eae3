package org.pyconfgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a served release is read from, as an operator names it: {@code mem} (a copy in memory), {@code tdb2:DIR}
 * (a TDB2 database) or {@code sparql:URL} (the SPARQL 1.1 Query endpoint of an engine holding the release).
 */
public sealed interface StoreSetting {

    /** A copy of the release in this process's memory. */
    record Memory() implements StoreSetting {}

    /** A TDB2 database directory holding the release's named graphs. */
    record Tdb2(Path directory) implements StoreSetting {}

    /**
     * The query endpoint of a SPARQL engine holding the release's named graphs.
     *
     * @param startTimeLimit how long each read made at start (is this release held? its metadata) may take: its own
     *                       bound rather than the public queries' time limit, so that an engine slow for a moment
     *                       when the publisher starts does not stop the start
     */
    record Sparql(URI endpoint, Duration startTimeLimit) implements StoreSetting {
        /** The start's reads may take 30 s each: an engine still warming its caches answers within that. */
        public static final Duration DEFAULT_START_TIME_LIMIT = Duration.ofSeconds(30);

        public Sparql(URI endpoint) { this(endpoint, DEFAULT_START_TIME_LIMIT); }

        public Sparql withStartTimeLimit(Duration limit) { return new Sparql(endpoint, limit); }
    }

    /**
     * The setting {@code value} names, checked: an existing directory for TDB2, an absolute http(s) URL with a host
     * for SPARQL.
     *
     * @param name how the operator set it (e.g. {@code --store}), for the message
     * @throws IllegalArgumentException one line naming the setting and what it allows
     */
    static StoreSetting parse(String name, String value) {
        String allowed = name + " must be mem, tdb2:DIR (a TDB2 database directory) or sparql:URL (an http or https"
            + " SPARQL query endpoint), not " + value;
        if (value == null || value.isBlank()) throw new IllegalArgumentException(allowed);
        if (value.equals("mem")) return new Memory();
        if (value.startsWith("tdb2:")) {
            Path directory = Path.of(value.substring("tdb2:".length()));
            if (value.length() == "tdb2:".length() || !Files.isDirectory(directory))
                throw new IllegalArgumentException(name + " " + value + ": no TDB2 database directory at '"
                    + directory + "'");
            return new Tdb2(directory);
        }
        if (value.startsWith("sparql:")) {
            String url = value.substring("sparql:".length());
            try {
                URI uri = new URI(url);
                boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                if (http && uri.getHost() != null && uri.getRawFragment() == null && uri.getRawUserInfo() == null)
                    return new Sparql(uri);
            } catch (URISyntaxException e) {
                // the message below says what is allowed
            }
        }
        throw new IllegalArgumentException(allowed);
    }
}
