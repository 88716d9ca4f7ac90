// spacekg network view. All text from articles is written with textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("spacekg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var neighbours = {};
  data.edges.forEach(function (e) {
    (neighbours[e.from] = neighbours[e.from] || []).push(e.to);
    (neighbours[e.to] = neighbours[e.to] || []).push(e.from);
  });

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  document.title = data.title;
  document.getElementById("title").textContent = data.title;
  document.getElementById("counts").textContent =
    data.nodes.length + " nodes, " + data.edges.length + " edges";
  if (data.notice) document.getElementById("notice").textContent = data.notice;

  // Legend doubles as the class filter.
  var enabled = {};
  var classes = document.getElementById("classes");
  data.classes.forEach(function (c) {
    enabled[c.kind] = true;
    var label = el("label");
    var box = el("input", null, { type: "checkbox", "data-kind": c.kind });
    box.checked = true;
    box.addEventListener("change", function () { enabled[c.kind] = box.checked; refresh(); });
    var swatch = el("span", null, { "class": "swatch" });
    swatch.style.background = c.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(c.kind + " (" + c.count + ")"));
    classes.appendChild(label);
  });

  var from = document.getElementById("date-from");
  var to = document.getElementById("date-to");
  if (data.dateMin) { from.min = to.min = data.dateMin; }
  if (data.dateMax) { from.max = to.max = data.dateMax; }

  function eventInRange(n) {
    if (!from.value && !to.value) return true;
    if (!n.start) return false;
    if (from.value && n.end < from.value) return false;
    if (to.value && n.start > to.value) return false;
    return true;
  }

  var visible = {};
  function computeVisible() {
    var dated = Boolean(from.value || to.value);
    visible = {};
    data.nodes.forEach(function (n) {
      if (n.kind === "event" && enabled.event !== false && eventInRange(n)) visible[n.id] = true;
    });
    data.nodes.forEach(function (n) {
      if (n.kind === "event" || enabled[n.kind] === false) return;
      if (!dated) { visible[n.id] = true; return; }
      var links = neighbours[n.id] || [];
      for (var i = 0; i < links.length; i++) {
        if (byId[links[i]].kind === "event" && visible[links[i]]) { visible[n.id] = true; return; }
      }
    });
  }
  computeVisible();

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = { id: n.id, label: n.label, color: n.color, shape: n.shape, size: n.size, title: n.name };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, label: e.label, arrows: "to" };
  }));
  var nodeView = new vis.DataView(nodes, { filter: function (item) { return visible[item.id] === true; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (item) { return visible[item.from] === true && visible[item.to] === true; }
  });

  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  window.spacekg = { network: network, data: data, ready: false, visibleIds: function () { return nodeView.getIds(); } };
  function ready() {
    network.setOptions({ physics: false });
    window.spacekg.ready = true;
    document.body.setAttribute("data-ready", "true");
  }
  if (data.options.physics && data.options.physics.enabled !== false) {
    network.once("stabilizationIterationsDone", ready);
  } else {
    setTimeout(ready, 0);
  }

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById("shown").textContent = nodeView.length + " of " + data.nodes.length + " nodes shown";
  }
  from.addEventListener("change", refresh);
  to.addEventListener("change", refresh);
  document.getElementById("date-reset").addEventListener("click", function () {
    from.value = ""; to.value = ""; refresh();
  });
  refresh();

  // Search by label: the best match is selected, focused and described.
  var list = document.getElementById("labels");
  data.nodes.slice().sort(function (a, b) { return a.name < b.name ? -1 : 1; }).forEach(function (n) {
    list.appendChild(el("option", null, { value: n.name }));
  });
  var search = document.getElementById("search");
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null, rank = 4;
    data.nodes.forEach(function (n) {
      var name = n.name.toLowerCase();
      var r = name === q ? 0 : name.indexOf(q) === 0 ? 1 : name.indexOf(q) > 0 ? 2 : 4;
      if (r < rank || (r === rank && best && n.size > best.size)) { best = n; rank = r; }
    });
    return rank < 4 ? best : null;
  }
  function runSearch() {
    var hit = find(search.value);
    var out = document.getElementById("search-result");
    if (!hit) { out.textContent = search.value.trim() ? "No match" : ""; return; }
    if (!visible[hit.id]) {
      enabled[hit.kind] = true;
      var box = classes.querySelector('input[data-kind="' + hit.kind + '"]');
      if (box) box.checked = true;
      from.value = ""; to.value = "";
      refresh();
    }
    out.textContent = "Found: " + hit.name;
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.3, animation: false });
    describe(hit.id);
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") runSearch(); });

  // The side panel: name, class, date, Wikidata, and for events and quotes the words they came from.
  var panel = document.getElementById("panel");
  function describe(id) {
    var n = byId[id];
    panel.textContent = "";
    if (!n) return;
    panel.appendChild(el("h2", n.name));
    var facts = el("dl");
    function fact(term, value) {
      if (!value) return;
      facts.appendChild(el("dt", term));
      var dd = el("dd");
      if (value.nodeType) dd.appendChild(value); else dd.textContent = value;
      facts.appendChild(dd);
    }
    fact("Class", n.classLabel);
    fact("Date", n.date);
    if (n.wikidata) fact("Wikidata", el("a", n.wikidata.replace("http://www.wikidata.org/entity/", ""),
      { href: n.wikidata.replace("http://", "https://"), target: "_blank", rel: "noopener" }));
    fact("IRI", n.iri);
    panel.appendChild(facts);
    (n.sources || []).forEach(function (s) {
      panel.appendChild(el("blockquote", s.text, { "class": "source" }));
      panel.appendChild(el("div", "— " + s.article, { "class": "muted article" }));
    });
  }
  network.on("click", function (params) { if (params.nodes.length) describe(params.nodes[0]); });
})();
