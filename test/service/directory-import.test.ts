// HSDS import and export against a real database: the official examples go in and come back
// out unchanged; a broken datapackage is refused row by row and writes nothing; --partial
// writes exactly the rows that hold together; exported CSV is safe to open in a spreadsheet;
// every row reason has a code, and words in English (its reason) and Spanish.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, test } from 'node:test';
import { commandLine } from '../../src/server/context.js';
import { readCsv } from '../../src/hsds/csv.js';
import { exportDirectory, tableAsCsv } from '../../src/server/services/directory/export.js';
import {
  importDirectory as importFor,
  type ImportOptions,
} from '../../src/server/services/directory/import.js';
import type { DatasetInput, RowProblem } from '../../src/hsds/dataset.js';
import i18next from 'i18next';
import { codedReasons, englishReason, IMPORT_REASON_CODES } from '../../src/hsds/row-reasons.js';
import { directoryEn } from '../../src/web/src/i18n/directory.en.js';
import { directoryEs } from '../../src/web/src/i18n/directory.es.js';
import {
  wordImportProblem,
  type Translate,
} from '../../src/web/src/pages/directory/import-reasons.js';
import type { AppServices, RequestContext } from '../../src/server/context.js';
import { insertJurisdiction } from '../../src/db/repositories/jurisdictions.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { testServices } from '../support/world.js';

const VENDOR = new URL('../../vendor/hsds-3.0/examples/', import.meta.url);
const EXAMPLES: Record<string, string> = Object.fromEntries(
  readdirSync(new URL('csv/', VENDOR)).map((f) => [
    f,
    readFileSync(new URL(`csv/${f}`, VENDOR), 'utf8'),
  ]),
);
const TABULAR = JSON.parse(readFileSync(new URL('tabular.json', VENDOR), 'utf8')) as Record<
  string,
  unknown[]
>;

let database: TestDatabase;
let app: ReturnType<typeof testServices>;
let county: string;

before(async () => {
  database = await openTestDatabase();
  app = testServices(database.db);
  county = (
    await insertJurisdiction(database.db, {
      name: 'Import County',
      kind: 'county',
      stateCode: 'CA',
    })
  ).id;
});

/** The operator's import, for the one county of this file. */
const importDirectory = (
  services: AppServices,
  request: RequestContext,
  input: DatasetInput,
  options: ImportOptions = {},
) => importFor(services, request, input, { jurisdictionId: county, ...options });
after(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.exec(`DELETE FROM hsds_records; DELETE FROM directory_search;
    DELETE FROM directory_service_profiles; DELETE FROM directory_location_profiles;`);
});

const count = async () =>
  (await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM hsds_records'))[0]?.n;

/** A file's rows as objects of their non-empty cells, for comparing datapackages. */
const rowsOf = (csv: string) =>
  readCsv(csv)
    .rows.map((r) => Object.fromEntries(Object.entries(r.cells).filter(([, v]) => v !== '')))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));

const ORG = '11111111-1111-4111-8111-111111111111';
const SERVICE = '22222222-2222-4222-8222-222222222222';
const OTHER_SERVICE = '33333333-3333-4333-8333-333333333333';
const organizations = `id,name,description\n${ORG},Harbor Youth Services,Youth services\n`;

