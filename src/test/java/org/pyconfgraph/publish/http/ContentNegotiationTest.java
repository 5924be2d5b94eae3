package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Content negotiation by the Accept header")
class ContentNegotiationTest {
    private static final List<String> OFFERS = List.of("text/html", "text/turtle", "application/ld+json");

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none | text/html",
        "'  ' | text/html",
        "*/* | text/html",
        "text/turtle | text/turtle",
        "TEXT/Turtle; charset=utf-8 | text/turtle",
        "text/* | text/html",
        "application/*, text/turtle;q=0.5 | application/ld+json",
        "text/html;q=0.2, text/turtle;q=0.9, */*;q=0.1 | text/turtle",
        "*/*;q=0.5, text/html;q=0 | text/turtle",
        "text/*;q=0, application/ld+json;q=0.1 | application/ld+json",
        "text/turtle;q=0.8, application/ld+json;q=0.8 | text/turtle",
        "image/png | none",
        "text/turtle;q=0 | none",
        "garbage, text/turtle | text/turtle",
        "text/turtle;q=2, application/ld+json | application/ld+json",
        "*/turtle | none"})
    @DisplayName("chooses the offer of highest quality by its most specific range, ties going to the first offer")
    void chooses(String accept, String expected) {
        assertEquals(Optional.ofNullable(expected), ContentNegotiation.choose(accept, OFFERS, t -> t));
    }

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "application/turtle | turtle",
        "text/n3;q=0.9, application/n-triples;q=0.8 | turtle",
        "text/turtle;q=0, application/turtle | turtle",
        "text/plain | n-triples",
        "text/* | turtle",
        "image/png | none"})
    @DisplayName("gives an offer known by several media types the best quality of any of them")
    void choosesAmongSeveralTypes(String accept, String expected) {
        Map<String, List<String>> offers = new LinkedHashMap<>();
        offers.put("turtle", List.of("text/turtle", "application/turtle", "text/n3"));
        offers.put("n-triples", List.of("application/n-triples", "text/plain"));
        assertEquals(Optional.ofNullable(expected),
            ContentNegotiation.chooseAmong(accept, List.copyOf(offers.keySet()), offers::get));
    }
}
