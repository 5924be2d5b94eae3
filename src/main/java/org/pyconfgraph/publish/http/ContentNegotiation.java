package org.pyconfgraph.publish.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses which of several representations to send from a request's {@code Accept} header (RFC 9110, 12.5.1):
 * each offer gets the quality of the most specific media range that matches it, the highest quality wins, and
 * ties go to the earlier offer, so the order of the offers is the server's preference.
 */
public final class ContentNegotiation {
    private static final MediaRange ANYTHING = new MediaRange("*", "*", 1.0);

    private ContentNegotiation() {}

    /**
     * @param accept the Accept header; absent or blank means the client accepts anything
     * @return the preferred offer, or empty if the client accepts none of them (a 406)
     */
    public static <T> Optional<T> choose(String accept, List<T> offers, Function<T, String> mediaType) {
        List<MediaRange> ranges = accept == null || accept.isBlank() ? List.of(ANYTHING) : parse(accept);
        T best = null;
        double bestQuality = 0;
        for (T offer : offers) {
            double quality = quality(ranges, mediaType.apply(offer).toLowerCase(Locale.ROOT));
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, String mediaType) {
        int slash = mediaType.indexOf('/');
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        MediaRange decisive = null;
        for (MediaRange range : ranges) {
            if (range.matches(type, subtype) && (decisive == null || range.specificity() > decisive.specificity()))
                decisive = range;
        }
        return decisive == null ? 0 : decisive.quality();
    }

    /** The well-formed ranges of the header; a malformed one is ignored rather than failing the request. */
    private static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            String[] parts = element.split(";");
            String range = parts[0].trim().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) continue;
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) continue;
            Double quality = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) quality = parseQuality(parameter.substring(2));
            }
            if (quality != null) ranges.add(new MediaRange(type, subtype, quality));
        }
        return ranges;
    }

    private static Double parseQuality(String value) {
        try {
            double q = Double.parseDouble(value.trim());
            return q >= 0 && q <= 1 ? q : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record MediaRange(String type, String subtype, double quality) {
        boolean matches(String otherType, String otherSubtype) {
            return type.equals("*") || type.equals(otherType) && (subtype.equals("*") || subtype.equals(otherSubtype));
        }

        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }
    }
}