describe('the official HSDS 3.0 examples', () => {
  test('import from CSV, with warnings for references to other datasets', async () => {
    const report = await importDirectory(app, commandLine, EXAMPLES);
    assert.deepEqual(report.problems, []);
    assert.equal(report.committed, true);
    assert.equal(report.rowsRead, 21);
    assert.equal(await count(), 21);
    assert.equal(report.warnings.length, 6);
    assert.ok(
      report.warnings.some(
        (w) =>
          w.file === 'organizations.csv' && w.line === 2 && /parent_organization_id/.test(w.reason),
      ),
    );
  });

  test('export round-trips them: every file, every row, every value', async () => {
    await importDirectory(app, commandLine, EXAMPLES);
    const exported = new Map(
      (await exportDirectory(app, commandLine)).map((t) => [t.file, tableAsCsv(t)]),
    );
    for (const [file, original] of Object.entries(EXAMPLES)) {
      if (!file.endsWith('.csv')) continue;
      assert.deepEqual(rowsOf(exported.get(file) ?? ''), rowsOf(original), file);
    }
    // And importing the export changes nothing.
    const again = await importDirectory(app, commandLine, Object.fromEntries(exported));
    assert.deepEqual(again.problems, []);
    assert.equal(again.unchanged, 21, 'every row is identical to what is stored');
    assert.equal(await count(), 21);
  });

  test('the same tables as JSON import too, and export back to the same values', async () => {
    const report = await importDirectory(app, commandLine, TABULAR);
    assert.deepEqual(report.problems, []);
    assert.equal(await count(), 21);
    const tables = await exportDirectory(app, commandLine);
    const services = tables.find((t) => t.file === 'services.csv');
    const original = TABULAR['services.csv']![0] as Record<string, unknown>;
    assert.equal(services?.objects[0]?.minimum_age, original.minimum_age);
    assert.equal(services?.objects[0]?.name, original.name);
  });
});

describe('a broken datapackage is refused with exact row errors and writes nothing', () => {
  test('missing ids, dangling references, wrong types, bad values and duplicates', async () => {
    const services = [
      'id,organization_id,name,status,minimum_age,email',
      `,${ORG},No id,active,,`,
      `${SERVICE},44444444-4444-4444-8444-444444444444,Dangling,active,,`,
      `${OTHER_SERVICE},${ORG},Wrong type,active,twelve,`,
      `55555555-5555-4555-8555-555555555555,${ORG},Bad status,open,,`,
      `66666666-6666-4666-8666-666666666666,${ORG},Bad email,active,,not-an-email`,
      `not-a-uuid,${ORG},Bad id,active,,`,
      `77777777-7777-4777-8777-777777777777,${ORG},First,active,,`,
      `77777777-7777-4777-8777-777777777777,${ORG},Twice,active,,`,
      `88888888-8888-4888-8888-888888888888,${ORG},Too many cells,active,,,extra`,
    ].join('\n');
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': services,
      'nonsense.csv': 'a,b\n1,2\n',
    });
    assert.equal(report.committed, false);
    assert.deepEqual(report.written, {});
    assert.equal(await count(), 0, 'nothing was written');
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line]),
      [
        ['nonsense.csv', null],
        ['services.csv', 2],
        ['services.csv', 3],
        ['services.csv', 4],
        ['services.csv', 5],
        ['services.csv', 6],
        ['services.csv', 7],
        ['services.csv', 9],
        ['services.csv', 10],
      ],
    );
    const reason = (line: number) =>
      report.problems.find((p) => p.file === 'services.csv' && p.line === line)?.reason ?? '';
    assert.match(reason(2), /id is required/);
    assert.match(
      reason(3),
      /organization_id 44444444-4444-4444-8444-444444444444 names no organization/,
    );
    assert.match(reason(4), /minimum_age must be a number, not "twelve"/);
    assert.match(reason(5), /status must be one of: active, inactive, defunct, temporarily closed/);
    assert.match(reason(6), /email must be a valid email/);
    assert.match(reason(7), /id must be a valid uuid/);
    assert.match(reason(9), /appears twice \(first on line 8\)/);
    assert.match(reason(10), /more cells than the header/);
  });

  test('a reference to a record already in the directory resolves', async () => {
    await importDirectory(app, commandLine, { 'organizations.csv': organizations });
    const report = await importDirectory(app, commandLine, {
      'services.csv': `id,organization_id,name,status\n${SERVICE},${ORG},Later,active\n`,
    });
    assert.deepEqual(report.problems, []);
    assert.equal(await count(), 2);
  });

  test('a JSON table that is not an array of rows is refused, not a crash', async () => {
    const report = await importDirectory(app, commandLine, {
      'services.csv': 42 as unknown as string,
    });
    assert.equal(report.committed, false);
    assert.match(report.problems[0]?.reason ?? '', /CSV text or an array of rows/);
  });

  test('invalid CSV syntax names its line', async () => {
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': `id,name,description\n${ORG},"unterminated,x\n`,
    });
    assert.equal(report.committed, false);
    assert.equal(report.problems[0]?.file, 'organizations.csv');
    assert.match(report.problems[0]?.reason ?? '', /not valid CSV/);
  });

  test("Lantern's own columns are checked too", async () => {
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': `id,organization_id,name,status\n${SERVICE},${ORG},Shelter,active\n`,
      'lantern_services.csv': [
        'service_id,needs,level,cohort_rule,capacity_available',
        `${SERVICE},"housing,flying",both,either,`,
        `${SERVICE},housing,sometimes,either,`,
        `${SERVICE},housing,both,everyone,-2`,
        `${OTHER_SERVICE},housing,both,either,`,
      ].join('\n'),
      'lantern_locations.csv': `location_id,confidential\n${OTHER_SERVICE},true\n`,
    });
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.problems.map((p) => `${p.file}:${p.line}`),
      [
        'lantern_locations.csv:2',
        'lantern_services.csv:2',
        'lantern_services.csv:3',
        'lantern_services.csv:4',
        'lantern_services.csv:5',
      ],
    );
    assert.equal(await count(), 0);
  });
});

