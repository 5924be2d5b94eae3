package org.pyconfgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} in a JVM of its own, as an operator runs it, so that the memory measured is the server's alone
 * and not the benchmark's clients'. The child inherits the environment, so {@code JAVA_TOOL_OPTIONS} reaches it
 * (for instance native memory tracking, to read with the JDK's {@code jcmd} while the benchmark runs).
 */
final class ServerProcess implements AutoCloseable {
    /** The command line's entry point, named rather than imported: the benchmark sits below the command line. */
    private static final String ENTRY_POINT = "org.pyconfgraph.cli.Main";
    private static final String REQUEST_LOGGER = "org.pyconfgraph.requests";

    private final Process process;
    private final Path log;
    private final Thread orphanGuard;
    final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        // A benchmark stopped with Ctrl-C or a signal leaves no server behind.
        this.orphanGuard = new Thread(process::destroy, "stop-serve-child");
        Runtime.getRuntime().addShutdownHook(orphanGuard);
    }

    /** Starts {@code serve ARGUMENTS --port N} on a free port, its log in {@code log}; request lines are not logged. */
    static ServerProcess start(List<String> arguments, Path log) {
        return start(arguments, log, Benchmark.freePort());
    }

    /** Starts {@code serve ARGUMENTS --port PORT}: the same port again gives the same base. */
    static ServerProcess start(List<String> arguments, Path log, int port) {
        return start(List.of(), arguments, log, port);
    }

    /** Starts {@code java JVM_OPTIONS … serve ARGUMENTS --port PORT}. */
    static ServerProcess start(List<String> jvmOptions, List<String> arguments, Path log, int port) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.log." + REQUEST_LOGGER + "=warn",
            "-cp", System.getProperty("java.class.path"), ENTRY_POINT, "serve"));
        command.addAll(arguments);
        command.addAll(List.of("--port", String.valueOf(port)));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServerProcess(process, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() { return "http://127.0.0.1:" + port + "/"; }

    /**
     * The class-data archive the package phase writes beside the jar this runs from ({@code pyconf-graph.jsa}
     * beside {@code pyconf-graph.jar}), which the README's run command names; empty when run from classes or
     * when there is none.
     */
    static Optional<Path> classDataArchive() {
        try {
            Path code = Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = code.getFileName().toString();
            if (!name.endsWith(".jar")) return Optional.empty();
            Path archive = code.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
            return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** CPU time the process has used so far, all its threads (the JIT compilers' too); -1 where unknown. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    long pid() { return process.pid(); }

    /** Polls until the server answers {@code url} (a refused connection means it is not listening yet). */
    int firstAnswer(HttpClient client, String url, String accept) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("serve exited with " + process.exitValue() + ":\n"
                + tail());
            try {
                return client.send(Benchmark.get(url, accept), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("serve did not answer within 10 minutes");
    }

    /** Resident memory now, KiB; -1 where the system does not tell (not Linux). */
    long rssKiB() { return statusKiB("VmRSS:"); }

    /** The most resident memory the process has had, KiB; -1 where unknown. */
    long peakRssKiB() { return statusKiB("VmHWM:"); }

    private long statusKiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")))
                if (line.startsWith(field)) return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
        return -1;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server with SIGTERM, forcibly if it has not exited 15 s later. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(orphanGuard);
        } catch (IllegalStateException shuttingDown) {
            // The hook stops the server.
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
