// Loads what the compiled HSDS objects need, level by level: the roots, their children, the
// children's children, attributes and metadata, with one statement per level.
import type { Queryable } from '../../../db/database.js';
import {
  recordsByLookups,
  type LinkField,
  type RecordLookup,
} from '../../../db/repositories/directory.js';
import { CHILD_KINDS, OWN_LINK, RecordGraph } from '../../../hsds/compile.js';
import type { HsdsKind, HsdsRecord } from '../../../hsds/tables.js';

interface Pending {
  readonly kind: HsdsKind;
  readonly record: HsdsRecord;
  /** Load its nested children too (not for an organization shown as a service's owner). */
  readonly expand: boolean;
}

/** One-to-one targets: field → kind, and whether the target's own children are wanted. */
const ONE_TO_ONE: Partial<Record<HsdsKind, readonly [string, HsdsKind, boolean][]>> = {
  service: [
    ['organization_id', 'organization', false],
    ['program_id', 'program', false],
  ],
  service_at_location: [
    ['location_id', 'location', true],
    ['service_id', 'service', false],
  ],
  attribute: [['taxonomy_term_id', 'taxonomy_term', false]],
  taxonomy_term: [['taxonomy_id', 'taxonomy', false]],
};

export async function loadGraph(
  db: Queryable,
  roots: readonly { kind: HsdsKind; record: HsdsRecord }[],
  hiddenLocations: ReadonlySet<string>,
  options: { readonly organizationServices?: boolean } = {},
): Promise<RecordGraph> {
  const graph = new RecordGraph(hiddenLocations);
  const full = options.organizationServices === true;
  let frontier: Pending[] = roots
    .filter((r) => graph.add(r.kind, r.record))
    .map((r) => ({ ...r, expand: true }));
  while (frontier.length > 0) {
    const next: Pending[] = [];
    const byField = new Map<LinkField, string[]>();
    const want = (field: LinkField, id: string) => {
      const ids = byField.get(field) ?? [];
      ids.push(id);
      byField.set(field, ids);
    };
    const oneToOne = new Map<HsdsKind, { ids: Set<string>; expand: boolean }>();
    for (const { kind, record, expand } of frontier) {
      if (kind !== 'metadata') want('resource_id', record.id);
      if (kind !== 'attribute' && kind !== 'metadata') want('link_id', record.id);
      const own = OWN_LINK[kind] as LinkField | undefined;
      if (own && expand) want(own, record.id);
      for (const [field, target, expandTarget] of ONE_TO_ONE[kind] ?? []) {
        const id = record[field];
        if (typeof id !== 'string' || graph.get(target, id)) continue;
        const entry = oneToOne.get(target) ?? { ids: new Set<string>(), expand: expandTarget };
        entry.ids.add(id);
        oneToOne.set(target, entry);
      }
    }
    // The level's look-ups in one statement, its rows taken in the order of the look-ups: first
    // the children by link field, then each one-to-one target with, for a service's
    // organization, its phones (compiled/service.json: often the only number to call; the graph
    // refuses nothing here the organization's own page would show).
    const lookups: RecordLookup[] = [];
    const take: ((kind: HsdsKind, data: HsdsRecord) => void)[] = [];
    for (const [field, ids] of byField) {
      lookups.push({ field, ids });
      take.push((kind, data) => {
        if (!CHILD_KINDS[field]?.has(kind)) return;
        // An organization's services are listed; nested in full only when asked for.
        const expand = !(field === 'organization_id' && kind === 'service') || full;
        if (graph.add(kind, data)) next.push({ kind, record: data, expand });
      });
    }
    for (const [target, { ids, expand }] of oneToOne) {
      lookups.push({ field: 'id', kind: target, ids: [...ids] });
      take.push((kind, data) => {
        if (graph.add(kind, data)) next.push({ kind, record: data, expand });
      });
      if (target === 'organization' && !expand) {
        lookups.push({ field: 'organization_id', kind: 'phone', ids: [...ids] });
        take.push((kind, data) => {
          if (graph.add(kind, data)) next.push({ kind, record: data, expand: true });
        });
      }
    }
    for (const { lookup, kind, data } of await recordsByLookups(db, lookups)) {
      take[lookup]?.(kind, data);
    }
    frontier = next;
  }
  return graph;
}
