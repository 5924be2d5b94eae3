package org.pyconfgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.sys.JenaSystem;
import org.eclipse.jetty.http.MimeTypes;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar pyconf-graph.jar <command>}. */
@Command(name = "pyconf-graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Publishes the Python conference knowledge graph as linked data.")
public final class Main {
    /** The commands, by the name each one's {@code @Command} gives it, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("query", QueryCommand::new);
        COMMANDS.put("bench", BenchCommand::new);
    }

    public static void main(String[] args) {
        // Jena's one-time start (its subsystems and registries) takes a few hundred milliseconds of one core: it
        // runs beside the parsing of the command line, which touches no Jena class, and every command waits for it.
        Thread jena = new Thread(JenaSystem::init, "jena-start");
        jena.start();
        CommandLine cli = commandLine(args);
        cli.setExecutionStrategy(parsed -> {
            if (jena.isAlive() && parsed.subcommand() != null
                && parsed.subcommand().commandSpec().userObject() instanceof ServeCommand)
                startJetty();
            awaitStart(jena);
            return new CommandLine.RunLast().execute(parsed);
        });
        System.exit(cli.execute(args));
    }

    /**
     * What {@code serve} needs of Jetty that does not wait for Jena, done while Jena starts: the table of media
     * types, whose static start lists every locale the JDK knows (about a tenth of the main thread's start).
     */
    private static void startJetty() {
        MimeTypes.DEFAULTS.getMimeByExtension("ttl");
    }

    private static void awaitStart(Thread jena) {
        try {
            jena.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Jena started", e);
        }
    }

    /** The configured command line with every command, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return configured(COMMANDS.keySet().toArray(String[]::new));
    }

    /**
     * The command line a start needs: picocli reads the options of every command it is given, by reflection, and
     * its classes cannot be kept in the class-data archive, so a start that names a command is given that one
     * alone; anything else (no command, help, a mistyped name) gets them all, as its usage lists them.
     */
    static CommandLine commandLine(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]) ? configured(args[0]) : commandLine();
    }

    private static CommandLine configured(String... commands) {
        CommandLine cli = new CommandLine(new Main());
        for (String name : commands) cli.addSubcommand(name, COMMANDS.get(name).get());
        if (commands.length > 1) cli.addSubcommand(new CommandLine.HelpCommand());
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
