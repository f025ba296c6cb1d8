/* factpipe's dataset viewer: every published value beside the sentence that states it.
 *
 * No library, no server: the data are script files (data/index.js, data/docs/<key>.js,
 * data/<table>/chunk-NNNNN.js) that call FP.load(key, value), added to the page on demand,
 * so the page works from file:// and from any static host, and loads only what it shows.
 * Routes live in the URL fragment, so every view and every row has a link:
 *   #/                                 documents
 *   #/table/<table>?unit=km&method=…  a table, filtered and sorted
 *   #/doc/<doc_id>                     a document, its spans highlighted
 *   #/doc/<doc_id>/<table>/<row id>    a document with one row's span highlighted
 * Offsets are Unicode code points: texts are sliced as arrays of code points, never as
 * JavaScript (UTF-16) strings.
 */
"use strict";

const FP = (() => {
  const waiting = new Map();
  const loaded = new Map();

  function load(key, value) {
    loaded.set(key, value);
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(value);
    }
  }

  function need(key, src) {
    if (loaded.has(key)) return Promise.resolve(loaded.get(key));
    return new Promise((resolve, reject) => {
      waiting.set(key, resolve);
      const script = document.createElement("script");
      script.src = src;
      script.onerror = () => {
        waiting.delete(key);
        reject(new Error("cannot load " + src));
      };
      document.head.appendChild(script);
    });
  }

  return { load, need };
})();
window.FP = FP;

const PAGE_ROWS = 200;
const app = document.getElementById("app");
let index = null;
let sortState = { column: null, descending: false };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function cell(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

function parseRoute() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ""));
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean);
  const params = new URLSearchParams(query || "");
  return { parts, params };
}

function docLink(docId, table, rowId) {
  let hash = "#/doc/" + encodeURIComponent(docId);
  if (table && rowId) hash += "/" + table + "/" + encodeURIComponent(rowId);
  return hash;
}

function tableLink(table, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const text = query.toString();
  return "#/table/" + table + (text ? "?" + text : "");
}

function chunk(table, n) {
  return FP.need(table + ":" + n, "data/" + table + "/chunk-" + String(n).padStart(5, "0") + ".js");
}

function documentData(docId) {
  return documentFile(docId).then((file) => FP.need("doc:" + docId, "data/docs/" + file + ".js"));
}

const fileOf = new Map();

async function documentFile(docId) {
  if (fileOf.has(docId)) return fileOf.get(docId);
  const info = index.tables.documents;
  for (let n = 0; n < info.chunks; n++) {
    const rows = await chunk("documents", n);
    for (const row of rows) fileOf.set(row.doc_id, row.file);
    if (fileOf.has(docId)) return fileOf.get(docId);
  }
  throw new Error("no document " + docId);
}

function keyOf(table) {
  const key = { documents: "doc_id", sentences: "sentence_id", facts: "fact_id",
    events: "event_id", entities: "entity_id", mentions: "mention_id",
    relations: "relation_id", rejects: "file", quarantine: "record_id" };
  return key[table] || "id";
}

/* ---------- table views ---------- */

function matches(row, filters) {
  for (const [column, wanted] of Object.entries(filters)) {
    if (!wanted) continue;
    if (column === "q") {
      const text = Object.values(row).map(cell).join(" ").toLowerCase();
      if (!text.includes(wanted.toLowerCase())) return false;
    } else if (cell(row[column]) !== wanted) {
      return false;
    }
  }
  return true;
}

