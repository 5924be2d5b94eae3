package org.pyconfgraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Checks of operator input, made before any work starts: each failure is one line naming the setting and what
 * it allows, which the command line prints with exit code 2.
 */
final class SettingChecks {
    private SettingChecks() {}

    static void range(String setting, long value, long min, long max) {
        if (value < min || value > max)
            throw new IllegalArgumentException(setting + " must be " + (max >= Long.MAX_VALUE / 2
                ? "at least " + min : "from " + min + " to " + max) + ", not " + value);
    }

    /** A number of seconds, finite and within the range, as a duration of whole milliseconds. */
    static Duration seconds(String setting, double value, double min, double max) {
        if (!(value >= min && value <= max))
            throw new IllegalArgumentException(setting + " must be a number of seconds from " + format(min) + " to "
                + format(max) + ", not " + value);
        Duration duration = Duration.ofMillis(Math.round(value * 1000));
        if (min > 0 && duration.isZero())
            throw new IllegalArgumentException(setting + " must be at least 1 ms, not " + value);
        return duration;
    }

    /**
     * A public base IRI: absolute http(s), with a host, and nothing a base cannot carry (a query, a fragment,
     * user information, "." or ".." segments).
     */
    static void base(String setting, String base) {
        String allowed = setting + " must be an absolute http or https IRI with a host and a path without '.' or"
            + " '..' segments, query or fragment, e.g. https://pyconf.example.org/, not " + base;
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(allowed);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        boolean dotSegments = ("/" + path + "/").contains("/./") || ("/" + path + "/").contains("/../");
        if (!http || uri.isOpaque() || uri.getHost() == null || uri.getRawQuery() != null
            || uri.getRawFragment() != null || uri.getRawUserInfo() != null || dotSegments || base.contains("?")
            || base.contains("#"))
            throw new IllegalArgumentException(allowed);
    }

    /** The address can be bound to the port now: no other process listens there and the name is local. */
    static void bindable(String host, int port) {
        range("--port", port, 1, 65_535);
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host must be an address or name of this machine, not " + host);
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new IllegalArgumentException("--port " + port + " cannot be bound on " + host + " ("
                + e.getMessage() + "): another process may be using it; choose another with --port or PYCONF_PORT");
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
