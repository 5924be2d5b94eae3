package org.pyconfgraph.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.publish.PublishingContext;
import org.pyconfgraph.publish.server.PublishingServer;
import org.pyconfgraph.publish.ServerSettings;
import org.pyconfgraph.release.ReleaseFolder;
import org.pyconfgraph.store.StoreSetting;

/**
 * {@code /sparql} on the example queries against its anchor: a stock Fuseki (Jena's own server, with its default
 * settings and none of our limits) on the same TDB2 release, in this process on another loopback port. Also the
 * publisher in front of that Fuseki ({@code --store sparql:URL}), which forwards every query over HTTP.
 */
final class SparqlBenchmark {
    private final Benchmark harness;
    private final int rounds;
    private final PrintStream out;

    SparqlBenchmark(Benchmark harness, int rounds, PrintStream out) {
        this.harness = harness;
        this.rounds = rounds;
        this.out = out;
    }

    /** @param base the address of a publisher serving {@code built} from its TDB2 database */
    void compare(String base, ReleaseFolder built) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(Location.create(built.database()));
        database.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(Benchmark.freePort()).add("/release", database)
            .build().start();
        String fusekiEndpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/release/sparql";
        PublishingServer inFront = PublishingServer.builder(PublishingContext.ofReleaseFolder(built.folder(),
                new StoreSetting.Sparql(URI.create(fusekiEndpoint)), ServerSettings.defaults().withPort(Benchmark.freePort())))
            .build().start();
        String inFrontBase = "http://127.0.0.1:" + inFront.port() + "/";
        try {
            out.printf("%n%-34s %11s %11s %7s %13s%n", "/sparql, req/s (" + rounds + " rounds)", "TDB2 here",
                "Fuseki", "ratio", "via Fuseki");
            double sumRatios = 0;
            double worst = Double.MAX_VALUE;
            List<ExampleQueries.Example> examples = ExampleQueries.load(built.sources(), built.release().iris());
            for (ExampleQueries.Example example : examples) {
                String query = URLEncoder.encode(example.query().serialize(), StandardCharsets.UTF_8);
                String accept = example.query().isConstructType() || example.query().isDescribeType()
                    ? "text/turtle" : "application/sparql-results+json";
                double ours = perSecond(Benchmark.get(base + "sparql?query=" + query, accept));
                double stock = perSecond(Benchmark.get(fusekiEndpoint + "?query=" + query, accept));
                double forwarded = perSecond(Benchmark.get(inFrontBase + "sparql?query=" + query, accept));
                out.printf("%-34s %11.0f %11.0f %6.2fx %13.0f%n", shorten(example.name()), ours, stock, ours / stock,
                    forwarded);
                sumRatios += ours / stock;
                worst = Math.min(worst, ours / stock);
            }
            out.printf("/sparql against stock Fuseki on the same TDB2 release: mean %.2fx, worst %.2fx (goal >= 0.9x)%n",
                sumRatios / examples.size(), worst);
        } finally {
            inFront.stop();
            inFront.context().store().close();
            fuseki.stop();
        }
    }

    /** Requests per second over {@code rounds} requests on one connection, after a warm-up. */
    private double perSecond(HttpRequest request) {
        int status = harness.send(request);
        if (status != 200) throw new IllegalStateException(request.uri() + " answered " + status);
        for (int i = 0; i < Math.min(20, rounds); i++) harness.send(request);
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) harness.send(request);
        return rounds / ((System.nanoTime() - started) / 1e9);
    }

    private static String shorten(String name) { return name.length() <= 34 ? name : name.substring(0, 31) + "..."; }
}