describe('an alternative to detention (issue 11)', () => {
  const services = `id,organization_id,name,status\n${SERVICE},${ORG},Host Homes,active\n${OTHER_SERVICE},${ORG},Shelter,active\n`;
  const flags = async () =>
    Object.fromEntries(
      (
        await database.db.query<{ service_id: string; alternative_to_detention: boolean }>(
          'SELECT service_id, alternative_to_detention FROM directory_service_profiles',
        )
      ).map((r) => [r.service_id, r.alternative_to_detention]),
    );

  test('a value that is not true or false is refused with its file, line and reason', async () => {
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': services,
      'lantern_services.csv': [
        'service_id,needs,alternative_to_detention',
        `${SERVICE},housing,maybe`,
        `${OTHER_SERVICE},housing,2`,
      ].join('\n'),
    });
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line]),
      [
        ['lantern_services.csv', 2],
        ['lantern_services.csv', 3],
      ],
    );
    for (const problem of report.problems)
      assert.match(problem.reason, /^alternative_to_detention: must be true or false/);
    assert.equal(await count(), 0, 'nothing was written');
    // The same in the JSON form: a string or a number is no flag.
    const json = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': services,
      'lantern_services.csv': [{ service_id: SERVICE, alternative_to_detention: 7 }],
    });
    assert.deepEqual(
      json.problems.map((p) => [
        p.file,
        p.line,
        /^alternative_to_detention: must be true or false/.test(p.reason),
      ]),
      [['lantern_services.csv', 1, true]],
    );
  });

  test('export and import keep it: CSV and JSON, and a changed mark is a change', async () => {
    const first = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': services,
      // Without the column (a file from before it), a service is no alternative.
      'lantern_services.csv': `service_id,needs,alternative_to_detention\n${SERVICE},housing,yes\n${OTHER_SERVICE},housing,\n`,
    });
    assert.deepEqual(first.problems, []);
    assert.deepEqual(await flags(), { [SERVICE]: true, [OTHER_SERVICE]: false });
    const tables = await exportDirectory(app, commandLine);
    const lantern = tables.find((t) => t.file === 'lantern_services.csv');
    assert.equal(lantern?.header.at(-1), 'alternative_to_detention', 'the last column');
    assert.deepEqual(
      Object.fromEntries(
        (lantern?.objects ?? []).map((o) => [o.service_id, o.alternative_to_detention]),
      ),
      { [SERVICE]: 'true', [OTHER_SERVICE]: 'false' },
    );

    const csv = Object.fromEntries(tables.map((t) => [t.file, tableAsCsv(t)]));
    await database.db.exec('DELETE FROM directory_service_profiles');
    const back = await importDirectory(app, commandLine, csv);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(await flags(), { [SERVICE]: true, [OTHER_SERVICE]: false }, 'from CSV');
    const again = await importDirectory(app, commandLine, csv);
    assert.equal(again.unchanged, again.rowsRead, 'every row is identical to what is stored');

    const json = Object.fromEntries(tables.map((t) => [t.file, t.objects]));
    const turned = (json['lantern_services.csv'] ?? []).map((o) => ({
      ...o,
      alternative_to_detention: o.service_id === OTHER_SERVICE,
    }));
    const changed = await importDirectory(app, commandLine, {
      ...json,
      'lantern_services.csv': turned,
    });
    assert.deepEqual(changed.problems, []);
    assert.equal(changed.unchanged, changed.rowsRead - 2, 'both marks changed, nothing else');
    assert.deepEqual(await flags(), { [SERVICE]: false, [OTHER_SERVICE]: true }, 'from JSON');
  });
});

