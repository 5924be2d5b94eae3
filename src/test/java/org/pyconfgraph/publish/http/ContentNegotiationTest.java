package org.pyconfgraph.publish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
