// The county measures through the API (docs/REPORTS.md, "Measures"): on a generated county, every
// measure and breakdown is checked against the counting in reports.expected.ts (written apart
// from the SQL); hidden cells are null with suppressed: true and cannot be worked out from what is
// shown (the attacker of test/domain); the CSV carries the same cells, formula-safe; only the
// oversight analyst and the coordinator read, each their own county's; bad input is refused; and
// the oversight analyst, walking every GET route, never receives a youth.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readCsv } from '../../src/hsds/csv.js';
import { pdfText } from '../support/pdf.js';
import { ROLES, type OrganizationType } from '../../src/domain/vocabulary.js';
import type { AppServices } from '../../src/server/context.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { createWorld, testServices, TestClock, type World } from '../support/world.js';
import { linearAttack, listLines, tableLines, type Seen } from '../domain/suppression-attacker.js';
import { generateFixture, insertFixture, TIME_ZONE, type Fixture } from './reports.fixture.js';
import {
  expectedCounts,
  expectedDurations,
  percentile,
  type Counting,
} from './reports.expected.js';

const FROM = '2026-01-01';
const TO = '2026-12-31';
const SEED = Number(process.env.LANTERN_REPORTS_SEED ?? 20_260_101);
// The first words of the identifications' definition (docs/REPORTS.md).
const MEASURE_DEFINITION_START = 'Identification events recorded on the protocol';
const FORMULA_NAME = '=HYPERLINK("http://x")';

// Written from docs/REPORTS.md: which breakdowns each measure offers.
const OFFERED: Readonly<Record<string, readonly string[]>> = {
  identifications: [
    'month',
    'quarter',
    'age_band',
    'gender',
    'race_ethnicity',
    'source',
    'organization',
  ],
  youth_served: ['age_band', 'gender', 'race_ethnicity'],
  time_to_advocate: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'source'],
  time_to_services: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'source'],
  time_to_health_evaluation: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'source'],
  protocol_clocks: ['month', 'quarter', 'organization', 'rule'],
  referrals: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'organization'],
  referral_first_answer: ['month', 'quarter', 'organization'],
  missing_episodes: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity'],
  returns: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity'],
  identified_victim_custody: [
    'month',
    'quarter',
    'age_band',
    'gender',
    'race_ethnicity',
    'organization',
  ],
  placement_changes: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'organization'],
  screenings: ['month', 'quarter', 'age_band', 'gender', 'race_ethnicity', 'organization'],
  screenings_due: ['month', 'quarter', 'organization'],
  consents: ['month', 'quarter', 'organization'],
  break_glass: ['month', 'quarter', 'organization'],
  capacity_against_need: ['service_type'],
  service_funding: ['service_type'],
};
const BREAKDOWNS = [
  'month',
  'quarter',
  'age_band',
  'gender',
  'race_ethnicity',
  'source',
  'organization',
  'rule',
];

interface Cell {
  value: number | null;
  suppressed: boolean;
  rule?: string;
}
interface Table {
  columns: string[];
  rows: { key: string; cells: Cell[]; total: Cell }[];
  labels: string[];
  totals: Cell[];
  grandTotal: Cell;
}
interface Report {
  by: string;
  threshold: number;
  measures: {
    id: string;
    kind: 'count' | 'duration' | 'snapshot';
    definition: { en: string; es: string };
    table: Table | null;
  }[];
}

let database: TestDatabase;
let app: App;
let services: AppServices & { clock: TestClock };
let world: World;
let elsewhere: World;
let fixture: Fixture;
let counting: Counting;

before(async () => {
  database = await openTestDatabase();
  services = testServices(database.db, {
    demoMode: true,
    clock: new TestClock(Date.parse('2027-01-15T18:00:00Z')),
  });
  app = await testApp(services);
  [world, elsewhere] = [
    await createWorld(database.db),
    await createWorld(database.db, 'Elsewhere'),
  ];
  fixture = generateFixture(SEED, 320);
  await database.db.transaction((tx) => insertFixture(tx, world, fixture, services.masterKey));
  await database.db.query('UPDATE organizations SET name = $2 WHERE id = $1', [
    world.organizations.law_enforcement.id,
    FORMULA_NAME,
  ]);
  counting = {
    timeZone: TIME_ZONE,
    from: FROM,
    to: TO,
    now: services.clock.now(),
    organizationId: (type: OrganizationType) => world.organizations[type].id,
  };
});
after(async () => {
  await app.close();
  await database.close();
});

const as = (email: string): Promise<Client> => signedIn(app, email);
const url = (by: string, from = FROM, to = TO, csv = false) =>
  `/api/reports/measures${csv ? '.csv' : ''}?from=${from}&to=${to}&by=${by}`;

