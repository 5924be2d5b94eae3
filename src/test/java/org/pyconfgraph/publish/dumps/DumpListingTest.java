package org.pyconfgraph.publish.dumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyconfgraph.testing.Http.header;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.pyconfgraph.release.Release;
import org.pyconfgraph.testing.Http;
import org.pyconfgraph.testing.RunningServer;

@DisplayName("The listing of the release files at /dumps/")
class DumpListingTest {
    private static RunningServer server;
    private static Release release;
    private static HttpResponse<byte[]> response;
    private static Document page;

    @BeforeAll
    static void start() {
        server = RunningServer.shared();
        release = server.context().release();
        response = Http.get(server.url("dumps/"));
        page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), server.base());
    }

    @Test
    @DisplayName("is an HTML page in the shared frame, naming the release and its date")
    void namesTheRelease() {
        assertEquals(200, response.statusCode());
        assertEquals("text/html", Http.mediaType(response));
        assertEquals("Dumps · pyconf-graph", page.title());
        assertFalse(page.select("header.site nav a[href=" + server.url("dumps/") + "]").isEmpty());
        assertEquals(release.id(), page.selectFirst(".release-id").text());
        assertEquals(release.modified().toString().substring(0, 10), page.selectFirst("time").attr("datetime"));
    }

    @Test
    @DisplayName("lists every dump once, with the format, size and SHA-256 of the bytes its link serves")
    void figuresOfTheServedBytes() {
        List<Element> rows = page.select("table.dumps tbody tr");
        assertEquals(release.dumps().size(), rows.size());
        for (Element row : rows) {
            Element link = row.selectFirst("a.dump");
            HttpResponse<byte[]> file = Http.get(link.absUrl("href"));
            assertEquals(200, file.statusCode(), link::toString);
            assertTrue(link.absUrl("href").startsWith(server.url("dumps/" + release.id() + "/")), link::toString);
            assertEquals(Http.mediaType(file), link.attr("type"));
            assertEquals(String.valueOf(file.body().length), row.selectFirst("data.bytes").attr("value"));
            assertEquals(Http.sha256(file.body()), row.selectFirst("code.sha256").text());
            assertFalse(row.select("td").get(1).text().isBlank(), "names the format");
        }
    }

    @Test
    @DisplayName("links SHA256SUMS and the dataset description")
    void linksChecksumsAndDescription() {
        assertEquals(server.url("dumps/" + release.id() + "/SHA256SUMS"), page.selectFirst("a.checksums").absUrl("href"));
        assertEquals(server.context().iris().dataset(), page.selectFirst("a.dataset").absUrl("href"));
        assertEquals("<" + server.context().iris().dataset() + ">; rel=\"describedby\"", header(response, "Link"));
    }

    @Test
    @DisplayName("answers a conditional GET with 304 and HEAD without a body")
    void validators() {
        HttpResponse<byte[]> again = Http.get(server.url("dumps/"), "If-None-Match", header(response, "ETag"));
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> head = Http.head(server.url("dumps/"));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(header(response, "Content-Length"), header(head, "Content-Length"));
        assertEquals(header(response, "ETag"), header(head, "ETag"));
    }
}