describe("a second row for the same record in Lantern's tables", () => {
  test('is a problem naming the first, not a database error', async () => {
    const location = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': organizations,
      'services.csv': `id,organization_id,name,status\n${SERVICE},${ORG},Shelter,active\n`,
      'locations.csv': `id,location_type\n${location},physical\n`,
      'lantern_services.csv': `service_id,needs\n${SERVICE},housing\n${SERVICE},medical\n`,
      'lantern_locations.csv': `location_id,confidential\n${location},true\n${location},false\n`,
    });
    assert.equal(report.committed, false);
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.line, p.reason]),
      [
        ['lantern_locations.csv', 3, `location_id ${location} appears twice (first on line 2)`],
        ['lantern_services.csv', 3, `service_id ${SERVICE} appears twice (first on line 2)`],
      ],
    );
    const partial = await importDirectory(
      app,
      commandLine,
      {
        'organizations.csv': organizations,
        'services.csv': `id,organization_id,name,status\n${SERVICE},${ORG},Shelter,active\n`,
        'lantern_services.csv': `service_id,needs\n${SERVICE},housing\n${SERVICE},medical\n`,
      },
      { partial: true },
    );
    assert.equal(partial.committed, true);
    const [profile] = await database.db.query<{ needs: string[] }>(
      'SELECT needs FROM directory_service_profiles WHERE service_id = $1',
      [SERVICE],
    );
    assert.deepEqual(profile?.needs, ['housing'], 'the first row is the one written');
  });
});