/** What a reader of the table sees, in the attacker's order (rows with their totals, then totals). */
function seen(table: Table): Seen {
  const value = (cell: Cell) => (cell.suppressed ? null : cell.value);
  if (table.columns.length === 1) {
    return {
      entries: [...table.rows.map((row) => value(row.cells[0]!)), value(table.grandTotal)],
      lines: listLines(table.rows.length),
    };
  }
  return {
    entries: [
      ...table.rows.flatMap((row) => [...row.cells.map(value), value(row.total)]),
      ...table.totals.map(value),
      value(table.grandTotal),
    ],
    lines: tableLines(table.rows.length, table.columns.length),
  };
}

/** A published count against the true one: shown equal, or hidden and rightly so. */
function checkCell(cell: Cell, truth: number, threshold: number, where: string): void {
  if (!cell.suppressed) {
    assert.equal(cell.value, truth, where);
    return;
  }
  assert.equal(cell.value, null, `${where}: a hidden cell is null`);
  assert.notEqual(truth, 0, `${where}: a zero is never hidden`);
  if (cell.rule === 'primary') assert.ok(truth < threshold, `${where}: hidden as small`);
}

const tally = { shown: 0, hidden: 0 };

describe('measures', () => {
  for (const by of BREAKDOWNS) {
    test(`every measure by ${by} matches the independent count, suppressed`, async () => {
      const oversight = await as(world.people.oversight_analyst.email);
      const response = await oversight.get(url(by));
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<Report>();
      assert.equal(report.threshold, 11);
      for (const measure of report.measures) {
        assert.ok(measure.definition.en.length > 20 && measure.definition.es.length > 20);
        const offered = OFFERED[measure.id]!.includes(by);
        assert.equal(measure.table !== null, offered, `${measure.id} by ${by} offered`);
        const table = measure.table;
        if (table === null) continue;
        const where = (row: string, column: string) => `${measure.id} by ${by}: ${row}/${column}`;
        if (measure.kind === 'count') {
          const grid = expectedCounts(fixture, measure.id, by, counting);
          for (const key of grid.keys()) {
            assert.ok(
              table.rows.some((row) => row.key === key),
              `${measure.id} by ${by}: row ${key}`,
            );
          }
          const columnSums = table.columns.map(() => 0);
          for (const row of table.rows) {
            const truths = table.columns.map((column) => grid.get(row.key)?.get(column) ?? 0);
            truths.forEach((truth, c) => {
              checkCell(row.cells[c]!, truth, report.threshold, where(row.key, table.columns[c]!));
              columnSums[c]! += truth;
              if (row.cells[c]!.suppressed) tally.hidden += 1;
              else tally.shown += 1;
            });
            const rowTotal = truths.reduce((a, b) => a + b, 0);
            checkCell(row.total, rowTotal, report.threshold, where(row.key, 'total'));
          }
          columnSums.forEach((sum, c) => {
            checkCell(table.totals[c]!, sum, report.threshold, where('total', table.columns[c]!));
          });
          const grand = columnSums.reduce((a, b) => a + b, 0);
          checkCell(table.grandTotal, grand, report.threshold, where('total', 'total'));
          const learned = linearAttack(seen(table));
          assert.equal(learned.size, 0, `${measure.id} by ${by}: a hidden count can be worked out`);
        } else {
          const timed = expectedDurations(fixture, measure.id, by, counting);
          for (const row of table.rows) {
            const hours = timed.rows.get(row.key) ?? [];
            checkCell(row.cells[0]!, hours.length, report.threshold, where(row.key, 'timed'));
            checkHours(row.cells.slice(1), row.cells[0]!, hours, where(row.key, 'hours'));
          }
          checkCell(table.totals[0]!, timed.all.length, report.threshold, where('total', 'timed'));
          checkHours(table.totals.slice(1), table.totals[0]!, timed.all, where('total', 'hours'));
          const learned = linearAttack(seen({ ...table, columns: ['timed'] }));
          assert.equal(learned.size, 0, `${measure.id} by ${by}: a hidden count can be worked out`);
        }
      }
    });
  }

  test('the fixture crosses the threshold: some cells are shown and some hidden', () => {
    assert.ok(tally.shown > 50, `shown ${String(tally.shown)}`);
    assert.ok(tally.hidden > 20, `hidden ${String(tally.hidden)}`);
  });

  test('the CSV carries the same cells, formula-safe', async () => {
    const coordinator = await as(world.people.coordinator.email);
    const json = (await coordinator.get(url('organization'))).json<Report>();
    const response = await coordinator.get(url('organization', FROM, TO, true));
    assert.equal(response.statusCode, 200, response.body);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(
      String(response.headers['content-disposition']),
      /attachment; filename="measures-/,
    );
    assert.ok(
      response.body.includes(`'${FORMULA_NAME.replaceAll('"', '""')}`),
      'the name is escaped',
    );
    const lines = response.body.split('\n');
    assert.ok(!lines.some((line) => /(^|,)[=+@]/.test(line)), 'no cell starts a formula');
    const csv = readCsv(response.body);
    const cells = new Map(
      csv.rows.map((row) => [
        `${row.cells.measure}|${row.cells.row}|${row.cells.column}`,
        row.cells,
      ]),
    );
    let compared = 0;
    for (const measure of json.measures) {
      const table = measure.table;
      if (table === null) continue;
      table.rows.forEach((row) => {
        row.cells.forEach((cell, c) => {
          const line = cells.get(`${measure.id}|${row.key}|${table.columns[c]!}`);
          assert.ok(line, `${measure.id} ${row.key}`);
          assert.equal(line.value, cell.value === null ? '' : String(cell.value));
          assert.equal(line.suppressed, String(cell.suppressed));
          compared += 1;
        });
      });
    }
    assert.ok(compared > 20);
  });
});

