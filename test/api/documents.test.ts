// Documents on a case (docs/LEGAL-AND-MDT.md, "Documents"): the upload, list and download round
// trip, the file and its title kept only sealed, the read rule (a category's basis; privileged
// documents by the privileged rules), every download and refusal audited, and bad input refused
// with nothing stored.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { insertQualification } from '../../src/db/repositories/legal.js';
import type { App } from '../../src/server/http/types.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { signedIn, testApp, type Client } from '../support/http.js';
import { addToTeam, agreement, consentBody, openYouth } from '../support/cases.js';
import { createWorld, testServices, type World } from '../support/world.js';

const MAX_BYTES = 64 * 1024;
const MARKER = `DOCUMENT-MARKER-${randomBytes(8).toString('hex')}`;
const TITLE_MARKER = `TITLE-MARKER-${randomBytes(8).toString('hex')}`;

/** A small PDF holding the marker, as a scanner would write it. */
const pdf = (text = MARKER) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

type Part =
  { name: string; value: string } | { name: string; fileName: string; type: string; bytes: Buffer };

function multipart(parts: readonly Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----lantern${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head =
      'bytes' in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\nContent-Type: ${part.type}`
        : `Content-Disposition: form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n\r\n`));
    chunks.push('bytes' in part ? part.bytes : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

let database: TestDatabase;
let app: App;
let world: World;
let elsewhere: World;
let youthId = '';
let documentId = '';
let privilegedId = '';

async function upload(
  client: Client,
  youth: string,
  parts: readonly Part[],
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipart(parts);
  return app.inject({
    method: 'POST',
    url: `/api/youth/${youth}/documents`,
    headers: {
      cookie: client.cookie ?? '',
      'x-csrf-token': client.csrfToken ?? '',
      'content-type': contentType,
    },
    payload,
  });
}

const fields = (overrides: Record<string, string | null> = {}): Part[] =>
  Object.entries({ category: 'medical', title: 'Health evaluation', ...overrides }).flatMap(
    ([name, value]) => (value === null ? [] : [{ name, value }]),
  );
const file = (bytes: Buffer, fileName = 'evaluation.pdf', type = 'application/pdf'): Part => ({
  name: 'file',
  fileName,
  type,
  bytes,
});

const as = (email: string) => signedIn(app, email);
const count = async (sql: string, params: unknown[]) =>
  (await database.db.query<{ n: number }>(sql, params))[0]?.n ?? -1;

before(async () => {
  database = await openTestDatabase();
  const services = testServices(database.db, { demoMode: true });
  app = await testApp({ ...services, config: { ...services.config, maxDocumentBytes: MAX_BYTES } });
  world = await createWorld(database.db);
  elsewhere = await createWorld(database.db, 'Elsewhere');
  await agreement(database.db, world, ['law_enforcement', 'advocacy', 'medical']);
  await insertQualification(database.db, {
    jurisdictionId: world.jurisdictionId,
    userId: world.people.advocate.id,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'Program director',
    completedOn: '2026-03-01',
    recordedByUserId: world.people.coordinator.id,
    now: new Date('2026-03-02T10:00:00Z'),
  });
  const police = await as(world.people.law_enforcement_officer.email);
  youthId = (await openYouth(police)).id;
  await addToTeam(police, youthId, world.organizations.advocacy.id, 'advocate');
  await addToTeam(police, youthId, world.organizations.medical.id, 'medical');
  // The youth lets the clinic see the advocate's medical data (the advocate's own: at once).
  const advocate = await as(world.people.advocate.email);
  const consent = await advocate.post(`/api/youth/${youthId}/consents`, consentBody(world));
  assert.equal(consent.statusCode, 201, consent.body);
});
after(async () => {
  await app.close();
  await database.close();
});

describe('a document on the case', () => {
  test('uploaded, listed and downloaded byte for byte, with safe headers', async () => {
    const advocate = await as(world.people.advocate.email);
    const uploaded = await upload(advocate, youthId, [
      ...fields({ title: `Evaluation ${TITLE_MARKER}` }),
      file(pdf(), 'Evaluación (final).pdf'),
    ]);
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const created = uploaded.json<{ id: string; contentType: string; sizeBytes: number }>();
    documentId = created.id;
    assert.equal(created.contentType, 'application/pdf');
    assert.equal(created.sizeBytes, pdf().length);

    const list = await advocate.get(`/api/youth/${youthId}/documents`);
    assert.equal(list.statusCode, 200, list.body);
    const listed = list.json<{ documents: { id: string; title: string; fileName: string }[] }>();
    assert.deepEqual(
      listed.documents.map((d) => [d.id, d.title, d.fileName]),
      [[documentId, `Evaluation ${TITLE_MARKER}`, 'Evaluación (final).pdf']],
    );
    assert.ok(!list.body.includes(MARKER), 'a list never carries the content');

    const download = await advocate.get(`/api/documents/${documentId}`);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, pdf());
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(
      download.headers['content-disposition'],
      'attachment; filename="Evaluacion-final.pdf"',
    );
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.equal(download.headers['cache-control'], 'no-store');
    assert.equal(
      await count(
        `SELECT count(*)::int AS n FROM audit_events
         WHERE action = 'document.download' AND outcome = 'allowed' AND target_id = $1`,
        [documentId],
      ),
      1,
    );
  });

  test('a document whose stored bytes were altered answers plainly, audited, and sends nothing', async () => {
    const advocate = await as(world.people.advocate.email);
    const uploaded = await upload(advocate, youthId, [
      ...fields({ title: 'Altered later' }),
      file(pdf(), 'altered.pdf'),
    ]);
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const altered = uploaded.json<{ id: string }>().id;
    await database.db.query(
      `UPDATE case_documents SET content_sealed = content_sealed || '\\x00'::bytea WHERE id = $1`,
      [altered],
    );
    const download = await advocate.get(`/api/documents/${altered}`);
    assert.equal(download.statusCode, 409, download.body);
    assert.equal(download.json<{ error: { code: string } }>().error.code, 'document_unreadable');
    assert.equal(
      await count(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'document.download'
           AND outcome = 'denied' AND reason = 'document_unreadable' AND target_id = $1`,
        [altered],
      ),
      1,
    );
    await database.db.query('DELETE FROM case_documents WHERE id = $1', [altered]);
  });

  test('the stored row holds neither the file nor its title in plain form', async () => {
    const rows = await database.db.query<{ row: string }>(
      'SELECT t::text AS row FROM case_documents t WHERE youth_id = $1',
      [youthId],
    );
    assert.equal(rows.length, 1);
    const row = rows[0]?.row ?? '';
    for (const marker of [MARKER, TITLE_MARKER, 'Evaluaci']) {
      assert.ok(!row.includes(marker), `${marker} in plain text`);
      assert.ok(!row.includes(Buffer.from(marker).toString('hex')), `${marker} as bytea hex`);
    }
    assert.ok(row.includes(documentId), 'the scan reads the row');
  });

  test('read by a category basis only; other counties, administrators and oversight never', async () => {
    const clinic = await as(world.people.medical_provider.email);
    const fromClinic = await clinic.get(`/api/documents/${documentId}`);
    assert.equal(fromClinic.statusCode, 200, 'the consent names the clinic for medical data');
    assert.deepEqual(fromClinic.rawPayload, pdf());

    const police = await as(world.people.law_enforcement_officer.email);
    const fromPolice = await police.get(`/api/documents/${documentId}`);
    assert.equal(fromPolice.statusCode, 403);
    assert.equal(
      fromPolice.json<{ error: { code: string } }>().error.code,
      'no_consent_or_legal_basis',
    );
    const policeList = (await police.get(`/api/youth/${youthId}/documents`)).json<{
      documents: unknown[];
      withheld: { category: string; organizationId: string; reason: string }[];
    }>();
    assert.deepEqual(policeList.documents, []);
    assert.deepEqual(
      policeList.withheld.map((w) => [w.category, w.organizationId, w.reason]),
      [['medical', world.organizations.advocacy.id, 'no_consent_or_legal_basis']],
    );

    for (const role of ['administrator', 'oversight_analyst'] as const) {
      const response = await (
        await as(world.people[role].email)
      ).get(`/api/documents/${documentId}`);
      assert.equal(response.statusCode, 403, role);
      assert.ok(!response.body.includes(MARKER));
    }
    const neighbor = await as(elsewhere.people.advocate.email);
    const fromNeighbor = await neighbor.get(`/api/documents/${documentId}`);
    const unknown = await neighbor.get(`/api/documents/${youthId}`);
    assert.equal(fromNeighbor.statusCode, 404);
    assert.deepEqual(fromNeighbor.json(), unknown.json(), 'another county: as an unknown id');
    assert.equal((await neighbor.get(`/api/youth/${youthId}/documents`)).statusCode, 404);
    assert.equal(
      await count(
        `SELECT count(*)::int AS n FROM audit_events
         WHERE action = 'access.denied' AND target_id IN ($1, $2)`,
        [documentId, youthId],
      ),
      5,
      'police, administrator, oversight and the other county (twice) refused on record',
    );
  });

  test('a privileged document: only the author organization’s qualified caseworker', async () => {
    const advocate = await as(world.people.advocate.email);
    const uploaded = await upload(advocate, youthId, [
      ...fields({ title: 'What she told me', privileged: 'true' }),
      file(pdf(`privileged ${MARKER}`), 'told.pdf'),
    ]);
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    privilegedId = uploaded.json<{ id: string }>().id;
    assert.equal((await advocate.get(`/api/documents/${privilegedId}`)).statusCode, 200);

    // The clinic has a consent for medical data: a privileged document never opens that way.
    const clinic = await as(world.people.medical_provider.email);
    const refused = await clinic.get(`/api/documents/${privilegedId}`);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'privileged');
    const clinicList = await clinic.get(`/api/youth/${youthId}/documents`);
    assert.ok(!clinicList.body.includes(privilegedId), 'not listed, not named as withheld');

    const police = await as(world.people.law_enforcement_officer.email);
    const notQualified = await upload(police, youthId, [
      ...fields({ privileged: 'true' }),
      file(pdf()),
    ]);
    assert.equal(notQualified.statusCode, 403);
    assert.equal(
      notQualified.json<{ error: { code: string } }>().error.code,
      'not_qualified_caseworker',
    );
  });
});

