// marsad web UI: the hash router, the API helper and the search and article views.
import { actorsView, entityView, sourcesView, timelineView } from "/ui/views.js";
import { mapView } from "/ui/map.js";

export const view = () => document.getElementById("view");

// Builds an element: h("a", {href: "#"}, "text", child…). Text is always set as text,
// never as HTML, so article text and names cannot inject markup.
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const response = await fetch(`/api/${path}${query.size ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

export const showError = (error) => view().replaceChildren(h("p", { class: "error" }, error.message));

/// The hash's path and parameters: `#/search?q=…` → ["search"], {q: …}.
function route() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  return [path.split("/").map(decodeURIComponent), Object.fromEntries(new URLSearchParams(query || ""))];
}

export const go = (path, params = {}) => {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  location.hash = `#/${path}${query.size ? "?" + query : ""}`;
};

async function render() {
  const [[name, arg], params] = route();
  try {
    if (name === "article") await articleView(arg, params);
    else if (name === "map") await mapView(params);
    else if (name === "timeline") await timelineView(params);
    else if (name === "actors") await actorsView("actors", params);
    else if (name === "places") await actorsView("places", params);
    else if (name === "actor") await entityView("actors", arg);
    else if (name === "place") await entityView("places", arg);
    else if (name === "sources") await sourcesView();
    else await searchView(params);
  } catch (error) {
    showError(error);
  }
}

// Text with highlighted character ranges (Unicode scalar values, as the API counts).
export function highlighted(text, ranges, offset = 0) {
  const chars = Array.from(text);
  const out = [];
  let at = 0;
  for (const { start, end } of ranges) {
    const [s, e] = [start - offset, end - offset];
    if (s < at || e > chars.length) continue;
    out.push(chars.slice(at, s).join(""), h("mark", {}, chars.slice(s, e).join("")));
    at = e;
  }
  out.push(chars.slice(at).join(""));
  return out;
}

const FILTERS = [["source", "المصدر"], ["actor", "فاعل"], ["place", "مكان"], ["type", "نوع الحدث"], ["from", "من YYYY-MM-DD"], ["to", "إلى YYYY-MM-DD"]];

export function filterForm(params, fields, onSubmit, withQuery = true) {
  const inputs = fields.map(([name, label]) => h("input", { name, placeholder: label, value: params[name] || "" }));
  const form = h("form", { class: "filters" },
    withQuery ? h("input", { name: "q", placeholder: "ابحث…", value: params.q || "", autofocus: "" }) : null,
    inputs, h("button", { type: "submit" }, "اعرض"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form)));
  });
  return form;
}

async function searchView(params) {
  const form = filterForm(params, FILTERS, (values) => go("search", values));
  view().replaceChildren(form);
  if (!Object.values(params).some((v) => v)) return;
  const limit = 20;
  const offset = Number(params.offset || 0);
  const results = await api("search", { ...params, limit, offset });
  const hits = results.hits.map((hit) => h("div", { class: "hit" },
    h("h3", {}, h("a", { href: `#/article/${hit.key}?q=${encodeURIComponent(params.q || "")}` },
      hit.title ? highlighted(hit.title, hit.title_highlights) : hit.article_id)),
    h("div", { class: "meta" }, [hit.source, hit.published].filter(Boolean).join(" · ")),
    h("p", { class: "snippet" }, hit.snippet.in_article.start > 0 ? "… " : "",
      highlighted(hit.snippet.text, hit.snippet.highlights), " …")));
  const pager = h("div", { class: "pager" },
    offset > 0 ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); go("search", { ...params, offset: Math.max(0, offset - limit) }); } }, "السابق") : null,
    offset + limit < results.total ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); go("search", { ...params, offset: offset + limit }); } }, "التالي") : null);
  view().append(h("p", { class: "meta" }, `${results.total} نتيجة`), ...hits, pager);
}

// Hover text of a mention: canonical name, type, coordinates or resolved date.
function mentionTitle(m) {
  if (m.kind === "actor") return [m.canonical || m.text, m.actor_type, m.entry].filter(Boolean).join(" · ");
  if (m.kind === "place") return [m.canonical || m.text, m.scale, m.lat != null ? `${m.lat}, ${m.lon}` : null].filter(Boolean).join(" · ");
  if (m.kind === "date") return `date ${m.value}`;
  return `${m.value}${m.unit ? " " + m.unit : ""}${m.approximate ? " (approx.)" : ""}`;
}

