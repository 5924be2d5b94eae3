package org.pyconfgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.FactsGraph.iri;
import static org.pyconfgraph.testing.FactsGraph.rdfType;
import static org.pyconfgraph.testing.FactsGraph.rdfs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.model.NamedGraph;
import org.pyconfgraph.model.Vocabularies;
import org.pyconfgraph.testing.BundledRelease;
import org.pyconfgraph.testing.FactsGraph;

/** The ontology parses, documents every term, and aligns to the vocabularies consumers already know. */
@DisplayName("The ontology")
class OntologyTest {
    private static final FactsGraph ontology = new FactsGraph(
        BundledRelease.release().dataset().getGraph(NamedGraph.ONTOLOGY.node(BundledRelease.iris())), BundledRelease.iris());
    private static final Node ONTOLOGY_IRI = iri(BundledRelease.iris().vocabulary());

    private static Set<Node> terms() {
        return ontology.subjects(rdfs("isDefinedBy"), ONTOLOGY_IRI);
    }

    @Test
    @DisplayName("has an IRI, a version IRI, a version, a label and a comment")
    void identifiesItself() {
        assertTrue(ontology.has(ONTOLOGY_IRI, rdfType(), iri(Vocabularies.OWL + "Ontology")));
        assertEquals(1, ontology.objects(ONTOLOGY_IRI, iri(Vocabularies.OWL + "versionIRI")).size());
        assertEquals(1, ontology.objects(ONTOLOGY_IRI, iri(Vocabularies.OWL + "versionInfo")).size());
        assertFalse(ontology.objects(ONTOLOGY_IRI, rdfs("label")).isEmpty());
        assertFalse(ontology.objects(ONTOLOGY_IRI, rdfs("comment")).isEmpty());
    }

    @Test
    @DisplayName("defines at least Event, Series, Organizer, Venue and the required properties")
    void definesTheRequiredTerms() {
        Set<String> localNames = terms().stream().map(t -> t.getURI().substring(t.getURI().indexOf('#') + 1))
            .collect(Collectors.toSet());
        assertTrue(localNames.containsAll(List.of("Event", "Series", "Organizer", "Venue", "succeededBy", "precededBy",
            "inSeries", "replacedBy", "trackOf", "colocatedWith", "organizer", "venue", "subOrganizationOf",
            "startDate", "endDate", "ordinal", "website")), localNames::toString);
    }

    @Test
    @DisplayName("gives every term an English label and comment")
    void documentsEveryTerm() {
        for (Node term : terms()) {
            assertTrue(ontology.objects(term, rdfs("label")).stream().anyMatch(l -> "en".equals(l.getLiteralLanguage())), term::toString);
            assertTrue(ontology.objects(term, rdfs("comment")).stream().anyMatch(l -> "en".equals(l.getLiteralLanguage())), term::toString);
        }
    }

    @Test
    @DisplayName("keeps succession within a series apart from replacement between series and from containment")
    void successionIsNotTransitiveNorReplacementNorContainment() {
        Node succeededBy = ontology.term("succeededBy");
        assertFalse(ontology.has(succeededBy, rdfType(), iri(Vocabularies.OWL + "TransitiveProperty")));
        assertTrue(ontology.has(succeededBy, rdfType(), iri(Vocabularies.OWL + "AsymmetricProperty")));
        assertTrue(ontology.has(succeededBy, iri(Vocabularies.OWL + "inverseOf"), ontology.term("precededBy")));
        assertFalse(ontology.has(ontology.term("inSeries"), rdfType(), iri(Vocabularies.OWL + "TransitiveProperty")));
        assertTrue(ontology.has(ontology.term("colocatedWith"), rdfType(), iri(Vocabularies.OWL + "SymmetricProperty")));
    }

    @Test
    @DisplayName("aligns its classes and key properties to schema.org, Wikidata, ORG and SWC")
    void alignsToOtherVocabularies() {
        Node subClassOf = rdfs("subClassOf");
        Node subPropertyOf = rdfs("subPropertyOf");
        assertTrue(ontology.has(ontology.term("Event"), subClassOf, iri(Vocabularies.SCHEMA + "Event")));
        assertTrue(ontology.has(ontology.term("Series"), subClassOf, iri(Vocabularies.SCHEMA + "EventSeries")));
        assertTrue(ontology.has(ontology.term("Organizer"), subClassOf, iri(Vocabularies.ORG + "Organization")));
        assertTrue(ontology.has(ontology.term("Venue"), subClassOf, iri(Vocabularies.SCHEMA + "Place")));
        assertTrue(ontology.has(ontology.term("Track"), subClassOf, iri(Vocabularies.SWC + "TrackEvent")));
        assertTrue(ontology.has(ontology.term("inSeries"), subPropertyOf, iri(Vocabularies.WIKIDATA_PROP + "P179")));
        assertTrue(ontology.has(ontology.term("succeededBy"), subPropertyOf, iri(Vocabularies.WIKIDATA_PROP + "P156")));
        assertTrue(ontology.has(ontology.term("trackOf"), subPropertyOf, iri(Vocabularies.SWC + "isSubEventOf")));
        assertTrue(ontology.has(ontology.term("subOrganizationOf"), subPropertyOf, iri(Vocabularies.ORG + "subOrganizationOf")));
        assertTrue(ontology.has(ontology.term("replacedBy"), subPropertyOf, iri(Vocabularies.DCTERMS + "isReplacedBy")));
    }

    @Test
    @DisplayName("keeps its alignments in a file of their own")
    void alignmentsInTheirOwnFile() {
        assertTrue(BundledRelease.sources().ontologyFiles().stream()
            .anyMatch(f -> f.getFileName().toString().equals("alignments.ttl")));
    }
}