describe('bad input is refused and nothing is stored', () => {
  const CASES: [string, () => Part[], number, string][] = [
    ['too large', () => [...fields(), file(pdf('x'.repeat(MAX_BYTES)))], 413, 'document_too_large'],
    [
      'a text file renamed .pdf',
      () => [...fields(), file(Buffer.from(`Just text ${MARKER}`))],
      400,
      'document_type_not_allowed',
    ],
    [
      'a PNG named .pdf',
      () => [...fields(), file(PNG, 'photo.pdf', 'application/pdf')],
      400,
      'document_type_mismatch',
    ],
    [
      'a PNG declared as a PDF',
      () => [...fields(), file(PNG, 'photo.png', 'application/pdf')],
      400,
      'document_type_mismatch',
    ],
    ['empty', () => [...fields(), file(Buffer.alloc(0))], 400, 'document_empty'],
    [
      'an unknown category',
      () => [...fields({ category: 'gossip' }), file(pdf())],
      400,
      'invalid_input',
    ],
    ['no title', () => [...fields({ title: null }), file(pdf())], 400, 'invalid_input'],
    ['a blank title', () => [...fields({ title: '   ' }), file(pdf())], 400, 'invalid_input'],
    ['no category', () => [...fields({ category: null }), file(pdf())], 400, 'invalid_input'],
    ['an unknown field', () => [...fields({ note: 'x' }), file(pdf())], 400, 'invalid_input'],
    ['no file', () => fields(), 400, 'document_file_required'],
    [
      'two files',
      () => [...fields(), file(pdf()), file(PNG, 'b.png', 'image/png')],
      400,
      'one_file_only',
    ],
  ];
  for (const [name, parts, status, code] of CASES) {
    test(name, async () => {
      const advocate = await as(world.people.advocate.email);
      const before = await count('SELECT count(*)::int AS n FROM case_documents', []);
      const response = await upload(advocate, youthId, parts());
      assert.equal(response.statusCode, status, response.body);
      assert.equal(response.json<{ error: { code: string } }>().error.code, code);
      assert.equal(await count('SELECT count(*)::int AS n FROM case_documents', []), before);
    });
  }
  test('a JSON body instead of a form', async () => {
    const advocate = await as(world.people.advocate.email);
    const response = await advocate.post(`/api/youth/${youthId}/documents`, {
      category: 'medical',
      title: 'x',
      file: 'JVBERi0=',
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'multipart_required');
  });
  test('someone not on the team cannot upload, even a good file', async () => {
    const probation = await as(world.people.probation_officer.email);
    const response = await upload(probation, youthId, [...fields(), file(pdf())]);
    assert.equal(response.statusCode, 403);
    assert.equal(response.json<{ error: { code: string } }>().error.code, 'not_on_case_team');
  });
});