const nameOf = (record, ids) => ids.map((id) => { const m = record.mentions.find((x) => x.id === id); return m ? (m.canonical || m.text) : id; }).join("، ") || "—";

/// Every annotation of the article as [start, end, class, title].
function annotations(record, highlights) {
  const spans = record.mentions.map((m) => [m.start, m.end, `m-${m.kind}`, mentionTitle(m)]);
  for (const ev of record.events) {
    const speaker = ev.claimed_by.length ? ` · قال: ${nameOf(record, ev.claimed_by)}` : "";
    spans.push([ev.trigger.start, ev.trigger.end, "ev",
      `${ev.type}${ev.mode ? "/" + ev.mode : ""}: ${nameOf(record, ev.actor)} → ${nameOf(record, ev.target)}${speaker}${ev.negated ? " (منفي)" : ""}`]);
  }
  for (const c of record.claims) {
    const who = c.speaker.length ? nameOf(record, c.speaker) : (c.speaker_text || "?");
    spans.push([c.start, c.end, "claim", `claim (${c.kind}) · ${who}`]);
    spans.push([c.cue.start, c.cue.end, "cue", `claim cue (${c.kind}) · ${who}`]);
  }
  for (const r of highlights) spans.push([r.start, r.end, "hl", "search match"]);
  return spans;
}

/// The text cut at every annotation boundary, each piece carrying the classes and titles of
/// the annotations over it: overlapping spans (an event trigger inside a claim) all show.
function annotatedText(record, highlights) {
  const chars = Array.from(record.text);
  const spans = annotations(record, highlights);
  const cuts = [...new Set([0, chars.length, ...spans.flatMap(([s, e]) => [s, e])])].filter((x) => x >= 0 && x <= chars.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, e] = [cuts[i], cuts[i + 1]];
    const over = spans.filter(([a, b]) => a <= s && b >= e);
    const text = chars.slice(s, e).join("");
    pieces.push(over.length ? h("span", { class: over.map((x) => x[2]).join(" "), title: over.map((x) => x[3]).join("\n") }, text) : text);
  }
  return h("div", { class: "article-text", dir: "rtl" }, pieces);
}

async function articleView(key, params) {
  const article = await api(`articles/${encodeURIComponent(key)}`, { q: params.q });
  const r = article.record;
  const legend = h("p", { class: "legend" }, h("span", { class: "m-actor" }, "فاعل"), h("span", { class: "m-place" }, "مكان"),
    h("span", { class: "m-date" }, "تاريخ"), h("span", { class: "m-quantity" }, "عدد"), h("span", { class: "ev" }, "حدث"), h("span", { class: "claim" }, "تصريح"));
  const group = article.group ? h("div", { class: "card" }, h("strong", {}, "نسخ مكررة: "),
    article.group.members.map((m) => h("a", { href: `#/article/${m.key}`, style: "margin-inline-end:1rem" }, `${m.source || ""} ${m.article_id}`))) : null;
  const events = h("table", {}, h("tr", {}, ["النوع", "الفاعل", "الهدف", "المكان", "التاريخ", "القائل"].map((t) => h("th", {}, t))),
    r.events.map((ev) => h("tr", {}, h("td", {}, ev.type), h("td", {}, nameOf(r, ev.actor)), h("td", {}, nameOf(r, ev.target)),
      h("td", {}, nameOf(r, ev.place)), h("td", {}, ev.date != null ? nameOf(r, [ev.date]) : "—"), h("td", {}, nameOf(r, ev.claimed_by)))));
  view().replaceChildren(h("h2", {}, r.title || r.id), h("p", { class: "meta" }, [r.source, r.published, r.url].filter(Boolean).join(" · ")),
    legend, annotatedText(r, article.highlights), ...(group ? [group] : []), h("h3", {}, `الأحداث (${r.events.length})`), events);
}

// Last, so every view and constant above is initialised before the first render.
window.addEventListener("hashchange", render);
render();