describe('compared with the previous period', () => {
  test('compare=previous answers the period before, each table suppressed on its own', async () => {
    const oversight = await as(world.people.oversight_analyst.email);
    for (const by of ['organization', 'month'] as const) {
      const response = await oversight.get(
        `${url(by, '2026-04-01', '2026-06-30')}&compare=previous`,
      );
      assert.equal(response.statusCode, 200, response.body);
      const report = response.json<Report & { previous: { from: string; to: string } }>();
      assert.deepEqual(report.previous, { from: '2026-01-01', to: '2026-03-31' });
      // The previous period's tables are exactly what that period answers alone.
      const alone = (await oversight.get(url(by, '2026-01-01', '2026-03-31'))).json<Report>();
      for (const measure of report.measures as (Report['measures'][number] & {
        previous: Table | null;
      })[]) {
        const expected = alone.measures.find((m) => m.id === measure.id)?.table ?? null;
        assert.deepEqual(measure.previous, expected, `${measure.id} by ${by}`);
      }
      if (by === 'month') {
        const identifications = report.measures.find((m) => m.id === 'identifications') as
          { previous: Table } | undefined;
        assert.deepEqual(
          identifications?.previous.rows.map((row) => row.key),
          ['2026-01', '2026-02', '2026-03'],
        );
      }
    }
    const plain = (await oversight.get(url('month'))).json<Record<string, unknown>>();
    assert.equal(plain.previous, undefined, 'no comparison unless asked');
    const [audited] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.measures'
         AND actor_user_id = $1 AND details ->> 'compare' = 'previous'`,
      [world.people.oversight_analyst.id],
    );
    assert.equal(audited?.n, 2);
  });
});

describe('the board report', () => {
  const board = (quarter: string, language: string) =>
    `/api/reports/board.pdf?quarter=${quarter}&language=${language}`;
  const countyName = async (id: string) =>
    (
      await database.db.query<{ name: string }>('SELECT name FROM jurisdictions WHERE id = $1', [
        id,
      ])
    )[0]?.name ?? '';

  test('the quarter printed in English and Spanish, small cells hidden in words', async () => {
    const oversight = await as(world.people.oversight_analyst.email);
    const json = (await oversight.get(url('month', '2026-10-01', '2026-12-31'))).json<Report>();
    const primary = json.measures.filter((m) =>
      m.table?.rows.some((row) => row.cells.some((c) => c.suppressed && c.rule === 'primary')),
    );
    assert.ok(primary.length > 0, 'the fixture has a small cell in the quarter');
    const response = await oversight.get(board('2026Q4', 'en'));
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const text = pdfText(response.rawPayload);
    assert.ok(text.includes(await countyName(world.jurisdictionId)), 'the county');
    assert.ok(text.includes('Quarter 4 of 2026'));
    assert.ok(text.includes('Counts under 11 are hidden, and so are cells that would reveal them'));
    assert.ok(text.includes('fewer than 11'), 'a small cell is printed as hidden');
    assert.ok(text.includes('Identifications') && text.includes('Protocol clocks'));
    assert.ok(text.includes('December 2026'), 'rows by month');
    assert.ok(text.includes(MEASURE_DEFINITION_START), 'each definition');
    const spanish = pdfText((await oversight.get(board('2026Q4', 'es'))).rawPayload);
    assert.ok(spanish.includes('Informe para la junta'));
    assert.ok(spanish.includes('Las cifras menores de 11 se ocultan'));
    assert.ok(spanish.includes('menos de 11'));
    assert.ok(spanish.includes('diciembre de 2026'));
    const [audited] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.board'
         AND actor_user_id = $1 AND details ->> 'quarter' = '2026Q4'`,
      [world.people.oversight_analyst.id],
    );
    assert.equal(audited?.n, 2);
  });

  test('only the measures’ readers, of their own county; bad input 400', async () => {
    const neighbor = await as(elsewhere.people.coordinator.email);
    const theirs = pdfText((await neighbor.get(board('2026Q4', 'en'))).rawPayload);
    assert.ok(theirs.includes(await countyName(elsewhere.jurisdictionId)));
    assert.ok(!theirs.includes(await countyName(world.jurisdictionId)), 'never another county');
    assert.ok(!theirs.includes('fewer than 11'), 'an empty county hides nothing');
    for (const role of ['advocate', 'administrator', 'law_enforcement_officer'] as const) {
      const response = await (await as(world.people[role].email)).get(board('2026Q4', 'en'));
      assert.equal(response.statusCode, 403, role);
    }
    const oversight = await as(world.people.oversight_analyst.email);
    const bad = [
      [board('2026-Q4', 'en'), 'invalid_input'],
      [board('2026Q5', 'en'), 'invalid_input'],
      [board('2026Q4', 'fr'), 'invalid_input'],
      [board('2027Q2', 'en'), 'bad_quarter'],
      ['/api/reports/board.pdf?quarter=2026Q4', 'invalid_input'],
    ] as const;
    for (const [path, code] of bad) {
      const response = await oversight.get(path);
      assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code, path);
    }
  });
});

