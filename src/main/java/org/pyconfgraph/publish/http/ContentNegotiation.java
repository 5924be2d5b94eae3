package org.pyconfgraph.publish.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses which of several representations to send from a request's {@code Accept} header (RFC 9110, 12.5.1):
 * each offer gets the quality of the most specific media range that matches it, the highest quality wins, and
 * ties go to the earlier offer, so the order of the offers is the server's preference. An offer may go by several
 * media types (Jena registers alternatives, such as {@code application/turtle} for Turtle); it gets the best quality
 * of any of them.
 * <p>
 * The one algorithm of the server: Jena's {@code AcceptList} lets a wildcard outrank an explicit {@code q=0}
 * ({@code *}{@code /*;q=0.5, text/html;q=0} would still pick HTML), so the SPARQL endpoint hands Fuseki an
 * {@code Accept} header this class has already decided (see {@code publish.sparql.ResultFormatRequest}).
 */
public final class ContentNegotiation {
    private static final MediaRange ANYTHING = new MediaRange("*", "*", 1.0);

    private ContentNegotiation() {}

    /**
     * @param accept the Accept header; absent or blank means the client accepts anything
     * @return the preferred offer, or empty if the client accepts none of them (a 406)
     */
    public static <T> Optional<T> choose(String accept, List<T> offers, Function<T, String> mediaType) {
        return chooseAmong(accept, offers, offer -> List.of(mediaType.apply(offer)));
    }

    /** As {@link #choose}, for offers that go by several media types each. */
    public static <T> Optional<T> chooseAmong(String accept, List<T> offers,
                                              Function<T, ? extends Collection<String>> mediaTypes) {
        List<MediaRange> ranges = ranges(accept);
        T best = null;
        double bestQuality = 0;
        for (T offer : offers) {
            double quality = 0;
            for (String mediaType : mediaTypes.apply(offer)) quality = Math.max(quality, quality(ranges, mediaType));
            if (quality > bestQuality) {
                best = offer;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How much the client wants one media type, from 0 (not at all) to 1. */
    public static double quality(String accept, String mediaType) {
        return quality(ranges(accept), mediaType);
    }

    private static List<MediaRange> ranges(String accept) {
        return accept == null || accept.isBlank() ? List.of(ANYTHING) : parse(accept);
    }

    private static double quality(List<MediaRange> ranges, String offered) {
        String mediaType = offered.toLowerCase(Locale.ROOT);
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
