package org.pyconfgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line a start builds: the command it names alone, or every command when it names none. */
@DisplayName("The command line of a start")
class MainTest {
    private static final List<String> COMMANDS = List.of("serve", "build", "validate", "export", "query", "bench");

    @Test
    @DisplayName("lists every command, and help, when no command is named")
    void everyCommandWithoutOne() {
        assertEquals(Set.of("serve", "build", "validate", "export", "query", "bench", "help"),
            Main.commandLine(new String[0]).getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(),
            Main.commandLine(new String[] {"--help"}).getSubcommands().keySet());
    }

    @Test
    @DisplayName("builds only the command a start names, under the name its own @Command gives it")
    void theNamedCommandAlone() {
        for (String name : COMMANDS) {
            CommandLine cli = Main.commandLine(new String[] {name, "--help"});
            assertEquals(Set.of(name), cli.getSubcommands().keySet());
            assertEquals(name, cli.getSubcommands().get(name).getCommandSpec().userObject().getClass()
                .getAnnotation(CommandLine.Command.class).name());
        }
    }

    @Test
    @DisplayName("gives a named command the same usage as the whole command line does")
    void sameUsage() {
        for (String name : COMMANDS)
            assertEquals(usage(Main.commandLine(), name), usage(Main.commandLine(new String[] {name}), name));
    }

    @Test
    @DisplayName("answers a mistyped command with one line naming it, exit code 2")
    void mistypedCommand() {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new String[] {"serv"}).setErr(new PrintWriter(err, true)).execute("serv");
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("error: Unmatched argument at index 0: 'serv'"), err::toString);
    }

    private static String usage(CommandLine cli, String name) {
        StringWriter out = new StringWriter();
        cli.getSubcommands().get(name).usage(new PrintWriter(out, true));
        return out.toString();
    }
}
