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
    accessible(yasgui);
    runExample(yasgui, wanted);
    window.addEventListener("hashchange", function () {
      var fragment = window.location.hash.slice(1);
      // YASGUI reads a share link only while it starts.
      if (/(^|&)query=/.test(fragment)) window.location.reload();
      else runExample(yasgui, decodeURIComponent(fragment));
    });
  }

  // YASGUI 4.5.0's markup, made accessible after it renders (its bundle is not ours to edit): a tab names in
  // aria-controls a panel that YASGUI draws only once the tab is first opened; its "+" button sits inside the tab
  // list, where only tabs may be; the endpoint field, the query editor's text area and parts of the results table
  // have no name. The observer repeats the fix-up whenever YASGUI draws a panel, a tab or results.
  function accessible(yasgui) {
    var tabList = root.querySelector(".tabsList");
    var yasguiAdd = tabList && tabList.querySelector("button.addTab");
    if (yasguiAdd) {
      var add = document.createElement("button");
      add.type = "button";
      add.className = "addTab newTab";
      add.textContent = "+";
      add.title = "New tab";
      add.setAttribute("aria-label", "New query tab");
      add.addEventListener("click", function () { yasgui.addTab(true); });
      yasguiAdd.remove();
      tabList.parentNode.insertBefore(add, tabList.nextSibling);
    }
    function fix() {
      root.querySelectorAll("[role=tab]").forEach(function (tab) {
        var panel = tab.getAttribute("aria-controls") || tab.dataset.controls;
        if (!panel) return;
        tab.dataset.controls = panel;
        if (document.getElementById(panel)) {
          if (tab.getAttribute("aria-controls") !== panel) tab.setAttribute("aria-controls", panel);
        } else if (tab.hasAttribute("aria-controls")) {
          tab.removeAttribute("aria-controls");
        }
      });
      root.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (field) {
        field.setAttribute("aria-label", "SPARQL endpoint");
      });
      root.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach(function (area) {
        area.setAttribute("aria-label", "SPARQL query");
      });
      // The results table: its page-size selector and its row-number column have no name.
      root.querySelectorAll("select.tableSizer:not([aria-label])").forEach(function (select) {
        select.setAttribute("aria-label", "Rows per page");
      });
      root.querySelectorAll(".yasr table thead th").forEach(function (heading) {
        if (heading.textContent.trim() !== "") return;
        var name = document.createElement("span");
        name.className = "visually-hidden";
        name.textContent = "Row";
        heading.appendChild(name);
      });
      // The editor's scrolling area, a sibling of its text area, can be focused to scroll a long query with keys.
      root.querySelectorAll(".CodeMirror-scroll:not([tabindex=\"0\"])").forEach(function (area) {
        area.setAttribute("tabindex", "0");
      });
    }
    fix();
    new MutationObserver(fix).observe(root, { childList: true, subtree: true });
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
