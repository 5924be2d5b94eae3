package org.pyconfgraph.publish.linkeddata;

import java.nio.file.Path;

import org.apache.jena.atlas.lib.IRILib;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.testing.RunningServer;
import org.pyconfgraph.testing.SourceTreeCopy;

/**
 * The bundled sources plus a venue written to break pages: its IRI has a non-ASCII letter, its literals carry
 * markup, it links to a {@code javascript:} IRI and to IRIs of our space that nothing describes, and it has nested
 * blank nodes. Served under a public base that is not the bind address, as behind a proxy.
 */
final class HostileFixture {
    static final String PUBLIC_BASE = "https://pyconf.example.org/";
    static final String PLACE = "id/place/bogotá";
    static final String PLACE_DOCUMENT = "doc/place/bogotá";
    static final String SCRIPT_LABEL = "</script><script>alert(1)</script>";
    static final String ATTRIBUTE_BREAKER = "\"><img src=x onerror=alert(1)>";
    static final String COMMENT_OPENER = "Bogotá <!-- <script>";
    static final String SCRIPT_IRI = "javascript:alert(1)";
    /** Linked to, described nowhere. */
    static final String LINKED_ONLY = "id/place/linked-only";
    /** Linked to with a fragment, described nowhere. */
    static final String LINKED_ONLY_WITH_FRAGMENT = "id/place/nowhere#spot";

    private static final String DATA = """
        @prefix pcg:     <vocab#> .
        @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .

        <id/place/bogotá> a pcg:Venue ;
            rdfs:label "</script><script>alert(1)</script>"@en ;
            pcg:placeText "\\"><img src=x onerror=alert(1)>" ;
            pcg:locality "Bogotá <!-- <script>" ;
            pcg:country "CO" ;
            rdfs:seeAlso <javascript:alert(1)>, <id/place/linked-only>, <id/place/nowhere#spot> ;
            rdfs:comment [ rdfs:label "a note"@en ; rdfs:seeAlso [ rdfs:label "a nested note </script>"@en ] ] ;
            dcterms:source <https://wiki.python.org/moin/InternationalPythonConference> .
        """;

    private HostileFixture() {}

    static RunningServer start(Path tempDir) {
        return RunningServer.start(SourceTreeCopy.of(tempDir).write("data/hostile.ttl", DATA).tree(),
            ServerSettings.defaults().withPublicBase(PUBLIC_BASE));
    }

    /** The URL of a path on the server's own loopback port, bypassing the public base. */
    static String local(RunningServer server, String path) {
        return IRILib.encodeNonASCII("http://127.0.0.1:" + server.context().settings().port() + "/" + path);
    }
}
