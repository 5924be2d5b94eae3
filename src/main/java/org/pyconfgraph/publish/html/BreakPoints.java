package org.pyconfgraph.publish.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long name may wrap: after each slash and hash. Labels of repository files and statement names
 * ("W4: psf/wiki python/conferences/pycon/PyCon/Attendance.md", "python10#succeededBy") are single long tokens
 * a browser would otherwise break inside a word on a narrow screen; templates put a {@code <wbr>} after each piece.
 */
final class BreakPoints {
    private BreakPoints() {}

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        if (text == null) return pieces;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '/' || c == '#') && i + 1 < text.length()) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
