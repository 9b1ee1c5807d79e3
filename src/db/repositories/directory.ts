// The resource directory's storage: HSDS records as JSON, Lantern's fields beside them, and
// the derived search table. No youth data lives here.
import type { Queryable } from '../database.js';
import type { HsdsKind, HsdsRecord } from '../../hsds/tables.js';
import type { ServiceProfileRow } from '../../hsds/dataset.js';

const BATCH = 500;

function* chunks<T>(items: readonly T[], size = BATCH): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function directoryIds(db: Queryable, kind: HsdsKind): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>('SELECT id FROM hsds_records WHERE kind = $1', [
    kind,
  ]);
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes records for their owner: new ones are created owned by `ownerJurisdictionId`; an
 * existing one changes only when its data differs and the same jurisdiction owns it. The
 * import service refuses foreign changes before it gets here; the condition is a second lock.
 */
export async function upsertRecords(
  tx: Queryable,
  kind: HsdsKind,
  records: readonly HsdsRecord[],
  ownerJurisdictionId: string,
  now: Date,
): Promise<void> {
  for (const chunk of chunks(records)) {
    await tx.query(
      `INSERT INTO hsds_records (kind, id, data, updated_at, owner_jurisdiction_id)
       SELECT $1, e ->> 'id', e, $3, $4 FROM jsonb_array_elements($2::jsonb) AS e
       ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at
         WHERE hsds_records.data IS DISTINCT FROM excluded.data
           AND hsds_records.owner_jurisdiction_id = excluded.owner_jurisdiction_id`,
      [kind, JSON.stringify(chunk), now, ownerJurisdictionId],
    );
  }
}

export async function upsertServiceProfiles(
  tx: Queryable,
  profiles: readonly ServiceProfileRow[],
  now: Date,
): Promise<void> {
  for (const chunk of chunks(profiles)) {
    await tx.query(
      `INSERT INTO directory_service_profiles (service_id, needs, csec_specialized, csec_training,
         level, group_setting, cohort_rule, genders, lgbtq_affirming, alternative_to_detention,
         capacity_available, capacity_maximum, capacity_updated_at, response_business_days,
         updated_at)
       SELECT p.service_id, ARRAY(SELECT jsonb_array_elements_text(p.needs)), p.csec_specialized,
         p.csec_training, p.level, p.group_setting, p.cohort_rule,
         CASE WHEN p.genders IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(p.genders)) END,
         p.lgbtq_affirming, p.alternative_to_detention, p.capacity_available, p.capacity_maximum,
         CASE WHEN p.capacity_available IS NULL THEN NULL ELSE $2::timestamptz END,
         p.response_business_days, $2
       FROM jsonb_to_recordset($1::jsonb) AS p(service_id text, needs jsonb,
         csec_specialized boolean, csec_training text, level text, group_setting boolean,
         cohort_rule text, genders jsonb, lgbtq_affirming boolean,
         alternative_to_detention boolean, capacity_available integer, capacity_maximum integer,
         response_business_days integer)
       ON CONFLICT (service_id) DO UPDATE SET needs = excluded.needs,
         csec_specialized = excluded.csec_specialized, csec_training = excluded.csec_training,
         level = excluded.level, group_setting = excluded.group_setting,
         cohort_rule = excluded.cohort_rule, genders = excluded.genders,
         lgbtq_affirming = excluded.lgbtq_affirming,
         alternative_to_detention = excluded.alternative_to_detention,
         capacity_available = excluded.capacity_available,
         capacity_maximum = excluded.capacity_maximum,
         capacity_updated_at = excluded.capacity_updated_at,
         response_business_days = excluded.response_business_days,
         updated_at = excluded.updated_at`,
      [
        JSON.stringify(
          chunk.map((p) => ({
            service_id: p.serviceId,
            needs: p.needs,
            csec_specialized: p.csecSpecialized,
            csec_training: p.csecTraining,
            level: p.level,
            group_setting: p.groupSetting,
            cohort_rule: p.cohortRule,
            genders: p.genders,
            lgbtq_affirming: p.lgbtqAffirming,
            alternative_to_detention: p.alternativeToDetention,
            capacity_available: p.capacityAvailable,
            capacity_maximum: p.capacityMaximum,
            response_business_days: p.responseBusinessDays,
          })),
        ),
        now,
      ],
    );
  }
}

