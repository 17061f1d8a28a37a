// Generates ../assets/basemap.json: country outlines of the Middle East as compact GeoJSON,
// from Natural Earth 1:50m (public domain) as packaged by the npm module world-atlas.
// Run: npm ci && npm run generate (in crates/server/basemap).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
// The region the map shows: Egypt and Turkey to Iran, the Gulf and Yemen.
const [WEST, SOUTH, EAST, NORTH] = [24, 11, 64, 43];

// 0.01° (about a kilometre) is finer than any pixel of the map, and halves the file.
const round = (ring) => {
  const out = [];
  for (const [lon, lat] of ring) {
    const point = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
};
const touches = (ring) => ring.some(([lon, lat]) => lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH);

const features = [];
for (const country of feature(topology, topology.objects.countries).features) {
  const polygons = country.geometry?.type === "Polygon" ? [country.geometry.coordinates]
    : country.geometry?.type === "MultiPolygon" ? country.geometry.coordinates : [];
  const kept = polygons.filter((rings) => touches(rings[0])).map((rings) => rings.map(round).filter((r) => r.length >= 4));
  if (kept.length) {
    features.push({ type: "Feature", properties: { name: country.properties.name },
      geometry: { type: "MultiPolygon", coordinates: kept } });
  }
}
const collection = { type: "FeatureCollection", bbox: [WEST, SOUTH, EAST, NORTH],
  properties: { source: "Natural Earth 1:50m admin-0 countries via world-atlas 2.0.2 (public domain)" }, features };
writeFileSync(new URL("../assets/basemap.json", import.meta.url), JSON.stringify(collection) + "\n");
console.log(`${features.length} countries`);
