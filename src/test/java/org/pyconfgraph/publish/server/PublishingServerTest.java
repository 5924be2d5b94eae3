package org.pyconfgraph.publish.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.RunningServer;

/** The server listens where it is told to, and only there. */
@DisplayName("The publishing server")
class PublishingServerTest {

    @Test
    @DisplayName("binds the address given by --host, not every interface")
    void bindsTheGivenAddress() throws IOException {
        assumeTrue(canBind("127.0.0.2"), "this machine has no second loopback address 127.0.0.2");
        ServerSettings settings = new ServerSettings("127.0.0.2", 0, null, ServerSettings.DEFAULT_QUERY_TIMEOUT);
        try (RunningServer server = RunningServer.start(BundledRelease.sources(), settings)) {
            int port = server.port();
            try (Socket reached = new Socket("127.0.0.2", port)) {
                assertEquals(port, reached.getPort());
            }
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        }
    }

    private static boolean canBind(String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
