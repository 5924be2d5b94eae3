// The query editor of /sparql: YASGUI with one tab per example query. The page hands over the endpoint and the
// examples' URL in data attributes, because the Content-Security-Policy allows no inline script.
// A URL fragment naming an example (/sparql#ipc-editions, as linked from /queries/) opens its tab and runs it;
// a link from YASGUI's share button (/sparql#query=…) opens that query in a tab of its own and runs it.
(function () {
  "use strict";

  var root = document.getElementById("query-editor");
  var endpoint = root.dataset.endpoint;

  function tabId(name) { return "example-" + name; }

  function start(examples) {
    // Read before YASGUI does: it clears the fragment while looking for a share link in it.
    var wanted = decodeURIComponent(window.location.hash.slice(1));
    // YASQE's other completers fetch from prefix.cc and LOV, which the CSP (connect-src 'self') refuses: keep
    // the one that needs nothing from elsewhere. Set on the defaults, as a configured list would be merged into them.
    Yasgui.Yasqe.defaults.autocompleters = ["variables"];
    var yasgui = new Yasgui(root, {
      requestConfig: { endpoint: endpoint },
      copyEndpointOnNewTab: true,
      // Tabs come from our examples (and a share link) on every visit, not from an earlier visit's local storage.
      persistenceId: null,
      populateFromUrl: true,
      autoAddOnInit: false,
      yasr: { persistenceId: null },
      // One endpoint: offer no others (YASGUI's defaults name public ones the CSP would block anyway).
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
    });
    var shared = yasgui.getTab();
    examples.forEach(function (example, i) {
      yasgui.addTab(!shared && i === 0, {
        id: tabId(example.name),
        name: example.title,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      });
    });
    if (!shared && examples.length === 0) yasgui.addTab(true);
    runExample(yasgui, wanted);
    window.addEventListener("hashchange", function () {
      var fragment = window.location.hash.slice(1);
      // YASGUI reads a share link only while it starts.
      if (/(^|&)query=/.test(fragment)) window.location.reload();
      else runExample(yasgui, decodeURIComponent(fragment));
    });
  }

  function runExample(yasgui, name) {
    var tab = name && yasgui.getTab(tabId(name));
    if (!tab) return;
    yasgui.selectTabId(tabId(name));
    tab.query();
  }

  function fail(error) {
    var message = document.createElement("p");
    message.className = "error";
    message.textContent = "The example queries could not be loaded (" + error.message + ").";
    root.appendChild(message);
  }

  fetch(root.dataset.examples, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(start)
    .catch(fail);
})();
