// marsad web UI: actor and place lists and pages, outlets, and the timeline of events.
import { api, filterForm, go, h, view } from "/ui/app.js";

const names = (list) => list.map((x) => x.name).join("، ") || "—";

export function eventsTable(events) {
  return h("table", {}, h("tr", {}, ["اليوم", "النوع", "الفاعل", "الهدف", "المكان", "القائل", "المقال"].map((t) => h("th", {}, t))),
    events.map((e) => h("tr", {}, h("td", {}, e.day || "—"), h("td", {}, e.type), h("td", {}, names(e.actors)),
      h("td", {}, names(e.targets)), h("td", {}, names(e.places)), h("td", {}, names(e.claimed_by)),
      h("td", {}, h("a", { href: `#/article/${e.article_key}` }, e.article_id)))));
}

export async function actorsView(kind, params) {
  const { entities } = await api(kind, { type: params.type, limit: 200 });
  const page = kind === "actors" ? "actor" : "place";
  view().replaceChildren(
    filterForm(params, [["type", kind === "actors" ? "النوع (armed_group…)" : "النطاق (town…)"]], (v) => go(kind, v), false),
    h("table", {}, h("tr", {}, ["الاسم", "النوع", "الذكر", "المقالات", "فاعل", "هدف", "أول ظهور", "آخر ظهور"].map((t) => h("th", {}, t))),
      entities.map((e) => h("tr", {}, h("td", {}, h("a", { href: `#/${page}/${encodeURIComponent(e.entry)}` }, e.name)),
        h("td", {}, e.type || ""), h("td", {}, e.mentions), h("td", {}, e.articles), h("td", {}, e.as_actor),
        h("td", {}, e.as_target), h("td", {}, e.first_seen || ""), h("td", {}, e.last_seen || "")))));
}

export async function entityView(kind, entry) {
  const page = await api(`${kind}/${encodeURIComponent(entry)}`);
  const s = page.summary;
  const parts = [h("h2", {}, s.name), h("p", { class: "meta" },
    [s.entry, s.type, s.country, s.lat != null ? `${s.lat}, ${s.lon}` : null, `${s.mentions} ذكر في ${s.articles} مقال`,
      `${s.first_seen || "?"} — ${s.last_seen || "?"}`].filter(Boolean).join(" · ")),
    h("p", {}, h("a", { href: `#/timeline?${kind === "actors" ? "actor" : "place"}=${encodeURIComponent(s.entry)}` }, "الخط الزمني"))];
  if (kind === "actors") {
    parts.push(h("h3", {}, `فاعلا (${page.as_actor.length})`), eventsTable(page.as_actor),
      h("h3", {}, `هدفا (${page.as_target.length})`), eventsTable(page.as_target),
      h("h3", {}, `تصريحاته (${page.claims.length})`),
      h("table", {}, page.claims.map((c) => h("tr", {}, h("td", {}, c.published || ""), h("td", {}, c.kind), h("td", {}, c.cue),
        h("td", {}, h("a", { href: `#/article/${c.article_key}` }, c.article_id))))));
  } else {
    parts.push(h("h3", {}, `الأحداث (${page.events.length})`), eventsTable(page.events));
  }
  parts.push(h("h3", {}, "المصادر"), h("table", {}, page.outlets.map((o) => h("tr", {}, h("td", {}, o.source || "—"), h("td", {}, `${o.articles} مقال`), h("td", {}, `${o.mentions} ذكر`)))));
  view().replaceChildren(...parts);
}

export async function sourcesView() {
  const { sources } = await api("sources");
  view().replaceChildren(h("table", {}, h("tr", {}, ["المصدر", "المقالات", "الأحداث", "التصريحات", "من", "إلى"].map((t) => h("th", {}, t))),
    sources.map((s) => h("tr", {}, h("td", {}, h("a", { href: `#/search?source=${encodeURIComponent(s.source)}` }, s.source)), h("td", {}, s.articles),
      h("td", {}, s.events), h("td", {}, s.claims), h("td", {}, s.first_published || ""), h("td", {}, s.last_published || "")))));
}

/// Events per day as SVG bars, counted by the server over every matching event; a click on
/// a bar lists that day's events.
export async function timelineView(params) {
  const form = filterForm(params, [["type", "نوع الحدث"], ["actor", "فاعل"], ["place", "مكان"], ["from", "من"], ["to", "إلى"]], (v) => go("timeline", v), false);
  const filters = { type: params.type, actor: params.actor, place: params.place, from: params.from, to: params.to };
  const [{ days, total }, latest] = await Promise.all([api("events/days", filters), api("events", { ...filters, limit: 100 })]);
  const list = h("div", { class: "day-list" });
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const width = Math.max(days.length * 12, 300), height = 200, top = Math.max(1, ...days.map((d) => d.count));
  // Bars share the whole width: a few days get wide bars instead of a corner of the chart.
  const slot = width / Math.max(1, days.length);
  svg.setAttribute("viewBox", `0 0 ${width} ${height + 30}`);
  svg.setAttribute("preserveAspectRatio", "none");
  days.forEach(({ day, count, by_type }, i) => {
    const bh = (count / top) * height;
    const bar = document.createElementNS(svg.namespaceURI, "rect");
    Object.entries({ x: i * slot + 1, y: height - bh, width: Math.max(1, slot - 2), height: bh, class: "bar", "data-day": day }).forEach(([k, v]) => bar.setAttribute(k, v));
    const title = document.createElementNS(svg.namespaceURI, "title");
    title.textContent = `${day}: ${count} (${Object.entries(by_type).map(([t, n]) => `${t} ${n}`).join("، ")})`;
    bar.append(title);
    bar.addEventListener("click", async () => {
      svg.querySelectorAll(".bar.on").forEach((b) => b.classList.remove("on"));
      bar.classList.add("on");
      const { events, more } = await api("events", { ...filters, from: day, to: day, limit: 500 });
      list.replaceChildren(h("h3", {}, `${day} (${count}${more ? "، أول 500" : ""})`), eventsTable(events));
    });
    svg.append(bar);
  });
  // The first day under the first bar, the last under the last, each at its edge of the
  // chart, so the two never overlap.
  const ends = days.length > 1 ? [[0, 0, "start"], [days.length - 1, width, "end"]] : days.length ? [[0, 0, "start"]] : [];
  for (const [i, x, anchor] of ends) {
    const label = document.createElementNS(svg.namespaceURI, "text");
    Object.entries({ x, y: height + 20, "font-size": 11, "text-anchor": anchor }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = days[i].day;
    svg.append(label);
  }
  list.replaceChildren(h("h3", {}, "أحدث الأحداث"), eventsTable(latest.events));
  view().replaceChildren(form, h("p", { class: "meta" }, `${total} حدث في ${days.length} يوم`), h("div", { class: "timeline" }, svg), list);
}
