package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyconfgraph.testing.SourceTreeCopy;

import picocli.CommandLine;

/** {@code serve} publishes nothing unless the sources pass every check. */
@DisplayName("The serve command")
class ServeCommandTest {

    @Test
    @DisplayName("refuses broken sources before opening a port")
    void refusesBrokenSources(@TempDir Path dir) throws IOException {
        SourceTreeCopy broken = SourceTreeCopy.of(dir).write("data/broken.ttl", """
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <id/event/python10> rdfs:label "Python10 again"@en .
            """);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("serve", "--sources", broken.root().toString(), "--port", String.valueOf(port));

        assertEquals(2, exit);
        assertTrue(err.toString().contains("SHACL violation"), err::toString);
        final int closedPort = port;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", closedPort).close());
    }
}
