package org.pyconfgraph.publish.sparql;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.pyconfgraph.format.RdfFormat;
import org.pyconfgraph.publish.http.ContentNegotiation;

/**
 * Turns the result-format conventions of SPARQL clients into content negotiation, before Fuseki sees a query.
 * Clients name a format in {@code output=}, {@code format=} or {@code results=} (Fuseki's three names; SPARQLWrapper
 * sends all three, sometimes twice) as a short name ({@code json}, {@code xml}, {@code csv}, {@code tsv},
 * {@code text}, {@code turtle}, {@code ttl}, {@code n3}, {@code nt}, {@code ntriples}, {@code rdf}, {@code rdf+xml},
 * {@code json-ld}, {@code jsonld}, …) or a media type. Each value is looked up in Jena's registries (Fuseki's short
 * names, then Jena's language names, file extensions and media types); the media types found become the client's
 * first choice, and the {@code Accept} header, at lower quality, its fallback: a value that names nothing this
 * kind of query can return ({@code turtle} for a SELECT) is ignored instead of failing the request.
 * <p>
 * Fuseki then gets the decision as an {@code Accept} header listing exact media types with the qualities
 * {@link ContentNegotiation} gave them, so that its own matching cannot disagree with ours, and no format
 * parameter, which it would otherwise take literally.
 */
final class ResultFormatRequest implements Filter {
    private static final List<String> FORMAT_PARAMETERS =
        List.of(HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3);

    /** Every media type Fuseki writes query results in: SELECT, ASK, CONSTRUCT and DESCRIBE together. */
    static final List<String> OFFERED = Stream.of(DEF.rsOfferTable, DEF.rsOfferBoolean, DEF.constructOffer)
        .flatMap(offers -> mediaTypes(offers).stream()).distinct().toList();

    /** For an offered RDF media type, the other types Jena registers for its format that are not offered. */
    private static final Map<String, List<String>> UNLISTED_ALTERNATIVES = OFFERED.stream()
        .filter(type -> RDFLanguages.contentTypeToLang(type) != null
            && RDFLanguages.contentTypeToLang(type).getHeaderString().equals(type))
        .collect(Collectors.toMap(type -> type, type -> new RdfFormat(RDFLanguages.contentTypeToLang(type))
            .mediaTypes().stream().filter(alternative -> !OFFERED.contains(alternative)).toList()));

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
        throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean named = FORMAT_PARAMETERS.stream().anyMatch(p -> request.getParameterValues(p) != null);
        String accept = request.getHeader(HttpNames.hAccept);
        if (!isQuery(request) || !named && (accept == null || accept.isBlank())) {
            chain.doFilter(req, res);
            return;
        }
        String decided = decide(requested(request), accept);
        chain.doFilter(new Decided(request, decided.isEmpty() ? accept : decided), res);
    }

    static List<String> mediaTypes(AcceptList offers) {
        return offers.entries().stream().map(MediaRange::getContentTypeStr).toList();
    }

    /** A query, as opposed to the query editor, the service description or a Graph Store read. */
    private static boolean isQuery(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getParameter(HttpNames.paramQuery) != null
            || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(WebContent.contentTypeSPARQLQuery);
    }

    /** The offered media types the format parameters name, in the order the client gave them. */
    static List<String> requested(HttpServletRequest request) {
        Set<String> found = new LinkedHashSet<>();
        for (String parameter : FORMAT_PARAMETERS) {
            String[] values = request.getParameterValues(parameter);
            if (values != null) for (String value : values) found.addAll(resolve(value));
        }
        return List.copyOf(found);
    }

    /** What one value of a format parameter names, among the offered media types. */
    static List<String> resolve(String value) {
        String name = value.split(";")[0].trim().toLowerCase(Locale.ROOT);
        Set<String> types = new LinkedHashSet<>();
        if (name.contains("/")) types.add(name);
        addIfPresent(types, Responses.shortNamesResultSet.get(name));
        addIfPresent(types, Responses.shortNamesGraph.get(name));
        for (Lang lang : new Lang[] {RDFLanguages.shortnameToLang(name), RDFLanguages.fileExtToLang(name),
            RDFLanguages.contentTypeToLang(name), RDFLanguages.contentTypeToLang("application/" + name),
            RDFLanguages.contentTypeToLang("text/" + name)})
            if (lang != null) types.add(writtenAs(lang).getHeaderString());
        return types.stream().filter(OFFERED::contains).toList();
    }

    /** The language Jena writes for this one: Turtle for N3. */
    private static Lang writtenAs(Lang lang) {
        RDFFormat format = RDFWriterRegistry.contains(lang) ? RDFWriterRegistry.defaultSerialization(lang) : null;
        return format == null ? lang : format.getLang();
    }

    private static void addIfPresent(Set<String> types, String type) {
        if (type != null) types.add(type);
    }

    /**
     * The Accept header Fuseki gets: the requested types first, then every offered type the client's header
     * accepts, with its quality (halved when types were requested, so that they come first). An offered type also
     * answers for the types Jena registers for its language that Fuseki does not list: {@code text/n3} asks for
     * Turtle, as Jena writes N3.
     */
    static String decide(List<String> requested, String accept) {
        List<String> entries = new ArrayList<>(requested);
        for (String type : OFFERED) {
            if (requested.contains(type)) continue;
            double quality = ContentNegotiation.quality(accept, type);
            for (String alternative : UNLISTED_ALTERNATIVES.getOrDefault(type, List.of()))
                quality = Math.max(quality, ContentNegotiation.quality(accept, alternative));
            if (quality <= 0) continue;
            if (!requested.isEmpty()) quality = Math.max(0.001, quality / 2);
            entries.add(quality >= 1 ? type : type + ";q=" + String.format(Locale.ROOT, "%.3f", quality));
        }
        return String.join(", ", entries);
    }

    /** The request with the decided Accept header and without format parameters. */
    private static final class Decided extends HttpServletRequestWrapper {
        private final String accept;

        Decided(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return HttpNames.hAccept.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!HttpNames.hAccept.equalsIgnoreCase(name)) return super.getHeaders(name);
            return Collections.enumeration(accept == null ? List.of() : List.of(accept));
        }

        @Override
        public String getParameter(String name) {
            return isFormat(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return isFormat(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream().filter(e -> !isFormat(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private static boolean isFormat(String name) { return FORMAT_PARAMETERS.contains(name); }
    }
}