describe('--partial writes exactly the rows that hold together', () => {
  test('valid rows are written; a row that names a refused row is refused with it', async () => {
    const report = await importDirectory(
      app,
      commandLine,
      {
        'organizations.csv': `${organizations}99999999-9999-4999-8999-999999999999,,No name\n`,
        'services.csv': [
          'id,organization_id,name,status',
          `${SERVICE},${ORG},Good,active`,
          `${OTHER_SERVICE},99999999-9999-4999-8999-999999999999,Orphaned by a bad row,active`,
        ].join('\n'),
        'phones.csv': `id,service_id,number\naaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,${SERVICE},555-0100\n`,
      },
      { partial: true },
    );
    assert.equal(report.committed, true);
    assert.deepEqual(report.written, {
      'organizations.csv': 1,
      'services.csv': 1,
      'phones.csv': 1,
    });
    assert.deepEqual(
      report.problems.map((p) => `${p.file}:${p.line}`),
      ['organizations.csv:3', 'services.csv:3'],
    );
    const ids = (
      await database.db.query<{ id: string }>('SELECT id FROM hsds_records ORDER BY id')
    ).map((r) => r.id);
    assert.deepEqual(ids, [ORG, SERVICE, 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'].sort());
  });

  test('a dry run checks and writes nothing', async () => {
    const report = await importDirectory(app, commandLine, EXAMPLES, { dryRun: true });
    assert.deepEqual(report.problems, []);
    assert.equal(report.committed, false);
    assert.equal(await count(), 0);
  });
});

describe('exported CSV is safe from spreadsheet formula injection', () => {
  test('formula-looking cells get a leading apostrophe, numbers do not, and re-import restores them', async () => {
    const dangerous = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+cmd|calc',
      '@SUM(A1)',
      '-2+3',
    ];
    const rows = dangerous.map(
      (name, i) =>
        `${String(i + 1).repeat(8)}-1111-4111-8111-111111111111,${name.includes(',') ? `"${name.replace(/"/g, '""')}"` : name},d`,
    );
    await importDirectory(app, commandLine, {
      'organizations.csv': `id,name,description\n${rows.join('\n')}\n`,
      'locations.csv': `id,location_type,latitude,longitude\nbbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb,physical,37.8,-122.27\n`,
    });
    const tables = await exportDirectory(app, commandLine);
    const csv = tableAsCsv(tables.find((t) => t.file === 'organizations.csv')!);
    for (const line of csv.trim().split('\n').slice(1)) {
      const name = line.split(',')[1] ?? '';
      assert.ok(/^"?'[=+\-@]/.test(name), `escaped: ${line}`);
    }
    const locations = tableAsCsv(tables.find((t) => t.file === 'locations.csv')!);
    assert.match(locations, /,-122\.27,/, 'a negative number stays a number');
    const exported = Object.fromEntries(tables.map((t) => [t.file, tableAsCsv(t)]));
    await database.db.exec('DELETE FROM hsds_records');
    await importDirectory(app, commandLine, exported);
    const names = (
      await database.db.query<{ name: string }>(
        `SELECT data ->> 'name' AS name FROM hsds_records WHERE kind = 'organization' ORDER BY id`,
      )
    ).map((r) => r.name);
    assert.deepEqual(names, dangerous);
  });
});