export async function upsertLocationProfiles(
  tx: Queryable,
  confidential: ReadonlyMap<string, boolean>,
  now: Date,
): Promise<void> {
  const rows = [...confidential].map(([location_id, flag]) => ({
    location_id,
    confidential: flag,
  }));
  for (const chunk of chunks(rows)) {
    await tx.query(
      `INSERT INTO directory_location_profiles (location_id, confidential, updated_at)
       SELECT p.location_id, p.confidential, $2
       FROM jsonb_to_recordset($1::jsonb) AS p(location_id text, confidential boolean)
       ON CONFLICT (location_id) DO UPDATE
         SET confidential = excluded.confidential, updated_at = excluded.updated_at`,
      [JSON.stringify(chunk), now],
    );
  }
}

export async function upsertOrganizationLink(
  tx: Queryable,
  hsdsOrganizationId: string,
  organization: { id: string; jurisdictionId: string },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO directory_organization_links
       (hsds_organization_id, jurisdiction_id, organization_id, updated_at)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (hsds_organization_id) DO UPDATE SET jurisdiction_id = excluded.jurisdiction_id,
       organization_id = excluded.organization_id, updated_at = excluded.updated_at`,
    [hsdsOrganizationId, organization.jurisdictionId, organization.id, now],
  );
}

export interface OrganizationLink {
  readonly hsdsOrganizationId: string;
  readonly jurisdictionId: string;
  readonly organizationId: string;
}

export async function listOrganizationLinks(db: Queryable): Promise<OrganizationLink[]> {
  const rows = await db.query<{
    hsds_organization_id: string;
    jurisdiction_id: string;
    organization_id: string;
  }>(
    'SELECT hsds_organization_id, jurisdiction_id, organization_id FROM directory_organization_links ORDER BY 1',
  );
  return rows.map((r) => ({
    hsdsOrganizationId: r.hsds_organization_id,
    jurisdictionId: r.jurisdiction_id,
    organizationId: r.organization_id,
  }));
}

export async function confidentialLocationIds(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ location_id: string }>(
    'SELECT location_id FROM directory_location_profiles WHERE confidential',
  );
  return new Set(rows.map((r) => r.location_id));
}

export async function listRecords(db: Queryable, kind: HsdsKind): Promise<HsdsRecord[]> {
  const rows = await db.query<{ data: HsdsRecord }>(
    'SELECT data FROM hsds_records WHERE kind = $1 ORDER BY id',
    [kind],
  );
  return rows.map((r) => r.data);
}

/** Records with the time Lantern's copy last changed. */
export async function listRecordsWithTimes(
  db: Queryable,
  kind: HsdsKind,
): Promise<{ data: HsdsRecord; updatedAt: Date }[]> {
  const rows = await db.query<{ data: HsdsRecord; updated_at: Date }>(
    'SELECT data, updated_at FROM hsds_records WHERE kind = $1 ORDER BY id',
    [kind],
  );
  return rows.map((r) => ({ data: r.data, updatedAt: r.updated_at }));
}

export async function findRecords(
  db: Queryable,
  kind: HsdsKind,
  ids: readonly string[],
): Promise<HsdsRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<{ data: HsdsRecord }>(
    'SELECT data FROM hsds_records WHERE kind = $1 AND id = ANY($2::text[]) ORDER BY id',
    [kind, ids],
  );
  return rows.map((r) => r.data);
}

/** The fields records are nested by; each has its own index (migration 0003). */
export const LINK_FIELDS = {
  service_id: `data ->> 'service_id'`,
  location_id: `data ->> 'location_id'`,
  organization_id: `data ->> 'organization_id'`,
  service_at_location_id: `data ->> 'service_at_location_id'`,
  contact_id: `data ->> 'contact_id'`,
  phone_id: `data ->> 'phone_id'`,
  link_id: `data ->> 'link_id'`,
  resource_id: `data ->> 'resource_id'`,
  taxonomy_id: `data ->> 'taxonomy_id'`,
} as const;
export type LinkField = keyof typeof LINK_FIELDS;

/** The predicate of each field's partial index, so the planner can use it. */
const LINK_KIND_FILTER: Record<LinkField, string> = {
  service_id: `data ? 'service_id'`,
  location_id: `data ? 'location_id'`,
  organization_id: `data ? 'organization_id'`,
  service_at_location_id: `data ? 'service_at_location_id'`,
  contact_id: `data ? 'contact_id'`,
  phone_id: `data ? 'phone_id'`,
  link_id: `kind = 'attribute'`,
  resource_id: `kind = 'metadata'`,
  taxonomy_id: `kind = 'taxonomy_term'`,
};

/** One look-up of recordsByLookups: by a link field (of any kind, or of one), or by id. */
export type RecordLookup =
  | { readonly field: LinkField; readonly ids: readonly string[]; readonly kind?: HsdsKind }
  | { readonly field: 'id'; readonly ids: readonly string[]; readonly kind: HsdsKind };

/**
 * Several look-ups in one statement: records whose link `field` is one of `ids` (of any kind, or
 * only of `kind`), or records of `kind` by id. Each look-up keeps the filter of its field's
 * partial index (migration 0003), so the planner uses it; every row names its look-up by its
 * place in `lookups`, and rows come by look-up, then kind and id. The directory's record graph
 * (src/server/services/directory/graph.ts) loads a level of records in one round trip this way.
 */
export async function recordsByLookups(
  db: Queryable,
  lookups: readonly RecordLookup[],
): Promise<{ lookup: number; kind: HsdsKind; data: HsdsRecord }[]> {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  const branches: string[] = [];
  lookups.forEach((lookup, index) => {
    for (const chunk of chunks(lookup.ids, 2000)) {
      const ofKind = lookup.kind === undefined ? '' : ` AND kind = ${p(lookup.kind)}`;
      const match =
        lookup.field === 'id'
          ? `id = ANY(${p(chunk)}::text[])`
          : `${LINK_KIND_FILTER[lookup.field]} AND ${LINK_FIELDS[lookup.field]} = ANY(${p(chunk)}::text[])`;
      branches.push(
        `SELECT ${String(index)} AS lookup, kind, id, data FROM hsds_records WHERE ${match}${ofKind}`,
      );
    }
  });
  if (branches.length === 0) return [];
  return db.query<{ lookup: number; kind: HsdsKind; data: HsdsRecord }>(
    `SELECT lookup, kind, data FROM (${branches.join(' UNION ALL ')}) found ORDER BY lookup, kind, id`,
    params,
  );
}

export interface ServiceProfile extends ServiceProfileRow {
  readonly capacityUpdatedAt: Date | null;
}

interface ProfileDbRow {
  service_id: string;
  needs: string[];
  csec_specialized: boolean;
  csec_training: string | null;
  level: ServiceProfile['level'];
  group_setting: boolean;
  cohort_rule: ServiceProfile['cohortRule'];
  genders: string[] | null;
  lgbtq_affirming: boolean;
  alternative_to_detention: boolean;
  capacity_available: number | null;
  capacity_maximum: number | null;
  capacity_updated_at: Date | null;
  response_business_days: number;
}

const toProfile = (r: ProfileDbRow): ServiceProfile => ({
  serviceId: r.service_id,
  needs: r.needs,
  csecSpecialized: r.csec_specialized,
  csecTraining: r.csec_training,
  level: r.level,
  groupSetting: r.group_setting,
  cohortRule: r.cohort_rule,
  genders: r.genders,
  lgbtqAffirming: r.lgbtq_affirming,
  alternativeToDetention: r.alternative_to_detention,
  capacityAvailable: r.capacity_available,
  capacityMaximum: r.capacity_maximum,
  capacityUpdatedAt: r.capacity_updated_at,
  responseBusinessDays: r.response_business_days,
});

export async function findServiceProfiles(
  db: Queryable,
  serviceIds: readonly string[] | 'all',
): Promise<Map<string, ServiceProfile>> {
  const rows =
    serviceIds === 'all'
      ? await db.query<ProfileDbRow>('SELECT * FROM directory_service_profiles')
      : await db.query<ProfileDbRow>(
          'SELECT * FROM directory_service_profiles WHERE service_id = ANY($1::text[])',
          [serviceIds],
        );
  return new Map(rows.map((r) => [r.service_id, toProfile(r)]));
}

export async function updateCapacity(
  tx: Queryable,
  serviceId: string,
  capacity: { available: number; maximum: number | null },
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO directory_service_profiles
       (service_id, capacity_available, capacity_maximum, capacity_updated_at, updated_at)
     VALUES ($1, $2, $3, $4, $4)
     ON CONFLICT (service_id) DO UPDATE SET capacity_available = excluded.capacity_available,
       capacity_maximum = excluded.capacity_maximum,
       capacity_updated_at = excluded.capacity_updated_at, updated_at = excluded.updated_at`,
    [serviceId, capacity.available, capacity.maximum, now],
  );
}

