package org.pyconfgraph.cli;

import org.pyconfgraph.load.LoadException;
import org.pyconfgraph.release.ExportException;
import org.pyconfgraph.validate.ValidationException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Bad sources, bad arguments and unusable output folders are the user's to fix: print the message, not a stack trace. */
final class UserErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) throws Exception {
        if (e instanceof LoadException || e instanceof ValidationException || e instanceof IllegalArgumentException
            || e instanceof ExportException) {
            cli.getErr().println("error: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        throw e;
    }
}
