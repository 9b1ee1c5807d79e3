// A compiled service names its organization's phones (compiled/service.json), but never a
// phone that hangs off a confidential location, whichever other record it also points at.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { compileService, RecordGraph } from '../../src/hsds/compile.js';
import type { HsdsRecord } from '../../src/hsds/tables.js';

const ORG = 'org-1';
const SAFE_HOUSE = 'loc-safe';
const PUBLIC_SITE = 'loc-public';
const service: HsdsRecord = { id: 'svc-1', name: 'Shelter', organization_id: ORG };
const organization: HsdsRecord = { id: ORG, name: 'Provider' };

function compiled(phones: readonly HsdsRecord[], hidden: ReadonlySet<string>) {
  const graph = new RecordGraph(hidden);
  graph.add('service', service);
  graph.add('organization', organization);
  for (const phone of phones) graph.add('phone', phone);
  const out = compileService(service, graph) as { organization: { phones: { id: string }[] } };
  return out.organization.phones.map((p) => p.id).sort();
}

describe("a compiled service's organization phones", () => {
  // [phone's location_id, hidden locations, shown?]
  const cases: [string | undefined, string[], boolean][] = [
    [undefined, [], true],
    [undefined, [SAFE_HOUSE], true],
    [PUBLIC_SITE, [SAFE_HOUSE], true],
    [SAFE_HOUSE, [], true],
    [SAFE_HOUSE, [SAFE_HOUSE], false],
    [PUBLIC_SITE, [PUBLIC_SITE, SAFE_HOUSE], false],
  ];
  for (const [locationId, hidden, shown] of cases) {
    test(`location ${locationId ?? 'none'}, hidden [${hidden.join(', ')}]: ${shown ? 'shown' : 'left out'}`, () => {
      const phone: HsdsRecord = {
        id: 'ph-1',
        number: '555-0100',
        organization_id: ORG,
        ...(locationId ? { location_id: locationId } : {}),
      };
      assert.deepEqual(compiled([phone], new Set(hidden)), shown ? ['ph-1'] : []);
    });
  }

  test('another organization’s phone is never named', () => {
    const phone: HsdsRecord = { id: 'ph-2', number: '555-0199', organization_id: 'org-2' };
    assert.deepEqual(compiled([phone], new Set()), []);
  });

  test('exactly the phones not at a hidden location, for any mix', () => {
    const locations = [undefined, SAFE_HOUSE, PUBLIC_SITE] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...locations), { maxLength: 6 }),
        fc.subarray([SAFE_HOUSE, PUBLIC_SITE]),
        (at, hidden) => {
          const phones = at.map((locationId, i) => ({
            id: `ph-${i}`,
            number: `555-01${i}`,
            organization_id: ORG,
            ...(locationId ? { location_id: locationId } : {}),
          }));
          const expected = phones
            .filter((_, i) => at[i] === undefined || !hidden.includes(at[i]))
            .map((p) => p.id)
            .sort();
          assert.deepEqual(compiled(phones, new Set(hidden)), expected);
        },
      ),
    );
  });
});