describe('the dashboards', () => {
  interface Coordinator {
    openClocks: { bucket: string; tasks: number }[];
    overdueByAgency: { organization: string; tasks: number }[];
    referralsWaiting: { organization: string; waiting: number; overdue: number }[];
    capacity: { services: number };
    quarter: { quarter: string; from: string; measures: Report['measures'] };
  }

  test('the coordinator’s: open clocks, overdue per agency, referrals waiting, the quarter', async () => {
    const now = services.clock.now().getTime();
    const open = fixture.tasks.filter((task) => task.status === 'open');
    const hours = (task: (typeof open)[number]) => (task.dueAt.getTime() - now) / 3_600_000;
    const expected = {
      overdue: open.filter((task) => hours(task) < 0).length,
      within_24_hours: open.filter((task) => hours(task) >= 0 && hours(task) <= 24).length,
      within_7_days: open.filter((task) => hours(task) > 24 && hours(task) <= 168).length,
      later: open.filter((task) => hours(task) > 168).length,
    };
    const response = await (
      await as(world.people.coordinator.email)
    ).get('/api/reports/coordinator');
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json<Coordinator>();
    assert.deepEqual(
      Object.fromEntries(dashboard.openClocks.map((c) => [c.bucket, c.tasks])),
      expected,
    );
    assert.ok(expected.overdue > 0, 'the fixture has overdue clocks');
    const names = await database.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM organizations WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    const nameOf = (type: OrganizationType) =>
      names.find((o) => o.id === world.organizations[type].id)?.name;
    const overdueByName = new Map<string, number>();
    for (const task of open.filter((t) => hours(t) < 0)) {
      const name = nameOf(task.orgType) ?? '';
      overdueByName.set(name, (overdueByName.get(name) ?? 0) + 1);
    }
    assert.deepEqual(
      new Map(dashboard.overdueByAgency.map((a) => [a.organization, a.tasks])),
      overdueByName,
    );
    const waiting = fixture.referrals.filter((r) => r.status === 'sent');
    assert.equal(
      dashboard.referralsWaiting.reduce((sum, r) => sum + r.waiting, 0),
      waiting.length,
    );
    assert.ok(dashboard.referralsWaiting.every((r) => r.overdue <= r.waiting));
    assert.deepEqual([dashboard.quarter.quarter, dashboard.quarter.from], ['2027Q1', '2027-01-01']);
    assert.ok(dashboard.quarter.measures.length === 16);
    for (const secret of fixture.youth.slice(0, 20).flatMap((y) => [y.id, y.caseNumber])) {
      assert.ok(!response.body.includes(secret), 'no youth on the dashboard');
    }
    const theirs = (
      await (await as(elsewhere.people.coordinator.email)).get('/api/reports/coordinator')
    ).json<Coordinator>();
    assert.ok(
      theirs.openClocks.every((c) => c.tasks === 0),
      'another county’s are its own',
    );
    assert.deepEqual(theirs.overdueByAgency, []);
  });

  test('the administrator’s: accounts by role, second factors, locked, the audit chain', async () => {
    const administrator = await as(world.people.administrator.email);
    await database.db.query(
      `UPDATE users SET mfa_enabled = (id = $1), locked_until = CASE WHEN id = $2 THEN $3::timestamptz END
       WHERE jurisdiction_id = $4`,
      [
        world.people.oversight_analyst.id,
        world.people.advocate.id,
        new Date(services.clock.now().getTime() + 3_600_000),
        world.jurisdictionId,
      ],
    );
    const response = await administrator.get('/api/reports/administration');
    // Undone at once: later tests sign these accounts in.
    await database.db.query(
      'UPDATE users SET mfa_enabled = false, locked_until = NULL WHERE jurisdiction_id = $1',
      [world.jurisdictionId],
    );
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json<{
      accounts: { active: number; locked: number; mfaEnrolled: number };
      roles: { role: string; withMfa: number; withoutMfa: number }[];
      audit: { ok: boolean; checked: number; brokenAt: number | null };
    }>();
    assert.deepEqual(dashboard.accounts, {
      active: ROLES.length,
      inactive: 0,
      locked: 1,
      mfaEnrolled: 1,
    });
    for (const role of ROLES) {
      const line = dashboard.roles.find((r) => r.role === role);
      const mfa = role === 'oversight_analyst' ? 1 : 0;
      assert.deepEqual([line?.withMfa, line?.withoutMfa], [mfa, 1 - mfa], role);
    }
    assert.equal(dashboard.audit.ok, true);
    assert.equal(dashboard.audit.brokenAt, null);
    assert.ok(dashboard.audit.checked > 10);
  });

  test('every other role is refused each dashboard, and the refusal audited', async () => {
    for (const role of ROLES) {
      const client = await as(world.people[role].email);
      const coordinator = await client.get('/api/reports/coordinator');
      assert.equal(coordinator.statusCode, role === 'coordinator' ? 200 : 403, role);
      const administration = await client.get('/api/reports/administration');
      assert.equal(administration.statusCode, role === 'administrator' ? 200 : 403, role);
    }
    const [denial] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
         AND actor_user_id = $1 AND details ->> 'action' = 'report.administration'`,
      [world.people.oversight_analyst.id],
    );
    assert.equal(denial?.n, 1);
    const bad = await (
      await as(world.people.coordinator.email)
    ).get('/api/reports/coordinator?jurisdictionId=x');
    assert.equal(bad.statusCode, 400, 'no county but one’s own');
  });
});

function checkHours(cells: Cell[], count: Cell, hours: number[], where: string): void {
  for (const [i, p] of [0.5, 0.9].entries()) {
    const cell = cells[i]!;
    if (count.suppressed) {
      assert.deepEqual(
        [cell.value, cell.suppressed],
        [null, true],
        `${where}: hidden with its count`,
      );
    } else if (hours.length === 0) {
      assert.deepEqual([cell.value, cell.suppressed], [null, false], `${where}: nothing timed`);
    } else {
      assert.ok(Math.abs(cell.value! - percentile(hours, p)) <= 0.051, `${where} p${String(p)}`);
    }
  }
}

describe('who reads the measures', () => {
  test('the oversight analyst and the coordinator read; every other role is refused', async () => {
    for (const role of ROLES) {
      const client = await as(world.people[role].email);
      const response = await client.get(url('quarter'));
      const allowed = role === 'oversight_analyst' || role === 'coordinator';
      assert.equal(response.statusCode, allowed ? 200 : 403, `${role}: ${response.body}`);
      const csv = await client.get(url('quarter', FROM, TO, true));
      assert.equal(csv.statusCode, allowed ? 200 : 403, `${role} csv`);
    }
    const [denial] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied'
         AND actor_user_id = $1 AND details ->> 'action' = 'report.measures'`,
      [world.people.advocate.id],
    );
    assert.equal(denial?.n, 2, 'each refusal is audited');
    const [read] = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.measures'
         AND actor_user_id = $1 AND target_id = $2`,
      [world.people.coordinator.id, world.jurisdictionId],
    );
    assert.ok((read?.n ?? 0) >= 2, 'each read is audited');
  });

  test("another county's coordinator gets its own county's figures only", async () => {
    const neighbor = await as(elsewhere.people.coordinator.email);
    const report = (await neighbor.get(url('month'))).json<Report>();
    for (const measure of report.measures) {
      assert.deepEqual(
        measure.table?.grandTotal ?? { value: 0, suppressed: false },
        {
          value: 0,
          suppressed: false,
        },
        measure.id,
      );
    }
    const mine = (
      await (await as(world.people.coordinator.email)).get(url('month'))
    ).json<Report>();
    const identifications = mine.measures.find((m) => m.id === 'identifications')?.table;
    assert.ok((identifications?.grandTotal.value ?? 0) > 100);
  });

  test('bad input is refused with a clear 400', async () => {
    const oversight = await as(world.people.oversight_analyst.email);
    const bad = [
      [url('month', '2026-03-01', '2026-02-01'), 'bad_period'],
      [url('month', '2026-02-30', '2026-03-01'), 'invalid_input'],
      [url('month', 'yesterday', '2026-03-01'), 'invalid_input'],
      [url('week'), 'invalid_input'],
      [url('month', '2020-01-01', '2026-12-31'), 'bad_period'],
      ['/api/reports/measures?from=2026-01-01&to=2026-02-01', 'invalid_input'],
      [`${url('month')}&jurisdictionId=${elsewhere.jurisdictionId}`, 'invalid_input'],
      [url('month', '2026-03-01', '2026-02-01', true), 'bad_period'],
      [`${url('month')}&compare=next`, 'invalid_input'],
      [`${url('month', FROM, TO, true)}&compare=previous`, 'invalid_input'],
    ] as const;
    for (const [path, code] of bad) {
      const response = await oversight.get(path);
      assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
      const body = response.json<{ error: { code: string; message: string } }>();
      assert.equal(body.error.code, code, path);
      assert.ok(body.error.message.length > 5);
    }
  });
});

describe('the oversight crawl', () => {
  test('no GET route gives the oversight analyst a youth, a note, a packet or a task', async () => {
    const oversight = await as(world.people.oversight_analyst.email);
    const document = (await oversight.get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const youth = fixture.youth.slice(0, 3);
    const ids = [
      ...youth.map((y) => y.id),
      ...fixture.referrals.slice(0, 2).map((r) => r.id),
      ...fixture.tasks.slice(0, 2).map((t) => t.id),
    ];
    const secrets = youth.flatMap((y) => [y.id, y.caseNumber, y.givenName]);
    const everyName = /Fixturename\d+x/;
    let calls = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      if (!('get' in methods) || path.startsWith('/api/reports/')) continue;
      const templated = path.includes('{');
      const tried = templated
        ? ids.map((id) => path.replace(/\{[^}]+\}/g, id))
        : [
            path,
            `${path}?q=Fixturename&caseNumber=${youth[0]!.caseNumber}&youthId=${youth[0]!.id}`,
          ];
      for (const target of tried) {
        const response = await oversight.get(target);
        calls += 1;
        for (const secret of secrets) {
          assert.ok(
            !response.body.includes(secret),
            `${target} (${String(response.statusCode)}) gave youth data`,
          );
        }
        assert.ok(!everyName.test(response.body), `${target} gave a youth's name`);
      }
    }
    assert.ok(calls > 40, `walked ${String(calls)} routes`);
  });
});

