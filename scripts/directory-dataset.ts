// Invented directory data for benchmarks: deterministic, so every run measures the same.
import { NEEDS } from '../src/domain/matching.js';

/** A small deterministic generator, so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
let random = rng(42);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
export const uuid = (n: number, kind: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Words of the field; each service uses a few, so a search finds a realistic share. */
const WORDS = [
  'youth',
  'family',
  'shelter',
  'counseling',
  'health',
  'clinic',
  'housing',
  'legal',
  'mentoring',
  'recovery',
  'education',
  'employment',
  'crisis',
  'support',
  'center',
  'program',
  'community',
  'refugio',
  'salud',
  'mental',
  'vivienda',
  'ayuda',
  'jóvenes',
  'familia',
  'trauma',
  'therapy',
  'drop-in',
  'food',
  'pantry',
  'transit',
  'tutoring',
  'court',
  'immigration',
  'dental',
  'vision',
  'parenting',
  'detox',
  'outreach',
  'hotline',
  'clothing',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'sen', 'vor', 'bel', 'dan', 'fi', 'gro', 'hal'];
/** Filler words that match nothing anyone searches for. */
const FILLER = Array.from(
  { length: 2000 },
  (_, i) =>
    [0, 1, 2]
      .map((k) => SYLLABLES[(i * 7 + k * 5 + Math.floor(i / (k + 3))) % SYLLABLES.length])
      .join('') + String(i % 97),
);
const CITIES = ['Demo City', 'Harbor', 'Eastside', 'Northgate', 'Lakeview', 'Riverside'];
const COUNTIES = ['Demo County', 'Neighbor County', 'Third County'];
const LANGUAGES: readonly [string, string][] = [
  ['en', 'English'],
  ['es', 'Spanish'],
  ['vi', 'Vietnamese'],
  ['zh', 'Chinese'],
  ['tl', 'Tagalog'],
];

/** `seed` restarts the generator: the same seed gives the same rows (the bench's is 42). */
export function dataset(count: number, seed = 42) {
  random = rng(seed);
  const t: Record<string, Record<string, unknown>[]> = {
    'organizations.csv': [],
    'services.csv': [],
    'locations.csv': [],
    'addresses.csv': [],
    'service_at_location.csv': [],
    'languages.csv': [],
    'service_areas.csv': [],
    'lantern_services.csv': [],
  };
  const push = (file: string, row: Record<string, unknown>) => (t[file] ??= []).push(row);
  const organizations = Math.ceil(count / 10);
  for (let o = 0; o < organizations; o += 1) {
    push('organizations.csv', {
      id: uuid(o, 1),
      name: `${pick(FILLER)} ${pick(FILLER)} organization ${o}`,
      description: 'Invented.',
    });
  }
  for (let i = 0; i < count; i += 1) {
    const id = uuid(i, 2);
    const min = pick([null, 10, 12, 14, 16]);
    push('services.csv', {
      id,
      organization_id: uuid(i % organizations, 1),
      status: 'active',
      name: `${pick(FILLER)} ${pick(WORDS)} ${i}`,
      description: [pick(WORDS), ...Array.from({ length: 12 }, () => pick(FILLER))].join(' '),
      minimum_age: min ?? undefined,
      maximum_age: min === null ? undefined : min + 8,
    });
    push('locations.csv', {
      id: uuid(i, 3),
      location_type: 'physical',
      name: `Site ${i}`,
      latitude: 37.6 + random() * 0.5,
      longitude: -122.5 + random() * 0.5,
    });
    push('addresses.csv', {
      id: uuid(i, 4),
      location_id: uuid(i, 3),
      address_1: `${i} Main Street`,
      city: pick(CITIES),
      state_province: 'CA',
      postal_code: String(94600 + Math.floor(random() * 20)),
      country: 'US',
      address_type: 'physical',
    });
    push('service_at_location.csv', { id: uuid(i, 5), service_id: id, location_id: uuid(i, 3) });
    const [code, name] = pick(LANGUAGES);
    push('languages.csv', { id: uuid(i, 6), service_id: id, code, name });
    push('service_areas.csv', { id: uuid(i, 7), service_id: id, name: pick(COUNTIES) });
    const group = random() < 0.2;
    push('lantern_services.csv', {
      service_id: id,
      needs: [pick(NEEDS), pick(NEEDS)].join(','),
      csec_specialized: random() < 0.3,
      level: pick(['prevention', 'intervention', 'both']),
      group_setting: group,
      cohort_rule: group ? pick(['at_risk_only', 'exploited_only', 'either']) : 'either',
      capacity_available: random() < 0.5 ? Math.floor(random() * 5) : '',
      capacity_maximum: '',
    });
  }
  return t;
}
