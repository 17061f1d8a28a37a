// marsad web UI: events on an offline base map (SVG: country outlines and rivers from the
// embedded basemap.json), points sized by count and coloured by type; drag to pan, wheel to
// zoom.
import { api, filterForm, go, h, view } from "/ui/app.js";
import { eventsTable } from "/ui/views.js";

const NS = "http://www.w3.org/2000/svg";
const COLORS = ["#d9534f", "#0b5c8a", "#3c9a3c", "#c99a00", "#9651c7", "#e67e22", "#16a085", "#7f8c8d"];
// Equirectangular: x = lon, y = -lat, good enough for a region this size.
const line = (points) => "M" + points.map(([lon, lat]) => `${lon},${-lat}`).join("L");
const ring = (points) => line(points) + "Z";

function el(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export async function mapView(params) {
  const form = filterForm(params, [["type", "نوع الحدث"], ["actor", "فاعل"], ["place", "مكان"], ["from", "من"], ["to", "إلى"]], (v) => go("map", v), false);
  const filters = { type: params.type, actor: params.actor, place: params.place, from: params.from, to: params.to };
  // Counts per place and type from the server: every matching event, however many.
  const [base, points] = await Promise.all([fetch("/ui/basemap.json").then((r) => r.json()), api("events/places", filters)]);
  const [w, s, e, n] = base.bbox;
  const svg = el("svg", { viewBox: `${w} ${-n} ${e - w} ${n - s}` });
  // Countries, then rivers over them (MultiLineString features), then the points over both.
  const shapes = [...base.features].sort((a, b) => isRiver(a) - isRiver(b));
  for (const shape of shapes) {
    const river = isRiver(shape);
    const d = river ? shape.geometry.coordinates.map(line).join("")
      : shape.geometry.coordinates.flatMap((polygon) => polygon.map(ring)).join("");
    const path = el("path", { d, class: river ? "river" : "country" });
    path.append(Object.assign(document.createElementNS(NS, "title"), { textContent: shape.properties.name }));
    svg.append(path);
  }
  const types = [...new Set(points.features.map((f) => f.properties.type))].sort();
  const color = (t) => COLORS[types.indexOf(t) % COLORS.length];
  const list = h("div");
  // Most eventful first, so the small points are drawn over the large ones.
  for (const f of points.features) {
    const [lon, lat] = f.geometry.coordinates, p = f.properties;
    const dot = el("circle", { cx: lon, cy: -lat, r: 0.25 * Math.sqrt(p.count), fill: color(p.type), class: "point" });
    dot.append(Object.assign(document.createElementNS(NS, "title"), { textContent: `${p.place} · ${p.type}: ${p.count}` }));
    dot.addEventListener("click", async () => {
      const { events, more } = await api("events", { ...filters, place: p.place_entry, type: p.type, limit: 200 });
      list.replaceChildren(h("h3", {}, `${p.place} · ${p.type}: ${p.count}${more ? " (أحدث 200)" : ""}`), eventsTable(events));
    });
    svg.append(dot);
  }
  panAndZoom(svg);
  const total = points.features.reduce((sum, f) => sum + f.properties.count, 0);
  const legend = h("p", { class: "legend" }, types.map((t) => h("span", {}, h("i", { class: "key", style: `background:${color(t)}` }), t)));
  const meta = `${total} حدث بموقع في ${points.features.length} نقطة${points.more ? " (أكثر النقاط أحداثا فقط)" : ""}`;
  view().replaceChildren(form, legend, h("div", { class: "map-wrap" }, svg), h("p", { class: "meta" }, meta), list);
}

const isRiver = (shape) => shape.geometry.type === "MultiLineString";

/// Drag moves the view box, the wheel scales it around the pointer.
function panAndZoom(svg) {
  const box = () => svg.viewBox.baseVal;
  const scale = () => box().width / svg.clientWidth;
  let drag = null;
  svg.addEventListener("pointerdown", (e) => { drag = [e.clientX, e.clientY]; });
  svg.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    // Captured only once the pointer moves: a capture at pointerdown would send the click
    // to the map instead of the point under it.
    if (!svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
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