describe('a county’s own threshold', () => {
  const profile = {
    timeZone: 'America/Los_Angeles',
    privilegeApplies: false,
    privilegeCitation: null,
    privilegeSummary: null,
    minimumTrainingHours: 40,
    maxConsentDays: 365,
    confirmed: true,
    nonCriminalization: {
      statement: 'This child is a victim, not an offender.',
      citation: '22 U.S.C. 7102',
    },
  };
  const path = () => `/api/jurisdictions/${world.jurisdictionId}/legal-profile`;

  test('recorded in the legal profile, it hides more; 11 by default; 10 to 100 only', async () => {
    const coordinator = await as(world.people.coordinator.email);
    assert.equal(
      (await coordinator.get(path())).json<{ smallCellThreshold: number }>().smallCellThreshold,
      11,
    );
    for (const bad of [9, 101, 12.5, '15', null]) {
      const refused = await coordinator.put(path(), { ...profile, smallCellThreshold: bad });
      assert.equal(refused.statusCode, 400, `${String(bad)}: ${refused.body}`);
    }
    const saved = await coordinator.put(path(), { ...profile, smallCellThreshold: 20 });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json<{ smallCellThreshold: number }>().smallCellThreshold, 20);
    // A later change that leaves it out keeps it.
    const kept = await coordinator.put(path(), profile);
    assert.equal(kept.json<{ smallCellThreshold: number }>().smallCellThreshold, 20);

    const oversight = await as(world.people.oversight_analyst.email);
    const report = (await oversight.get(url('month'))).json<Report>();
    assert.equal(report.threshold, 20);
    let between = 0;
    for (const measure of report.measures) {
      if (measure.kind !== 'count' || measure.table === null) continue;
      const grid = expectedCounts(fixture, measure.id, 'month', counting);
      for (const row of measure.table.rows) {
        measure.table.columns.forEach((column, c) => {
          const truth = grid.get(row.key)?.get(column) ?? 0;
          const cell = row.cells[c]!;
          checkCell(cell, truth, 20, `${measure.id}: ${row.key}/${column}`);
          if (truth >= 11 && truth < 20) {
            between += 1;
            assert.equal(cell.suppressed, true, `${measure.id}: ${String(truth)} shown`);
          }
        });
      }
    }
    assert.ok(between > 0, 'some counts from 11 to 19 were there to hide');
    // The other county keeps its own.
    const other = await as(elsewhere.people.oversight_analyst.email);
    assert.equal((await other.get(url('month'))).json<Report>().threshold, 11);

    const restored = await coordinator.put(path(), { ...profile, smallCellThreshold: 11 });
    assert.equal(restored.statusCode, 200);
  });

  test('only the county’s coordinator or administrator records it', async () => {
    for (const email of [
      world.people.oversight_analyst.email,
      world.people.advocate.email,
      elsewhere.people.coordinator.email,
      elsewhere.people.administrator.email,
    ]) {
      const client = await as(email);
      const refused = await client.put(path(), { ...profile, smallCellThreshold: 50 });
      assert.ok([403, 404].includes(refused.statusCode), `${email}: ${String(refused.statusCode)}`);
    }
    const coordinator = await as(world.people.coordinator.email);
    assert.equal(
      (await coordinator.get(path())).json<{ smallCellThreshold: number }>().smallCellThreshold,
      11,
    );
  });
});

