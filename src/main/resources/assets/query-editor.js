// The query editor of /sparql: YASGUI with one tab per example query. The page hands over the endpoint and the
// examples' URL in data attributes, because the Content-Security-Policy allows no inline script.
// A URL fragment naming an example (/sparql#ipc-editions, as linked from /queries/) opens its tab and runs it.
(function () {
  "use strict";

  var root = document.getElementById("query-editor");
  var endpoint = root.dataset.endpoint;

  function tabId(name) { return "example-" + name; }

  function start(examples) {
    // YASQE's other completers fetch from prefix.cc and LOV, which the CSP (connect-src 'self') refuses: keep
    // the one that needs nothing from elsewhere. Set on the defaults, as a configured list would be merged into them.
    Yasgui.Yasqe.defaults.autocompleters = ["variables"];
    var yasgui = new Yasgui(root, {
      requestConfig: { endpoint: endpoint },
      copyEndpointOnNewTab: true,
      // Tabs come from our examples on every visit, not from an earlier visit's local storage or a share link.
      persistenceId: null,
      populateFromUrl: false,
      autoAddOnInit: false,
      yasr: { persistenceId: null },
      // One endpoint: offer no others (YASGUI's defaults name public ones the CSP would block anyway).
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
    });
    examples.forEach(function (example, i) {
      yasgui.addTab(i === 0, {
        id: tabId(example.name),
        name: example.title,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      });
    });
    if (examples.length === 0) yasgui.addTab(true);
    runNamedExample(yasgui);
    window.addEventListener("hashchange", function () { runNamedExample(yasgui); });
  }

  function runNamedExample(yasgui) {
    var name = decodeURIComponent(window.location.hash.slice(1));
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
