package org.pyconfgraph.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.rdfType;
import static org.pyconfgraph.testing.FactsGraph.rdfs;
import static org.pyconfgraph.testing.FactsGraph.schema;
import static org.pyconfgraph.testing.FactsGraph.skos;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/** The inferred graph gives a consumer who knows only schema.org (plus our inverses) what the facts say. */
@DisplayName("The inferred graph")
class InferredGraphTest {
    private static final FactsGraph facts = graph(NamedGraph.FACTS);
    private static final FactsGraph inferred = graph(NamedGraph.INFERRED);

    private static FactsGraph graph(NamedGraph name) {
        return new FactsGraph(BundledRelease.release().dataset().getGraph(name.node(BundledRelease.iris())), BundledRelease.iris());
    }

    private static Node pcg(String localName) { return facts.term(localName); }

    @Test
    @DisplayName("types every event schema:Event and every series schema:EventSeries, with schema:name")
    void typesAndNames() {
        for (Node event : facts.subjects(rdfType(), pcg("Event"))) {
            assertTrue(inferred.has(event, rdfType(), schema("Event")), event::toString);
            assertEquals(facts.objects(event, rdfs("label")), inferred.objects(event, schema("name")), event::toString);
        }
        for (Node series : facts.subjects(rdfType(), pcg("Series")))
            assertTrue(inferred.has(series, rdfType(), schema("EventSeries")), series::toString);
        for (Node org : facts.subjects(rdfType(), pcg("Organizer")))
            assertTrue(inferred.has(org, rdfType(), schema("Organization")), org::toString);
    }

    @Test
    @DisplayName("gives schema:startDate and schema:endDate the same values and datatypes, reduced precision kept")
    void datesKeepTheirPrecision() {
        for (String property : new String[] {"startDate", "endDate"})
            for (Node event : facts.subjects(pcg(property), Node.ANY))
                assertEquals(facts.objects(event, pcg(property)), inferred.objects(event, schema(property)), event::toString);
        assertEquals(Set.of(FactsGraph.typed("1996-06", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)),
            inferred.objects(facts.thing("event/python4"), schema("startDate")));
    }

    @Test
    @DisplayName("places every event with a venue at a schema:Place with a schema:PostalAddress")
    void locationsWithPostalAddresses() {
        for (Node event : facts.subjects(pcg("venue"), Node.ANY)) {
            for (Node venue : facts.objects(event, pcg("venue"))) {
                assertTrue(inferred.has(event, schema("location"), venue));
                assertTrue(inferred.has(venue, rdfType(), schema("Place")));
                Set<Node> addresses = inferred.objects(venue, schema("address"));
                assertEquals(1, addresses.size(), venue::toString);
                Node address = addresses.iterator().next();
                assertTrue(inferred.has(address, rdfType(), schema("PostalAddress")));
                assertEquals(1, inferred.objects(address, schema("addressCountry")).size());
            }
        }
    }

    @Test
    @DisplayName("gives a campus its city's address: PyCon 2003 at GW University is in Washington, DC")
    void campusAddressFromItsCity() {
        Node gwu = facts.thing("place/gw-university");
        Node address = inferred.objects(gwu, schema("address")).iterator().next();
        assertEquals(Set.of(FactsGraph.plain("Washington")), inferred.objects(address, schema("addressLocality")));
        assertEquals(Set.of(FactsGraph.plain("DC")), inferred.objects(address, schema("addressRegion")));
        assertEquals(Set.of(FactsGraph.plain("US")), inferred.objects(address, schema("addressCountry")));
        assertTrue(inferred.has(gwu, schema("containedInPlace"), facts.thing("place/washington-dc")));
    }