/**
 * Takes one open place of a service (an accepted referral) or gives one back (the accept
 * undone), in one statement so two accepts never take the last place twice. A place is given
 * back only up to the maximum. The places now, or null when the service tracks none or has no
 * place left to take.
 */
export async function moveServicePlace(
  tx: Queryable,
  serviceId: string,
  by: -1 | 1,
  now: Date,
): Promise<{ available: number; maximum: number | null } | null> {
  const [row] = await tx.query<{ capacity_available: number; capacity_maximum: number | null }>(
    `UPDATE directory_service_profiles
     SET capacity_available = capacity_available + $2, capacity_updated_at = $3, updated_at = $3
     WHERE service_id = $1 AND capacity_available IS NOT NULL
       AND capacity_available + $2 >= 0
       AND (capacity_maximum IS NULL OR capacity_available + $2 <= capacity_maximum)
     RETURNING capacity_available, capacity_maximum`,
    [serviceId, by, now],
  );
  return row ? { available: row.capacity_available, maximum: row.capacity_maximum } : null;
}

/** The owner's mark on a service (a profile row is made with its defaults if it had none). */
export async function updateAlternativeToDetention(
  tx: Queryable,
  serviceId: string,
  alternativeToDetention: boolean,
  now: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO directory_service_profiles (service_id, alternative_to_detention, updated_at)
     VALUES ($1, $2, $3)
     ON CONFLICT (service_id) DO UPDATE
       SET alternative_to_detention = excluded.alternative_to_detention,
         updated_at = excluded.updated_at`,
    [serviceId, alternativeToDetention, now],
  );
}

export interface SearchRow {
  readonly serviceId: string;
  readonly organizationId: string | null;
  readonly name: string;
  readonly organizationName: string | null;
  readonly status: string;
  readonly searchText: string;
  readonly searchWords: readonly string[];
  readonly nameWords: readonly string[];
  readonly minimumAge: number | null;
  readonly maximumAge: number | null;
  readonly languages: readonly string[];
  readonly serviceAreas: readonly string[];
  readonly taxonomyTermIds: readonly string[];
  readonly taxonomyIds: readonly string[];
  readonly postalCodes: readonly string[];
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly modifiedAt: Date;
}

export async function replaceSearchRows(tx: Queryable, rows: readonly SearchRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx.query(
      `INSERT INTO directory_search (service_id, organization_id, name, organization_name, status,
         search_text, minimum_age, maximum_age, languages, service_areas, taxonomy_term_ids,
         taxonomy_ids, postal_codes, latitude, longitude, modified_at, search_words, name_words)
       SELECT s.service_id, s.organization_id, s.name, s.organization_name, s.status,
         s.search_text, s.minimum_age, s.maximum_age,
         ARRAY(SELECT jsonb_array_elements_text(s.languages)),
         ARRAY(SELECT jsonb_array_elements_text(s.service_areas)),
         ARRAY(SELECT jsonb_array_elements_text(s.taxonomy_term_ids)),
         ARRAY(SELECT jsonb_array_elements_text(s.taxonomy_ids)),
         ARRAY(SELECT jsonb_array_elements_text(s.postal_codes)),
         s.latitude, s.longitude, s.modified_at,
         ARRAY(SELECT jsonb_array_elements_text(s.search_words)),
         ARRAY(SELECT jsonb_array_elements_text(s.name_words))
       FROM jsonb_to_recordset($1::jsonb) AS s(service_id text, organization_id text, name text,
         organization_name text, status text, search_text text, minimum_age numeric,
         maximum_age numeric, languages jsonb, service_areas jsonb, taxonomy_term_ids jsonb,
         taxonomy_ids jsonb, postal_codes jsonb, latitude double precision,
         longitude double precision, modified_at timestamptz, search_words jsonb, name_words jsonb)
       ON CONFLICT (service_id) DO UPDATE SET organization_id = excluded.organization_id,
         name = excluded.name, organization_name = excluded.organization_name,
         status = excluded.status, search_text = excluded.search_text,
         minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
         languages = excluded.languages, service_areas = excluded.service_areas,
         taxonomy_term_ids = excluded.taxonomy_term_ids, taxonomy_ids = excluded.taxonomy_ids,
         postal_codes = excluded.postal_codes, latitude = excluded.latitude,
         longitude = excluded.longitude, modified_at = excluded.modified_at,
         search_words = excluded.search_words, name_words = excluded.name_words`,
      [
        JSON.stringify(
          chunk.map((r) => ({
            service_id: r.serviceId,
            organization_id: r.organizationId,
            name: r.name,
            organization_name: r.organizationName,
            status: r.status,
            search_text: r.searchText,
            minimum_age: r.minimumAge,
            maximum_age: r.maximumAge,
            languages: r.languages,
            service_areas: r.serviceAreas,
            taxonomy_term_ids: r.taxonomyTermIds,
            taxonomy_ids: r.taxonomyIds,
            postal_codes: r.postalCodes,
            latitude: r.latitude,
            longitude: r.longitude,
            modified_at: r.modifiedAt,
            search_words: r.searchWords,
            name_words: r.nameWords,
          })),
        ),
      ],
    );
  }
}

/** The directory's vocabulary, rebuilt from the search table. */
export async function rebuildVocabulary(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM directory_words');
  await tx.query(
    `INSERT INTO directory_words (word)
     SELECT DISTINCT unnest(search_words) FROM directory_search ON CONFLICT DO NOTHING`,
  );
  // Fresh statistics, so the planner uses the indexes on what was just written.
  await tx.query('ANALYZE directory_words');
  await tx.query('ANALYZE directory_search');
}

/**
 * Words of the vocabulary a typed word may mean: itself, words it begins, and words within a
 * typo (pg_trgm similarity), best first. `exact` are the first two kinds.
 */
export async function vocabularyFor(
  db: Queryable,
  word: string,
): Promise<{ exact: string[]; similar: string[] }> {
  const prefix = `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Two index scans, each cut short: words it begins, then (3 letters or more) near typos.
  const begins = await db.query<{ word: string }>(
    `SELECT word FROM directory_words WHERE word LIKE $1 ORDER BY length(word), word LIMIT 20`,
    [prefix],
  );
  const near =
    word.length < 3
      ? []
      : await db.query<{ word: string }>(
          `SELECT word FROM directory_words WHERE word % $1 AND word NOT LIKE $2
           ORDER BY similarity(word, $1) DESC, word LIMIT 10`,
          [word, prefix],
        );
  const rows = [
    ...begins.map((r) => ({ word: r.word, exact: true })),
    ...near.map((r) => ({ word: r.word, exact: false })),
  ];
  return {
    exact: rows.filter((r) => r.exact).map((r) => r.word),
    similar: rows.filter((r) => !r.exact).map((r) => r.word),
  };
}

/**
 * Words of the vocabulary an idea of the synonym table finds: `words` as they are, and any
 * word beginning with one of `prefixes`.
 */
export async function vocabularyOf(
  db: Queryable,
  words: readonly string[],
  prefixes: readonly string[],
): Promise<string[]> {
  const rows = await db.query<{ word: string }>(
    `SELECT word FROM directory_words WHERE word = ANY($1::text[]) OR word LIKE ANY($2::text[])
     ORDER BY word LIMIT 200`,
    [words, prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)],
  );
  return rows.map((r) => r.word);
}