describe('capacity against need, funding, and race or ethnicity', () => {
  const NEED_ROWS = 15; // the service types (src/domain/matching.ts NEEDS), every one a row
  let stock: World;
  before(async () => {
    stock = await createWorld(database.db, 'Stock');
    const db = database.db;
    const now = services.clock.now();
    const service = async (
      id: string,
      owner: World,
      status: string,
      needs: string[],
      n: number,
    ) => {
      const data = { id, name: id, status, organization_id: `${id}-org` };
      await db.query(
        `INSERT INTO hsds_records (kind, id, data, updated_at, owner_jurisdiction_id)
         VALUES ('service', $1, $2, $3, $4)`,
        [id, JSON.stringify(data), now, owner.jurisdictionId],
      );
      await db.query(
        `INSERT INTO directory_service_profiles (service_id, needs, capacity_available, updated_at)
         VALUES ($1, $2, $3, $4)`,
        [id, needs, n, now],
      );
    };
    const tag = stock.jurisdictionId.slice(0, 8);
    await service(`${tag}-a`, stock, 'active', ['emergency_shelter', 'housing'], 12);
    await service(`${tag}-b`, stock, 'active', ['emergency_shelter'], 3);
    await service(`${tag}-c`, stock, 'inactive', ['emergency_shelter'], 50);
    await service(`${tag}-d`, elsewhere, 'active', ['emergency_shelter'], 40);
    const funding = async (id: string, field: string, of: string, source: string) =>
      db.query(
        `INSERT INTO hsds_records (kind, id, data, updated_at, owner_jurisdiction_id)
         VALUES ('funding', $1, $2, $3, $4)`,
        [id, JSON.stringify({ id, [field]: of, source }), now, stock.jurisdictionId],
      );
    await funding(`${tag}-f1`, 'service_id', `${tag}-a`, 'State CSEC grant');
    await funding(`${tag}-f2`, 'organization_id', `${tag}-a-org`, ' County general fund ');
    await funding(`${tag}-f3`, 'service_id', `${tag}-d`, 'Elsewhere fund');
    // 14 open cases wait for shelter (one of them has an accepted referral: not waiting), three
    // of them for housing too; a closed case waits for nothing.
    const coordinator = stock.people.coordinator;
    for (let i = 0; i < 15; i++) {
      const [youth] = await db.query<{ id: string }>(
        `INSERT INTO youth (jurisdiction_id, case_number, given_name, created_by_user_id,
           created_by_organization_id, created_at, updated_at, status)
         VALUES ($1, $2, 'Waiting', $3, $4, $5, $5, $6) RETURNING id`,
        [
          stock.jurisdictionId,
          `${tag}-W${String(i)}`,
          coordinator.id,
          coordinator.organizationId,
          now,
          i === 14 ? 'closed' : 'open',
        ],
      );
      await db.query(
        `INSERT INTO case_service_plans (jurisdiction_id, youth_id, needs, history,
           recorded_by_organization_id, recorded_by_user_id, updated_at)
         VALUES ($1, $2, $3, 'exploited', $4, $5, $6)`,
        [
          stock.jurisdictionId,
          youth!.id,
          i < 3 ? ['emergency_shelter', 'housing'] : ['emergency_shelter'],
          coordinator.organizationId,
          coordinator.id,
          now,
        ],
      );
      if (i === 13) {
        await db.query(
          `INSERT INTO referrals (jurisdiction_id, youth_id, service_id, service_name,
             sender_organization_id, sender_user_id, sender_role, receiver_organization_id,
             needs, status, response_business_days, created_at, updated_at)
           VALUES ($1, $2, $3, 'A', $4, $5, 'coordinator', $4, $6, 'accepted', 2, $7, $7)`,
          [
            stock.jurisdictionId,
            youth!.id,
            `${tag}-a`,
            coordinator.organizationId,
            coordinator.id,
            ['emergency_shelter'],
            now,
          ],
        );
      }
    }
  });

  const snapshot = (report: Report, id: string) => {
    const table = report.measures.find((measure) => measure.id === id)?.table;
    assert.ok(table, id);
    assert.equal(table.rows.length, NEED_ROWS);
    const row = (need: string) => table.rows.find((r) => r.key === need)!;
    return { table, row };
  };

  test('per service type: open places against youth waiting, each column suppressed', async () => {
    const oversight = await as(stock.people.oversight_analyst.email);
    const response = await oversight.get(url('service_type'));
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json<Report>();
    const { table, row } = snapshot(report, 'capacity_against_need');
    assert.deepEqual(table.columns, ['open_places', 'youth_waiting']);
    // The inactive service and the other county's are not counted; a service of two types is.
    assert.deepEqual(row('emergency_shelter').cells[0], { value: 15, suppressed: false });
    assert.deepEqual(row('housing').cells[0], { value: 12, suppressed: false });
    assert.deepEqual(row('medical').cells, [
      { value: 0, suppressed: false },
      { value: 0, suppressed: false },
    ]);
    // Three waiting for housing: hidden as small; then shelter's 13 so it cannot be worked out.
    assert.deepEqual(row('housing').cells[1], {
      value: null,
      suppressed: true,
      rule: 'primary',
    });
    assert.equal(row('emergency_shelter').cells[1]!.suppressed, true);
    assert.deepEqual(table.totals, [
      { value: 27, suppressed: false },
      { value: 16, suppressed: false },
    ]);
    for (const r of table.rows) assert.deepEqual(r.total, { value: null, suppressed: false });
    for (let c = 0; c < 2; c++) {
      const column: Seen = {
        entries: [
          ...table.rows.map((r) => (r.cells[c]!.suppressed ? null : r.cells[c]!.value)),
          table.totals[c]!.value,
        ],
        lines: listLines(table.rows.length),
      };
      assert.equal(linearAttack(column).size, 0, `column ${String(c)}`);
    }
    // Funding: two shelter services, one listing a source; counts this small are hidden too.
    const funding = snapshot(report, 'service_funding');
    assert.equal(funding.row('emergency_shelter').cells[0]!.suppressed, true);
    assert.equal(funding.row('housing').cells[1]!.suppressed, true);
    // Every other measure has no service types; the CSV carries the snapshot's cells.
    assert.equal(report.measures.find((m) => m.id === 'identifications')?.table, null);
    const csv = readCsv((await oversight.get(url('service_type', FROM, TO, true))).body);
    const line = csv.rows.find(
      (r) =>
        r.cells.measure === 'capacity_against_need' &&
        r.cells.row === 'housing' &&
        r.cells.column === 'open_places',
    );
    assert.equal(line?.cells.value, '12');
  });

  test('the coordinator’s dashboard shows them with the funding sources; no comparison', async () => {
    const coordinator = await as(stock.people.coordinator.email);
    const response = await coordinator.get('/api/reports/coordinator');
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json<{
      serviceTypes: {
        measures: Report['measures'];
        fundingSources: { serviceType: string; sources: string[] }[];
      };
    }>();
    assert.deepEqual(
      dashboard.serviceTypes.measures.map((m) => m.id),
      ['capacity_against_need', 'service_funding'],
    );
    assert.deepEqual(dashboard.serviceTypes.fundingSources, [
      { serviceType: 'emergency_shelter', sources: ['County general fund', 'State CSEC grant'] },
      { serviceType: 'housing', sources: ['County general fund', 'State CSEC grant'] },
    ]);
    const compared = (await coordinator.get(`${url('service_type')}&compare=previous`)).json<{
      measures: { id: string; previous?: unknown }[];
    }>();
    const capacity = compared.measures.find((m) => m.id === 'capacity_against_need');
    assert.equal(capacity?.previous, null);
    // Another county sees its own directory only: 40 places, nobody waiting.
    const neighbor = (
      await (await as(elsewhere.people.coordinator.email)).get(url('service_type'))
    ).json<Report>();
    const theirs = snapshot(neighbor, 'capacity_against_need');
    assert.deepEqual(theirs.row('emergency_shelter').cells[0], { value: 40, suppressed: false });
    assert.deepEqual(theirs.table.totals[1], { value: 0, suppressed: false });
    // Only the measures' readers: an advocate is refused.
    const advocate = await as(stock.people.advocate.email);
    assert.equal((await advocate.get(url('service_type'))).statusCode, 403);
  });

  test('race or ethnicity: recorded and corrected with identity, never read by oversight', async () => {
    const advocate = await as(stock.people.advocate.email);
    const created = await advocate.post('/api/youth', {
      givenName: 'Selfdescribed',
      estimatedBirthYear: 2011,
      raceEthnicity: ['white', 'hispanic_latino'],
      createAnyway: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id } = created.json<{ id: string }>();
    const record = await advocate.get(`/api/youth/${id}`);
    assert.equal(record.statusCode, 200, record.body);
    assert.deepEqual(
      record.json<{ identity: { raceEthnicity: string[] } }>().identity.raceEthnicity,
      ['hispanic_latino', 'white'],
    );
    const corrected = await advocate.patch(`/api/youth/${id}/identity`, {
      raceEthnicity: ['prefers_not_to_say'],
      reason: 'she asked that it not be recorded',
    });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.deepEqual(corrected.json<{ fields: string[] }>().fields, ['raceEthnicity']);
    for (const bad of [['latino'], ['white', 'unknown'], [], ['asian', 'asian'], 'white']) {
      const response = await advocate.post('/api/youth', {
        givenName: 'Refused',
        raceEthnicity: bad,
        createAnyway: true,
      });
      assert.equal(response.statusCode, 400, `${JSON.stringify(bad)}: ${response.body}`);
      assert.equal(response.json<{ error: { code: string } }>().error.code, 'invalid_input');
    }
    const oversight = await as(stock.people.oversight_analyst.email);
    const denied = await oversight.get(`/api/youth/${id}`);
    assert.ok([403, 404].includes(denied.statusCode), denied.body);
    assert.ok(!denied.body.includes('prefers_not_to_say'));
    // The other county's advocate does not find it at all.
    const stranger = await as(elsewhere.people.advocate.email);
    assert.ok([403, 404].includes((await stranger.get(`/api/youth/${id}`)).statusCode));
  });
});