    @Test
    @DisplayName("links editions and series, tracks and hosts, with schema:superEvent and schema:subEvent both ways")
    void superAndSubEvents() {
        Node ipc11 = facts.thing("event/ipc11");
        Node series = facts.thing("series/ipc");
        Node oscon2003 = facts.thing("event/oscon-2003");
        assertEquals(Set.of(series, facts.thing("series/oscon-python"), oscon2003), inferred.objects(ipc11, schema("superEvent")));
        assertTrue(inferred.has(series, schema("subEvent"), ipc11));
        assertTrue(inferred.has(oscon2003, schema("subEvent"), ipc11));
        for (Node edition : facts.subjects(pcg("inSeries"), series)) {
            assertTrue(inferred.has(edition, schema("superEvent"), series));
            assertTrue(inferred.has(series, schema("subEvent"), edition));
        }
    }

    @Test
    @DisplayName("names only the stated organizer as schema:organizer, never the 'CNRI and/or Foretec' candidates")
    void organizersOnlyWhereStated() {
        assertEquals(Set.of(facts.thing("org/oreilly")), inferred.objects(facts.thing("event/ipc11"), schema("organizer")));
        for (Node event : facts.subjects(pcg("runByOneOrMoreOf"), Node.ANY))
            assertEquals(facts.objects(event, pcg("organizer")), inferred.objects(event, schema("organizer")),
                "'CNRI and/or Foretec' names no organizer; only a source that names one does: " + event);
        assertTrue(inferred.has(facts.thing("org/foretec"), schema("parentOrganization"), facts.thing("org/cnri")));
        assertTrue(inferred.has(facts.thing("org/cnri"), schema("subOrganization"), facts.thing("org/foretec")));
    }

    @Test
    @DisplayName("restates websites as schema:url and verified links as schema:sameAs")
    void urlsAndSameAs() {
        for (Node event : facts.subjects(pcg("website"), Node.ANY))
            assertEquals(facts.objects(event, pcg("website")), inferred.objects(event, schema("url")));
        for (Node thing : facts.subjects(skos("exactMatch"), Node.ANY))
            assertEquals(facts.objects(thing, skos("exactMatch")), inferred.objects(thing, schema("sameAs")));
    }

    @Test
    @DisplayName("adds our inverses: precededBy, hasEdition, replaces, organized, venueOf, hasSubOrganization, hasTrack, co-location both ways")
    void ourInverses() {
        for (Node event : facts.subjects(pcg("succeededBy"), Node.ANY))
            for (Node next : facts.objects(event, pcg("succeededBy")))
                assertTrue(inferred.has(next, pcg("precededBy"), event));
        assertTrue(inferred.has(facts.thing("series/ipc"), pcg("hasEdition"), facts.thing("event/python4")));
        assertTrue(inferred.has(facts.thing("series/pycon"), pcg("replaces"), facts.thing("series/ipc")));
        assertTrue(inferred.has(facts.thing("org/oreilly"), pcg("organized"), facts.thing("event/ipc11")));
        assertTrue(inferred.has(facts.thing("place/hilton-alexandria-mark-center"), pcg("venueOf"), facts.thing("event/python10")));
        assertTrue(inferred.has(facts.thing("org/cnri"), pcg("hasSubOrganization"), facts.thing("org/foretec")));
        assertTrue(inferred.has(facts.thing("event/oscon-2003"), pcg("hasTrack"), facts.thing("event/ipc11")));
        assertTrue(inferred.has(facts.thing("event/fedunix-1996"), pcg("colocatedWith"), facts.thing("event/python5")));
    }

    @Test
    @DisplayName("repeats no statement the facts already make")
    void repeatsNothing() {
        inferred.graph().find().forEachRemaining(t -> assertFalse(facts.graph().contains(t), t::toString));
    }

    @Test
    @DisplayName("uses only rdf:type, schema.org and our own terms")
    void onlySchemaOrgAndOurTerms() {
        inferred.graph().find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            assertTrue(p.equals(Vocabularies.RDF + "type") || p.startsWith(Vocabularies.SCHEMA)
                || p.startsWith(BundledRelease.iris().vocabularyNamespace()), p);
        });
    }
}