function sortRows(rows) {
  const { column, descending } = sortState;
  if (!column) return rows;
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[column], y = b[column];
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

async function renderTable(table, params, intro = []) {
  const info = index.tables[table];
  if (!info) {
    app.replaceChildren(el("p", { class: "status" }, "This release has no " + table + " table."));
    return;
  }
  const filters = {};
  const facets = (index.facets[table] || {});
  for (const name of ["doc_id", ...Object.keys(facets), "q"]) filters[name] = params.get(name) || "";
  const columns = info.columns;
  const controls = el("form", { class: "filters", id: "filters", onsubmit: (e) => e.preventDefault() });
  const apply = () => {
    const next = {};
    for (const input of controls.querySelectorAll("[name]")) next[input.name] = input.value;
    location.hash = tableLink(table, next);
  };
  controls.append(el("label", {}, "search ", el("input", {
    name: "q", type: "search", value: filters.q, placeholder: "any text", onchange: apply,
  })));
  if (columns.includes("doc_id") && table !== "documents") {
    controls.append(el("label", {}, "document ", el("input", {
      name: "doc_id", value: filters.doc_id, placeholder: "doc_id", onchange: apply,
    })));
  }
  for (const [facet, values] of Object.entries(facets)) {
    const select = el("select", { name: facet, onchange: apply },
      el("option", { value: "" }, "any " + facet),
      values.map(([value, count]) => el("option", { value, selected: value === filters[facet] },
        value + " (" + count + ")")));
    controls.append(el("label", {}, facet + " ", select));
  }
  const status = el("p", { class: "status", id: "table-status" }, "Loading…");
  const body = el("tbody");
  const head = el("tr", {}, columns.map((c) => el("th", {
    "data-column": c,
    class: sortState.column === c ? (sortState.descending ? "sorted down" : "sorted up") : null,
    onclick: () => {
      sortState = { column: c, descending: sortState.column === c ? !sortState.descending : false };
      renderTable(table, params, intro);
    },
  }, c)));
  app.replaceChildren(...(intro.length ? intro : [el("h1", {}, table)]), controls, status,
    el("table", { class: "rows", id: "rows", "data-table": table }, el("thead", {}, head), body));

  let found = [];
  let loadedChunks = 0;
  if (filters.doc_id && table !== "documents") {
    const data = await documentData(filters.doc_id).catch(() => null);
    found = data && data[table] ? data[table].filter((r) => matches(r, filters)) : [];
    loadedChunks = info.chunks;
  }
  const more = el("button", { type: "button", id: "more" }, "load more");
  const show = () => {
    body.replaceChildren(...sortRows(found).slice(0, PAGE_ROWS).map((row) => tableRow(table, columns, row)));
    const all = loadedChunks >= info.chunks;
    status.textContent = found.length + " row(s)" + (found.length > PAGE_ROWS ? ", first " + PAGE_ROWS + " shown" : "")
      + (all ? " of " + info.rows : " in the first " + loadedChunks + " of " + info.chunks + " chunks");
    if (!all) status.append(" ", more);
  };
  const loadUntil = async (wanted) => {
    while (loadedChunks < info.chunks && found.length < wanted) {
      const rows = await chunk(table, loadedChunks);
      loadedChunks += 1;
      for (const row of rows) if (matches(row, filters)) found.push(row);
    }
    show();
  };
  more.addEventListener("click", () => loadUntil(found.length + PAGE_ROWS));
  await loadUntil(PAGE_ROWS);
}

function tableRow(table, columns, row) {
  const target = row.doc_id && ["sentences", "facts", "events", "mentions", "relations"].includes(table)
    ? docLink(row.doc_id, table, row[keyOf(table)])
    : table === "documents" ? docLink(row.doc_id) : null;
  const tr = el("tr", { "data-id": row[keyOf(table)], class: target ? "linked" : null });
  for (const c of columns) {
    const value = cell(row[c]);
    tr.append(el("td", { "data-column": c }, c === keyOf(table) && target
      ? el("a", { href: target, class: "row-link" }, value) : value));
  }
  if (target) tr.addEventListener("click", (e) => {
    if (e.target.tagName !== "A") location.hash = target;
  });
  return tr;
}

/* ---------- document view ---------- */

const KINDS = [["facts", "fact"], ["events", "event"], ["mentions", "mention"]];

function spanSegments(chars, spans) {
  // boundaries of every span; each segment knows the spans covering it
  const cuts = new Set([0, chars.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= chars.length).sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    segments.push({ a, b, covering });
  }
  return segments;
}

function renderText(data) {
  const chars = Array.from(data.document.text);
  const spans = [];
  for (const [table, kind] of KINDS) {
    for (const row of data[table] || []) {
      spans.push({ start: row.char_start, end: row.char_end, id: row[keyOf(table)], kind });
    }
  }
  const container = el("article", { class: "text", id: "text" });
  let block = el("p");
  container.append(block);
  for (const { a, b, covering } of spanSegments(chars, spans)) {
    const piece = chars.slice(a, b).join("");
    const lines = piece.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) {
        block = el("p");
        container.append(block);
      }
      if (!line) return;
      if (covering.length) {
        block.append(el("span", {
          class: "hl " + [...new Set(covering.map((s) => s.kind))].join(" "),
          "data-ids": covering.map((s) => s.id).join(" "),
          title: covering.map((s) => s.kind + " " + s.id).join("\n"),
        }, line));
      } else {
        block.append(line);
      }
    });
  }
  for (const p of container.querySelectorAll("p")) {
    const heading = /^\s*(=+)\s*(.*?)\s*=*\s*$/.exec(p.textContent);
    if (heading && p.childNodes.length === 1 && p.firstChild.nodeType === Node.TEXT_NODE) {
      p.replaceWith(el("h" + Math.min(6, heading[1].length + 1), { class: "section" }, heading[2]));
    } else if (!p.textContent.trim()) {
      p.remove();
    }
  }
  return container;
}

