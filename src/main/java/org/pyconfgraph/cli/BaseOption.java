package org.pyconfgraph.cli;

import org.pyconfgraph.model.IriSpace;

import picocli.CommandLine.Option;

/** The public base the sources' relative IRIs resolve against, as {@code serve} would publish them by default. */
final class BaseOption {
    @Option(names = "--base", defaultValue = "${env:PYCONF_BASE:-http://127.0.0.1:8080/}", paramLabel = "IRI",
        description = "Public base IRI of the instance, e.g. https://pyconf.example.org/ "
            + "(env PYCONF_BASE; default: ${DEFAULT-VALUE}).")
    String base;

    IriSpace iriSpace() {
        SettingChecks.base("--base", base);
        return IriSpace.of(base);
    }
}
