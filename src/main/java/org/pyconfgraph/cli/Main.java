package org.pyconfgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sys.JenaSystem;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar pyconf-graph.jar <command>}. */
@Command(name = "pyconf-graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Publishes the Python conference knowledge graph as linked data.",
    subcommands = {ServeCommand.class, BuildCommand.class, ValidateCommand.class, ExportCommand.class, QueryCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        // Jena's one-time start (its subsystems and registries) takes a few hundred milliseconds of one core: it
        // runs beside the parsing of the command line, which touches no Jena class, and every command waits for it.
        Thread jena = new Thread(JenaSystem::init, "jena-start");
        jena.start();
        CommandLine cli = commandLine();
        cli.setExecutionStrategy(parsed -> {
            awaitStart(jena);
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cli.execute(args));
    }

    private static void awaitStart(Thread jena) {
        try {
            jena.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Jena started", e);
        }
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        // A mistyped option is one line naming it, not the usage of every option.
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
            return UserErrorHandler.EXIT_BAD_INPUT;
        });
        // RDF and SPARQL results are UTF-8 whatever the platform's default charset.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return cli;
    }
}
