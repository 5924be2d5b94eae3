package org.pyconfgraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP as bytes on a socket to a loopback port, for what a well-behaved client never sends: malformed requests,
 * oversized headers, bytes trickling in.
 */
public final class RawHttp implements AutoCloseable {
    private final Socket socket;

    public RawHttp(int port) {
        try {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the bytes as they are. */
    public RawHttp send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Everything the server sends until it closes the connection or falls silent for a second, as text. */
    public String response() throws IOException {
        return response(1000);
    }

    /** Everything the server sends until it closes the connection or falls silent for the time, as text. */
    public String response(int silenceMillis) throws IOException {
        socket.setSoTimeout(silenceMillis);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) received.write(buffer, 0, n);
        } catch (SocketTimeoutException silent) {
            // The server keeps the connection open; what it sent is complete for these tests.
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }

    /** The header of that name in a raw response, or null. */
    public static String header(String response, String name) {
        for (String line : response.split("\r\n")) {
            if (line.isEmpty()) break;
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
        }
        return null;
    }

    /** True once the server has closed the connection (reads end, after anything it sent, or fail). */
    public boolean closedByServer(long waitMillis) {
        try {
            socket.setSoTimeout((int) waitMillis);
            byte[] buffer = new byte[8192];
            while (true) if (socket.getInputStream().read(buffer) < 0) return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    public boolean isOpen() { return !socket.isClosed(); }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a test socket: nothing to do about a failure.
        }
    }
}
