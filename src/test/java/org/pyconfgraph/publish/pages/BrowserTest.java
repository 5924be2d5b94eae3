package org.pyconfgraph.publish.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.apache.jena.rdflink.RDFLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pyconfgraph.load.ExampleQueries;
import org.pyconfgraph.load.ExampleQueries.Example;
import org.pyconfgraph.testing.RunningServer;

/**
 * The pages in a real browser: the system's headless Chromium through its chromedriver (Debian packages chromium
 * and chromium-driver). Skipped where they are not installed. Every page must load without a script error or a
 * Content-Security-Policy violation in the browser's console, with no accessibility rule violation that axe-core
 * (run in the page) finds, and fit a 390 px wide phone screen.
 */
@DisplayName("In a browser")
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * How long a script (axe-core's run above all) or a wait for the page may take: what is tested is what they
     * find, not how soon, and on a loaded machine the browser gets a small share of the cores.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static RunningServer server;
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "needs headless Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium, chromium-driver)");
        server = RunningServer.shared();
        profile = Files.createTempDirectory("pyconf-chromium");
        ChromeOptions options = new ChromeOptions();
        // Given both binaries, Selenium Manager has nothing to look up or download.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (profile != null) try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** Each test leaves the console clean: no script error, no refused resource, no CSP violation. */
    @AfterEach
    void consoleIsClean() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            boolean csp = entry.getMessage().contains("Content Security Policy");
            if (csp || entry.getLevel().intValue() >= Level.SEVERE.intValue()) problems.add(entry.getMessage());
        }
        assertEquals(List.of(), problems, "the browser's console");
    }

    private static WebDriverWait waiting() { return new WebDriverWait(browser, PATIENCE); }

    /**
     * Every kind of page: home, events (one with disagreements), series (the longest table of editions), a source,
     * organizer, venue, ontology, examples, dumps, query editor, error.
     */
    static Stream<String> pages() {
        return Stream.of("", "doc/event/python10.html", "doc/event/ipc11.html", "doc/series/ipc.html",
            "doc/series/pycon.html", "doc/event/pycon-2007.html", "doc/source/W4.html",
            "doc/org/oreilly.html", "doc/place/gw-university.html", "vocab.html", "queries/", "dumps/", "sparql",
            "no/such/page");
    }

    /** Opens a page and waits until it is drawn: the query editor once YASGUI has made its tabs. */
    private static void open(String path, Dimension size) {
        browser.manage().window().setSize(size);
        browser.get(server.url(path));
        if (path.equals("sparql"))
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasgui .tabsList .tab")));
        // The error page's 404 is the console's only complaint: expected here, not this test's concern.
        if (path.startsWith("no/")) browser.manage().logs().get(LogType.BROWSER);
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    @DisplayName("axe-core finds no accessibility violation in the page")
    void accessible(String path) {
        open(path, DESKTOP);
        assertEquals(List.of(), Accessibility.violations(browser), "/" + path);
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("pages")
    @DisplayName("on a 390 px phone screen the page does not scroll sideways and breaks no word in the middle")
    void fitsAPhone(String path) {
        open(path, PHONE);
        long width = ((Number) browser.executeScript("return document.scrollingElement.clientWidth")).longValue();
        long scrolled = ((Number) browser.executeScript("return document.scrollingElement.scrollWidth")).longValue();
        assertTrue(width <= 390 && width > 300, "a phone-sized viewport: " + width);
        assertTrue(scrolled <= width, "/" + path + " is " + scrolled + " px wide on a " + width + " px screen");
        assertEquals(List.of(), Accessibility.brokenWords(browser), "/" + path);
        // Rows stacked into lines keep their table semantics for screen readers.
        for (WebElement cell : browser.findElements(By.cssSelector("main table:not(.dataTable) td")))
            if (cell.isDisplayed()) assertEquals("cell", cell.getAriaRole(), "/" + path);
    }

    @Test
    @DisplayName("the home page draws the timeline with an element per event, each linked to its IRI")
    void homePage() {
        browser.get(server.base());
        List<WebElement> events = browser.findElements(By.cssSelector("svg.timeline a.event"));
        assertEquals(StoreAnswers.iris(server, "SELECT DISTINCT ?e { ?e a/rdfs:subClassOf* pcg:Event }", "e").size(),
            events.size());
        WebElement python10 = browser.findElement(By.cssSelector("svg.timeline a.event[href='"
            + server.url("id/event/python10") + "']"));
        assertTrue(python10.isDisplayed());
        assertTrue(python10.getRect().getWidth() > 0, "drawn with a size");
        assertEquals("The history of Python conferences · pyconf-graph", browser.getTitle());
    }

    @Test
    @DisplayName("the timeline's links are reachable and named for screen readers: a group of links, each named")
    void timelineLinksForScreenReaders() {
        open("", DESKTOP);
        WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
        assertEquals("group", timeline.getAriaRole(), "not an image, whose content a screen reader skips");
        assertEquals("Timeline of Python conferences", timeline.getAccessibleName());
        List<WebElement> links = timeline.findElements(By.cssSelector("a"));
        assertFalse(links.isEmpty());
        for (WebElement link : links) {
            assertEquals("link", link.getAriaRole());
            assertFalse(link.getAccessibleName().isBlank(), link.getAttribute("href"));
        }
        WebElement python10 = timeline.findElement(By.cssSelector("a.event[href='" + server.url("id/event/python10") + "']"));
        assertTrue(python10.getAccessibleName().startsWith("Python10"), python10.getAccessibleName());
    }

    @Test
    @DisplayName("an event's IRI leads to its page (where the linked-data module serves it)")
    void resourcePage() {
        String thing = server.url("id/event/python10");
        browser.get(thing);
        boolean redirected = !browser.getCurrentUrl().equals(thing);
        // Without the linked-data module the thing IRI is a 404, which the console reports: not this test's concern.
        if (!redirected) browser.manage().logs().get(LogType.BROWSER);
        assumeTrue(redirected, "the thing IRI leads to no document here: the linked-data module is not installed");
        assertTrue(browser.getTitle().contains("Python10"), browser.getTitle());
    }

    @Test
    @DisplayName("the query editor has a tab per example and shows the result rows of the first one it runs")
    void queryEditor() {
        List<Example> examples = ExampleQueries.load(server.context().sources(), server.context().iris());
        browser.get(server.url("sparql"));
        List<WebElement> tabs = waiting().until(ExpectedConditions.numberOfElementsToBe(
            By.cssSelector(".yasgui .tabsList .tab"), examples.size()));
        assertEquals(examples.stream().map(Example::title).toList(), tabs.stream().map(WebElement::getText)
            .map(text -> text.replace("✖", "").trim()).toList());

        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        assertEquals(Math.min(resultRows(examples.get(0)), YASR_PAGE_ROWS), shownRows().size());
        String firstLiteral = firstLiteral(examples.get(0));
        assertTrue(shownRows().get(0).getText().contains(firstLiteral), firstLiteral + " in " + shownRows().get(0).getText());

        assertEquals(List.of(), Accessibility.violations(browser), "with results shown");

        // The "+" button, moved out of the tab list for screen readers, still opens a new tab.
        browser.findElement(By.cssSelector(".yasgui button.newTab")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".yasgui .tabsList .tab"),
            examples.size() + 1));
    }

    @Test
    @DisplayName("a link to an example's tab opens it and runs it")
    void exampleLink() {
        Example example = ExampleQueries.load(server.context().sources(), server.context().iris()).stream()
            .filter(e -> e.name().equals("ipc-editions")).findFirst().orElseThrow();
        browser.get(server.url("sparql#" + example.name()));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".yasgui .tabsList .tab.active"), example.title()));
        assertEquals(Math.min(resultRows(example), YASR_PAGE_ROWS), shownRows().size());
    }

    @Test
    @DisplayName("a link from the share button opens its query in a tab of its own, besides the examples, and runs it,"
        + " also when followed from the editor itself")
    void sharedLink() {
        String query = "SELECT ?series WHERE { ?series a <vocab#Series> }";
        browser.get(server.url("sparql"));
        browser.get(server.url("sparql#query=" + encode(query) + "&endpoint=" + encode(server.url("sparql"))
            + "&tabTitle=" + encode("Every series")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".yasgui .tabsList .tab.active"), "Every series"));
        int series = StoreAnswers.iris(server, "SELECT ?s { ?s a pcg:Series }", "s").size();
        assertEquals(series, shownRows().size());
        assertEquals(ExampleQueries.load(server.context().sources(), server.context().iris()).size() + 1,
            browser.findElements(By.cssSelector(".yasgui .tabsList .tab")).size());
    }

    private static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"); }

    /** The rows YASGUI's results table shows on its first page. */
    private static final int YASR_PAGE_ROWS = 50;

    /** How many rows the store itself gives for the example. */
    private static int resultRows(Example example) {
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            int[] rows = {0};
            link.query(example.query()).select().forEachRemaining(row -> rows[0]++);
            return rows[0];
        }
    }

    /** The text of the first literal the store itself gives in the example's first row. */
    private static String firstLiteral(Example example) {
        try (RDFLink link = RDFLink.connect(server.context().store().localDataset().orElseThrow())) {
            var row = link.query(example.query()).select().next();
            return example.query().getResultVars().stream().map(row::get)
                .filter(node -> node != null && node.isLiteral()).map(node -> node.getLiteralLexicalForm())
                .findFirst().orElseThrow();
        }
    }

    /** The rows of the active tab's results table, once it shows some. */
    private static List<WebElement> shownRows() {
        By rows = By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr");
        return waiting().until(driver -> {
            List<WebElement> found = driver.findElements(rows);
            return found.isEmpty() || found.get(0).getText().isBlank() ? null : found;
        });
    }
}
