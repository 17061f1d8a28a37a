// Generates ../assets/basemap.json, the web UI's offline base map of the Middle East as
// compact GeoJSON: country outlines from Natural Earth 1:50m (public domain) as packaged by
// the npm module world-atlas, and rivers from Natural Earth 1:50m rivers and lake
// centrelines (public domain) as packaged by the Debian package libmagics++-data.
// Run: npm ci && ./fetch-rivers.sh && npm run generate (in crates/server/basemap).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const RIVERS = new URL("debian/root/usr/share/magics/50m/ne_50m_rivers_lake_centerlines", import.meta.url).pathname;
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
const inside = ([lon, lat]) => lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
const touches = (ring) => ring.some(inside);

function countries() {
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
  return features;
}

// The polylines of an ESRI shapefile (.shp, shape type 3), each record as a list of parts.
function readPolylines(path) {
  const buf = readFileSync(path);
  const records = [];
  for (let at = 100; at < buf.length;) {
    const length = buf.readInt32BE(at + 4) * 2; // in 16-bit words, after the 8-byte header
    const body = at + 8;
    if (buf.readInt32LE(body) === 3) {
      const parts = buf.readInt32LE(body + 36), points = buf.readInt32LE(body + 40);
      const starts = Array.from({ length: parts }, (_, i) => buf.readInt32LE(body + 44 + 4 * i));
      const xy = body + 44 + 4 * parts;
      const point = (i) => [buf.readDoubleLE(xy + 16 * i), buf.readDoubleLE(xy + 16 * i + 8)];
      records.push(starts.map((start, i) => Array.from({ length: (starts[i + 1] ?? points) - start }, (_, k) => point(start + k))));
    } else {
      records.push([]); // a null shape keeps the record numbers in step with the .dbf
    }
    at = body + length;
  }
  return records;
}

// The rows of a dBASE table (.dbf) as objects of trimmed strings.
function readTable(path) {
  const buf = readFileSync(path);
  const count = buf.readUInt32LE(4), headerBytes = buf.readUInt16LE(8), rowBytes = buf.readUInt16LE(10);
  const fields = [];
  for (let at = 32, offset = 1; buf[at] !== 0x0d; at += 32) {
    const name = buf.toString("latin1", at, at + 11).replace(/\0.*$/s, "");
    fields.push({ name, offset, size: buf[at + 16] });
    offset += buf[at + 16];
  }
  return Array.from({ length: count }, (_, row) => {
    const start = headerBytes + row * rowBytes;
    return Object.fromEntries(fields.map((f) => [f.name, buf.toString("utf8", start + f.offset, start + f.offset + f.size).trim()]));
  });
}

// The segment a-b cut to the region (Liang-Barsky), or null when it lies outside.
function clipSegment([x0, y0], [x1, y1]) {
  let t0 = 0, t1 = 1;
  const dx = x1 - x0, dy = y1 - y0;
  for (const [p, q] of [[-dx, x0 - WEST], [dx, EAST - x0], [-dy, y0 - SOUTH], [dy, NORTH - y0]]) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
    }
  }
  return t0 > t1 ? null : [[x0 + t0 * dx, y0 + t0 * dy], [x0 + t1 * dx, y0 + t1 * dy]];
}

// A line cut to the region: the pieces of it inside.
function clipLine(line) {
  const pieces = [];
  let current = null;
  for (let i = 1; i < line.length; i++) {
    const cut = clipSegment(line[i - 1], line[i]);
    if (!cut) { current = null; continue; }
    const continues = current && current[current.length - 1][0] === cut[0][0] && current[current.length - 1][1] === cut[0][1];
    if (continues) current.push(cut[1]);
    else pieces.push(current = [cut[0], cut[1]]);
    if (cut[1] !== line[i] && (cut[1][0] !== line[i][0] || cut[1][1] !== line[i][1])) current = null;
  }
  return pieces;
}

function rivers() {
  const lines = readPolylines(RIVERS + ".shp");
  const rows = readTable(RIVERS + ".dbf");
  const features = [];
  lines.forEach((parts, i) => {
    const kept = parts.flatMap(clipLine).map(round).filter((line) => line.length >= 2);
    if (kept.length) {
      features.push({ type: "Feature", properties: { name: (rows[i]?.name ?? "").replace(/\s+/g, " "), kind: "river" },
        geometry: { type: "MultiLineString", coordinates: kept } });
    }
  });
  return features;
}

const land = countries(), water = rivers();
const collection = { type: "FeatureCollection", bbox: [WEST, SOUTH, EAST, NORTH],
  properties: { source: "Natural Earth 1:50m (public domain): admin-0 countries via world-atlas 2.0.2; rivers and lake centerlines v3.0.0 via Debian libmagics++-data 4.13.0-1" },
  features: [...land, ...water] };
writeFileSync(new URL("../assets/basemap.json", import.meta.url), JSON.stringify(collection) + "\n");
console.log(`${land.length} countries, ${water.length} rivers (${water.map((f) => f.properties.name).filter(Boolean).join(", ")})`);
