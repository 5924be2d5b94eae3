package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.SourceTreeCopy;

import picocli.CommandLine;

/** {@code validate} tells an editor of data/ whether the sources are publishable, and if not, where and why. */
@DisplayName("The validate command")
class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    @DisplayName("accepts the sources of this checkout")
    void acceptsTheCheckout() {
        assertEquals(0, run("validate", "--sources", "."), err::toString);
        assertTrue(out.toString().startsWith("OK: "), out::toString);
    }

    @Test
    @DisplayName("rejects a syntax error with file and line, exit code 2 and no stack trace")
    void rejectsSyntaxErrors(@TempDir Path dir) {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", "\n\n<id/event/x> a a .\n");
        assertEquals(2, run("validate", "--sources", broken.root().toString()));
        assertTrue(err.toString().startsWith("error: data/broken.ttl:3:"), err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
    }

    @Test
    @DisplayName("rejects data that breaks the shapes, listing node, path and message")
    void rejectsShapeViolations(@TempDir Path dir) {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            @prefix pcg: <vocab#> .
            <id/event/python10> pcg:inSeries <id/series/pycon> .
            """);
        assertEquals(2, run("validate", "--sources", broken.root().toString()));
        // Python10 has several sources, so the unsourced value is a second violation.
        assertTrue(err.toString().contains("2 SHACL violation(s)"), err::toString);
        assertTrue(err.toString().contains("has no source"), err::toString);
        assertTrue(err.toString().contains("http://127.0.0.1:8080/id/event/python10: an event is an edition of one pcg:Series, or of two"
            + " where one continues the other's numbering (pcg:continuesNumberingOf); not of <http://127.0.0.1:8080/id/series/ipc>"
            + " and <http://127.0.0.1:8080/id/series/pycon>"), err::toString);
    }

    @Test
    @DisplayName("refuses a literal longer than --max-literal-length, naming file and line, and takes one that fits")
    void maxLiteralLength(@TempDir Path dir) {
        SourceTreeCopy copy = SourceTreeCopy.of(dir).write("data/long.ttl", """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

            <id/event/python10> rdfs:comment "LONG" .
            """.replace("LONG", "x".repeat(2001)));
        assertEquals(2, run("validate", "--sources", copy.root().toString(), "--max-literal-length", "2000"));
        assertTrue(err.toString().startsWith("error: data/long.ttl:3: a literal of 2001 characters, longer than the 2000"
            + " a source may hold"), err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
        assertEquals(0, run("validate", "--sources", copy.root().toString(), "--max-literal-length", "2001"),
            err::toString);
    }

    @Test
    @DisplayName("refuses a maximum literal length out of range in one line, before reading anything")
    void maxLiteralLengthOutOfRange() {
        assertEquals(2, run("validate", "--max-literal-length", "0"));
        assertEquals("error: --max-literal-length must be from 1 to " + Integer.MAX_VALUE + ", not 0",
            err.toString().strip());
    }

    @Test
    @DisplayName("explains itself with --help")
    void help() {
        assertEquals(0, run("validate", "--help"));
        assertTrue(out.toString().contains("--sources"), out::toString);
    }
}