describe('row reasons in the reader’s language (issue 15, item 7)', () => {
  async function translator(language: 'en' | 'es'): Promise<Translate> {
    const i18n = i18next.createInstance();
    const words = language === 'en' ? directoryEn : directoryEs;
    await i18n.init({
      lng: language,
      resources: { [language]: { translation: { directoryImport: words.directoryImport } } },
      interpolation: { escapeValue: false },
    });
    return (key, options) => i18n.t(key, options);
  }

  test('every reason code has words in English and Spanish, and no word lacks a code', () => {
    for (const words of [directoryEn, directoryEs]) {
      assert.deepEqual(
        Object.keys(words.directoryImport.reasons).sort(),
        [...IMPORT_REASON_CODES].sort(),
      );
      for (const code of IMPORT_REASON_CODES) assert.ok(words.directoryImport.reasons[code].trim());
    }
  });

  test('every reason a bad import gives: the English words are its reason, the Spanish differ and leave no placeholder', async () => {
    const LOCATION = '99999999-9999-4999-8999-999999999999';
    const report = await importDirectory(app, commandLine, {
      'organizations.csv': `id,name,description,parent_organization_id,extra\n${ORG},Harbor,Youth,aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa,x\n`,
      'services.csv': [
        'id,organization_id,name,status,minimum_age,email',
        `,${ORG},No id,active,,`,
        `${SERVICE},44444444-4444-4444-8444-444444444444,Dangling,active,,`,
        `${OTHER_SERVICE},${ORG},Wrong type,active,twelve,`,
        `55555555-5555-4555-8555-555555555555,${ORG},,open,,not-an-email`,
        `77777777-7777-4777-8777-777777777777,${ORG},First,active,,`,
        `77777777-7777-4777-8777-777777777777,${ORG},Twice,active,,`,
        `88888888-8888-4888-8888-888888888888,${ORG},Too many cells,active,,,extra`,
      ].join('\n'),
      'locations.csv': `id,organization_id,name,location_type\n${LOCATION},${ORG},Place,physical\n`,
      'phones.csv': [{ id: 'p1', number: { a: 1 } }, 'not a row'],
      'contacts.csv': 42 as unknown as string,
      'schedules.csv': `id,service_id\n"x,y\n`,
      'nonsense.csv': 'a,b\n1,2\n',
      'lantern_services.csv': [
        'service_id,needs,level,cohort_rule,capacity_available,csec_specialized,response_business_days,csec_training',
        `77777777-7777-4777-8777-777777777777,"housing,flying",both,either,,maybe,,`,
        `77777777-7777-4777-8777-777777777777,housing,both,everyone,-2,,99,${'t'.repeat(2001)}`,
        `77777777-7777-4777-8777-777777777777,housing,both,either,abc,,,`,
        `77777777-7777-4777-8777-777777777777,housing,both,either,,,,`,
        `77777777-7777-4777-8777-777777777777,housing,both,either,,,,`,
        `${OTHER_SERVICE},housing,both,either,,,,`,
        `,housing,both,either,,,,`,
      ].join('\n'),
      'lantern_locations.csv': [
        { location_id: 7, confidential: true },
        { location_id: LOCATION, confidential: 'perhaps' },
      ],
      'lantern_organizations.csv': `organization_id,lantern_organization_id\n${ORG},not-a-uuid\n${ORG},aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa\n`,
    });
    const rows = [...report.problems, ...report.warnings];
    const given = new Set(rows.flatMap((p) => [p.code, ...(p.more ?? []).map((m) => m.code)]));
    // Ajv's other keywords cannot arise from a row of text and numbers: a sample below.
    assert.deepEqual(
      [...given].sort(),
      IMPORT_REASON_CODES.filter((code) => code !== 'invalid').sort(),
      'the import gives every reason but one',
    );
    const [en, es] = [await translator('en'), await translator('es')];
    for (const problem of rows) {
      const parts = [{ code: problem.code, values: problem.values }, ...(problem.more ?? [])];
      assert.equal(problem.reason, parts.map(englishReason).join('; '));
      assert.equal(wordImportProblem(en, problem), problem.reason, problem.reason);
      const spanish = wordImportProblem(es, problem);
      assert.notEqual(spanish, problem.reason);
      assert.doesNotMatch(spanish, /\{\{|\}\}/, spanish);
    }
    const byLine = (file: string, line: number) =>
      report.problems.find((p) => p.file === file && p.line === line);
    assert.equal(
      wordImportProblem(es, byLine('services.csv', 4) as RowProblem),
      'minimum_age debe ser un número, no «twelve»',
    );
    assert.equal(
      wordImportProblem(es, byLine('services.csv', 3) as RowProblem),
      'organization_id 44444444-4444-4444-8444-444444444444 no corresponde a ninguna fila de organizations.csv',
    );
  });

  test('a reason of another code, or none, is shown as the English sentence', async () => {
    const es = await translator('es');
    const invalid: RowProblem = {
      file: 'services.csv',
      line: 2,
      ...codedReasons([{ code: 'invalid', values: { field: 'name', message: 'is odd' } }]),
    };
    assert.equal(invalid.reason, 'name is odd');
    assert.equal(wordImportProblem(es, invalid), 'name no es válido');
    const unknown = { ...invalid, code: 'from_a_newer_server', values: {} };
    assert.equal(wordImportProblem(es, unknown), 'name is odd');
    const further = { ...invalid, more: [{ code: 'from_a_newer_server', values: {} }] };
    assert.equal(wordImportProblem(es, further), 'name is odd');
    assert.equal(wordImportProblem(es, { reason: 'older server' }), 'older server');
  });
});
