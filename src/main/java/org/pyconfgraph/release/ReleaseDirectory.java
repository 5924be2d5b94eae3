package org.pyconfgraph.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A directory of release folders (each made by {@code build --out}) and {@code current}, which names the one to
 * serve: either a symbolic link to the folder, or a file whose first line is the folder's name in the directory.
 * Either is replaced in one step by writing the new one beside it and renaming it over {@code current}.
 */
public record ReleaseDirectory(Path directory) {
    public static final String CURRENT = "current";

    /**
     * The release folder {@code current} names now, as a real path, so that two names of one folder compare equal.
     *
     * @throws IllegalArgumentException if there is no {@code current}, or it names no folder
     */
    public Path current() {
        Path pointer = directory.resolve(CURRENT);
        Path named;
        try {
            if (Files.isSymbolicLink(pointer)) {
                named = directory.resolve(Files.readSymbolicLink(pointer));
            } else if (Files.isRegularFile(pointer)) {
                String name = Files.readAllLines(pointer, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals(".."))
                    throw new IllegalArgumentException(pointer + ": line 1 must be the name of a release folder in "
                        + directory + ", not \"" + name + "\"");
                named = directory.resolve(name);
            } else {
                throw new IllegalArgumentException(pointer + ": missing; make it a symbolic link to a release folder "
                    + "or a file holding the folder's name");
            }
            if (!Files.isDirectory(named))
                throw new IllegalArgumentException(pointer + " names " + named + ", which is not a folder");
            return named.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException(pointer + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
