// marsad web UI: events on an offline base map (SVG: country outlines from the embedded
// basemap.json), points sized by count and coloured by type; drag to pan, wheel to zoom.
import { api, filterForm, go, h, view } from "/ui/app.js";
import { eventsTable } from "/ui/views.js";

const NS = "http://www.w3.org/2000/svg";
const COLORS = ["#d9534f", "#0b5c8a", "#3c9a3c", "#c99a00", "#9651c7", "#e67e22", "#16a085", "#7f8c8d"];
// Equirectangular: x = lon, y = -lat, good enough for a region this size.
const ring = (points) => "M" + points.map(([lon, lat]) => `${lon},${-lat}`).join("L") + "Z";

function el(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export async function mapView(params) {
  const form = filterForm(params, [["type", "نوع الحدث"], ["actor", "فاعل"], ["place", "مكان"], ["from", "من"], ["to", "إلى"]], (v) => go("map", v), false);
  const [base, events] = await Promise.all([
    fetch("/ui/basemap.json").then((r) => r.json()),
    api("events", { format: "geojson", limit: 5000, type: params.type, actor: params.actor, place: params.place, from: params.from, to: params.to }),
  ]);
  const [w, s, e, n] = base.bbox;
  const svg = el("svg", { viewBox: `${w} ${-n} ${e - w} ${n - s}` });
  for (const country of base.features) {
    const d = country.geometry.coordinates.flatMap((polygon) => polygon.map(ring)).join("");
    const path = el("path", { d, class: "country" });
    path.append(Object.assign(document.createElementNS(NS, "title"), { textContent: country.properties.name }));
    svg.append(path);
  }
  const types = [...new Set(events.features.map((f) => f.properties.type))].sort();
  const color = (t) => COLORS[types.indexOf(t) % COLORS.length];
  // One point per place and type; its area grows with the number of events.
  const groups = new Map();
  for (const f of events.features) {
    const key = `${f.geometry.coordinates.join(",")}|${f.properties.type}`;
    groups.set(key, [...(groups.get(key) || []), f]);
  }
  const list = h("div");
  for (const features of groups.values()) {
    const [lon, lat] = features[0].geometry.coordinates, p = features[0].properties;
    const dot = el("circle", { cx: lon, cy: -lat, r: 0.25 * Math.sqrt(features.length), fill: color(p.type), class: "point" });
    dot.append(Object.assign(document.createElementNS(NS, "title"), { textContent: `${p.place} · ${p.type}: ${features.length}` }));
    dot.addEventListener("click", () => list.replaceChildren(h("h3", {}, `${p.place} · ${p.type}`),
      h("ul", {}, features.map((f) => h("li", {}, `${f.properties.day || ""} ${f.properties.actors.join("، ")} → ${f.properties.targets.join("، ")} `,
        h("a", { href: `#/article/${f.properties.article_key}` }, "المقال"))))));
    svg.append(dot);
  }
  panAndZoom(svg);
  const legend = h("p", { class: "legend" }, types.map((t) => h("span", {}, h("i", { class: "key", style: `background:${color(t)}` }), t)));
  view().replaceChildren(form, legend, h("div", { class: "map-wrap" }, svg), h("p", { class: "meta" }, `${events.features.length} حدث بموقع`), list);
}

/// Drag moves the view box, the wheel scales it around the pointer.
function panAndZoom(svg) {
  const box = () => svg.viewBox.baseVal;
  const scale = () => box().width / svg.clientWidth;
  let drag = null;
  svg.addEventListener("pointerdown", (e) => { drag = [e.clientX, e.clientY]; svg.setPointerCapture(e.pointerId); });
  svg.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const k = scale();
    box().x -= (e.clientX - drag[0]) * k;
    box().y -= (e.clientY - drag[1]) * k;
    drag = [e.clientX, e.clientY];
  });
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const f = e.deltaY > 0 ? 1.2 : 1 / 1.2, rect = svg.getBoundingClientRect();
    const px = box().x + (e.clientX - rect.left) * scale(), py = box().y + (e.clientY - rect.top) * scale();
    box().x = px - (px - box().x) * f;
    box().y = py - (py - box().y) * f;
    box().width *= f;
    box().height *= f;
  }, { passive: false });
}
