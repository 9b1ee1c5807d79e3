// The privileged-note check of the demo crawl (issue 3, "done when"): an advocate writes a
// privileged note holding a unique marker, and a privileged document holding it in its bytes and
// title; only the authoring organization's qualified caseworker may ever receive the marker, on
// any GET route. A case note written the same way is the control. An MDT meeting with the case on
// its agenda and minutes of it gives the meeting routes an id of their own. The log and
// database-file scans of the marker are in test/api/demo-crawl.test.ts.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { Check, CrawlContext } from './walk.js';

export const MARKER = `PRIVILEGED-MARKER-${randomBytes(12).toString('hex')}`;
export const CONTROL = `CASE-NOTE-CONTROL-${randomBytes(12).toString('hex')}`;
/** In the bytes of a missing-youth photo, which is kept only sealed (migration 0027). */
export const PHOTO_MARKER = `PHOTO-MARKER-${randomBytes(12).toString('hex')}`;

/** The only account allowed to see the note: the qualified caseworker who wrote it. */
export const AUTHOR = 'advocate@demo.test';

export interface PrivilegedPlanted {
  readonly check: Check;
  readonly noteId: string;
  readonly documentId: string;
  readonly meetingId: string;
}

export async function plantPrivileged(context: CrawlContext): Promise<PrivilegedPlanted> {
  const { app, mayaId: youthId } = context;
  const advocate = await context.signIn(AUTHOR);
  const written = await advocate.post(`/api/youth/${youthId}/notes`, {
    kind: 'privileged',
    body: `She told me about ${MARKER} tonight.`,
  });
  assert.equal(written.statusCode, 201, written.body);
  const noteId = written.json<{ id: string }>().id;
  const control = await advocate.post(`/api/youth/${youthId}/notes`, {
    kind: 'case',
    category: 'needs_services',
    body: `Needs: ${CONTROL}`,
  });
  assert.equal(control.statusCode, 201);
  // Someone not allowed tries to write one with the marker: refused, and not stored anywhere.
  const police = await context.signIn('police@demo.test');
  const refused = await police.post(`/api/youth/${youthId}/notes`, {
    kind: 'privileged',
    body: `Police attempt: ${MARKER}`,
  });
  assert.equal(refused.statusCode, 403);
  assert.ok(!refused.body.includes(MARKER));
  // A mandated report filed from the note holds only what was reported.
  const report = await advocate.post(`/api/youth/${youthId}/mandated-reports`, {
    kind: 'child_abuse_or_neglect',
    reportedTo: 'Child abuse hotline',
    reportedAt: '2026-11-23T09:00:00Z',
    content: 'Reported suspected abuse.',
    sourceNoteId: noteId,
  });
  assert.equal(report.statusCode, 201, report.body);

  // A privileged document holding the marker, in its bytes and its title (docs/LEGAL-AND-MDT.md).
  const boundary = 'crawlboundary';
  const uploaded = await app.inject({
    method: 'POST',
    url: `/api/youth/${youthId}/documents`,
    headers: {
      cookie: advocate.cookie ?? '',
      'x-csrf-token': advocate.csrfToken ?? '',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: [
      ...Object.entries({ category: 'legal', title: `Told ${MARKER}`, privileged: 'true' }).map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="told.pdf"\r\n`,
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n% ${MARKER}\n%%EOF\n\r\n--${boundary}--\r\n`,
    ].join(''),
  });
  assert.equal(uploaded.statusCode, 201, uploaded.body);
  const documentId = uploaded.json<{ id: string }>().id;
  const photo = await advocate.put(`/api/youth/${youthId}/missing-profile`, {
    ...{ height: null, build: null, hair: null, eyes: null, marks: null, riskLevel: null },
    photoConsent: true,
    photo: {
      contentType: 'image/jpeg',
      data: Buffer.concat([
        Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
        Buffer.from(PHOTO_MARKER),
      ]).toString('base64'),
    },
  });
  assert.equal(photo.statusCode, 200, photo.body);

  // An MDT meeting with the case on its agenda and minutes of it (docs/LEGAL-AND-MDT.md): a
  // meeting's views and printed agenda are held to the same rule.
  const coordinator = await context.signIn('coordinator@demo.test');
  const record = (await advocate.get(`/api/youth/${youthId}`)).json<{
    caseNumber: string;
    jurisdictionId: string;
  }>();
  const county = (await coordinator.get('/api/organizations'))
    .json<{ id: string; type: string; jurisdictionId: string }[]>()
    .filter((o) => o.jurisdictionId === record.jurisdictionId);
  const scheduled = await coordinator.post('/api/mdt-meetings', {
    title: 'Monday MDT',
    startsAt: '2026-11-30T17:00:00Z',
    attendeeOrganizationIds: county
      .filter((o) => ['advocacy', 'law_enforcement', 'child_welfare'].includes(o.type))
      .map((o) => o.id),
  });
  assert.equal(scheduled.statusCode, 201, scheduled.body);
  const meetingId = scheduled.json<{ id: string }>().id;
  const agenda = await coordinator.patch(`/api/mdt-meetings/${meetingId}/agenda`, {
    caseNumbers: [record.caseNumber],
  });
  assert.equal(agenda.statusCode, 200, agenda.body);
  const minutes = await coordinator.post(`/api/mdt-meetings/${meetingId}/minutes`, {
    youthId,
    categories: ['case_notes'],
    body: 'Reviewed the plan for the week.',
  });
  assert.equal(minutes.statusCode, 201, minutes.body);

  const receivedBy = new Set<string>();
  let inspected = 0;
  const check: Check = {
    name: 'privileged note',
    prepare: () => Promise.resolve(),
    readsSharedWalk: true,
    ownUrls: () => [],
    inspect(email, _url, _status, body) {
      inspected += 1;
      if (body.includes(MARKER)) receivedBy.add(email);
    },
    finish() {
      assert.deepEqual([...receivedBy], [AUTHOR], 'only the author organization’s caseworker');
      assert.ok(inspected > 5_000, `only ${String(inspected)} answers read`);
    },
  };
  return { check, noteId, documentId, meetingId };
}