function highlight(rowId) {
  for (const node of document.querySelectorAll(".hl.active")) node.classList.remove("active");
  for (const row of document.querySelectorAll("tr.selected")) row.classList.remove("selected");
  if (!rowId) return;
  const parts = [...document.querySelectorAll(".hl")].filter((n) => n.dataset.ids.split(" ").includes(rowId));
  for (const node of parts) node.classList.add("active");
  if (parts.length) parts[0].scrollIntoView({ block: "center" });
  const row = document.querySelector('tr[data-id="' + CSS.escape(rowId) + '"]');
  if (row) {
    row.classList.add("selected");
    row.scrollIntoView({ block: "nearest" });
  }
}

function yearOf(date) {
  // an ISO 8601 prefix as a fractional year: "193" (a decade) → 1930, "-0026" → -26
  const match = /^(-?)(\d{2,4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(date || "");
  if (!match) return null;
  let year = Number(match[2]);
  if (match[2].length === 3) year *= 10;
  if (match[2].length === 2) year *= 100;
  if (match[1]) year = -year;
  return year + (match[3] ? (Number(match[3]) - 1) / 12 : 0) + (match[4] ? (Number(match[4]) - 1) / 365 : 0);
}

function timeline(docId, events) {
  const dated = events.map((e) => ({ e, t: yearOf(e.date) })).filter((x) => x.t !== null);
  if (!dated.length) return el("p", { class: "status" }, "No dated events.");
  const lo = Math.min(...dated.map((x) => x.t)), hi = Math.max(...dated.map((x) => x.t));
  const width = 560, left = 30, right = 30, span = Math.max(hi - lo, 1);
  const x = (t) => left + ((t - lo) / span) * (width - left - right);
  const chart = svg("svg", { viewBox: "0 0 " + width + " 70", class: "timeline", id: "timeline", role: "img" },
    svg("line", { x1: left, x2: width - right, y1: 35, y2: 35, class: "axis" }),
    svg("text", { x: left, y: 62, class: "tick" }, String(Math.floor(lo))),
    svg("text", { x: width - right, y: 62, class: "tick end" }, String(Math.ceil(hi))));
  for (const { e, t } of dated) {
    const link = svg("a", { href: docLink(docId, "events", e.event_id) },
      svg("circle", { cx: x(t).toFixed(1), cy: 35, r: 5, class: "event-dot" },
        svg("title", {}, e.date + ": " + e.description)));
    chart.append(link);
  }
  return chart;
}

function factChart(docId, facts) {
  const groups = new Map();
  for (const f of facts) {
    const name = f.property || f.attribute || f.unit;
    const key = name + " (" + f.unit + ")";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const shown = [...groups.entries()].filter(([, rows]) => rows.length).slice(0, 12);
  if (!shown.length) return el("p", { class: "status" }, "No facts.");
  const width = 560, rowHeight = 16;
  let y = 0;
  const chart = svg("svg", { class: "facts-chart", id: "facts-chart", role: "img" });
  for (const [key, rows] of shown) {
    chart.append(svg("text", { x: 0, y: y + 12, class: "group" }, key));
    y += rowHeight;
    const max = Math.max(...rows.map((r) => Math.abs(r.value_max ?? r.value)), 1e-9);
    for (const r of rows.slice(0, 8)) {
      const w = Math.max(2, (Math.abs(r.value) / max) * (width - 230));
      chart.append(svg("a", { href: docLink(docId, "facts", r.fact_id) },
        svg("rect", { x: 0, y: y + 2, width: w.toFixed(1), height: rowHeight - 5, class: "bar" },
          svg("title", {}, r.quote + (r.period ? " (" + r.period + ")" : ""))),
        svg("text", { x: w + 6, y: y + 12, class: "label" },
          r.quote + (r.period ? " · " + r.period : ""))));
      y += rowHeight;
    }
    y += 6;
  }
  chart.setAttribute("viewBox", "0 0 " + width + " " + y);
  return chart;
}

function sideTable(docId, table, rows, columns) {
  if (!rows || !rows.length) return null;
  const tbody = el("tbody", {}, rows.map((row) => {
    const id = row[keyOf(table)];
    const tr = el("tr", { "data-id": id, class: "linked", onclick: () => { location.hash = docLink(docId, table, id); } },
      columns.map((c) => el("td", { "data-column": c }, cell(row[c]))));
    return tr;
  }));
  return el("section", { class: "side-table" }, el("h2", {}, table + " (" + rows.length + ")"),
    el("table", { class: "rows", "data-table": table }, el("thead", {}, el("tr", {}, columns.map((c) => el("th", {}, c)))), tbody));
}

let currentDoc = null;

async function renderDocument(docId, table, rowId) {
  if (currentDoc !== docId || !document.getElementById("text")) {
    app.replaceChildren(el("p", { class: "status" }, "Loading…"));
    let data;
    try {
      data = await documentData(docId);
    } catch (err) {
      app.replaceChildren(el("p", { class: "status" }, "No document " + docId + "."));
      return;
    }
    currentDoc = docId;
    const doc = data.document;
    const factColumns = ["quote", "value", "unit", "qualifier", "period", "subject", "attribute"]
      .concat(data.facts && data.facts.length && "property" in data.facts[0] ? ["property"] : []);
    app.replaceChildren(
      el("h1", {}, doc.title),
      el("p", { class: "meta" }, doc.source, doc.license ? " · " + doc.license : "",
        " · ", el("a", { href: tableLink("facts", { doc_id: docId }) }, "facts as a table"),
        " · ", el("a", { href: tableLink("events", { doc_id: docId }) }, "events as a table")),
      el("div", { class: "document" },
        renderText(data),
        el("aside", { class: "panel" },
          el("h2", {}, "Timeline"), timeline(docId, data.events || []),
          el("h2", {}, "Facts by property"), factChart(docId, data.facts || []),
          sideTable(docId, "facts", data.facts, factColumns),
          sideTable(docId, "events", data.events, ["quote", "date", "description"]),
          sideTable(docId, "relations", data.relations, ["predicate", "quote"]))));
  }
  highlight(table && rowId ? rowId : null);
}

/* ---------- documents (home) ---------- */

async function renderHome(params) {
  const dataset = index.dataset;
  const counts = Object.entries(index.tables).filter(([n]) => n !== "documents")
    .map(([n, t]) => n + " " + t.rows).join(" · ");
  await renderTable("documents", params, [
    el("h1", {}, dataset.title),
    el("p", {}, dataset.description),
    el("p", { class: "meta" }, "Version " + dataset.version + " · " + counts + " · ",
      el("a", { href: "card.html" }, "dataset card")),
  ]);
}

/* ---------- routing ---------- */

async function route() {
  const { parts, params } = parseRoute();
  for (const link of document.querySelectorAll("#tabs a[data-table]")) {
    link.hidden = !index.tables[link.dataset.table];
  }
  try {
    if (parts[0] === "table" && parts[1]) {
      currentDoc = null;
      await renderTable(parts[1], params);
    } else if (parts[0] === "doc" && parts[1]) {
      await renderDocument(parts[1], parts[2], parts[3]);
    } else {
      currentDoc = null;
      await renderHome(params);
    }
  } catch (err) {
    app.replaceChildren(el("p", { class: "status error" }, String(err.message || err)));
  }
  document.body.dataset.ready = "1";
}

FP.need("index", "data/index.js").then((value) => {
  index = value;
  document.title = value.dataset.title;
  window.addEventListener("hashchange", () => {
    document.body.dataset.ready = "";
    route();
  });
  return route();
});
