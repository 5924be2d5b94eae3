package org.pyconfgraph.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A transcription of the research notes' tables kept under src/test/resources/history/: tab-separated lines,
 * '#' comments and blank lines skipped. Each line keeps its number, so a failing check names it.
 */
public final class ResearchTable {
    /** One line: its cells, and the line number in the file. */
    public record Line(String file, int number, List<String> cells) {
        public String cell(int i) { return i < cells.size() ? cells.get(i) : ""; }

        /** A cell of source keys separated by spaces, as a set. */
        public Set<String> keys(int i) {
            return new LinkedHashSet<>(Arrays.asList(cell(i).trim().split("\\s+")));
        }

        @Override public String toString() { return file + ":" + number + ": " + String.join(" | ", cells); }
    }

    private ResearchTable() {}

    public static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = ResearchTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) continue;
                lines.add(new Line(resource, number, List.of(text.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
