// Records corrected, closed, reopened and merged (docs/CONFIDENTIALITY.md, "Records corrected,
// closed and merged"). Thin: schema in, one service call, schema out.
import { z } from 'zod';
import type { AppServices } from '../context.js';
import {
  CaseStatusView,
  CloseBody,
  IdentityCorrected,
  IdentityCorrectionBody,
  IdentityHistoryEntry,
  MergeBody,
  NoteCorrectionBody,
  NoteParams,
  ReopenBody,
} from '../http/lifecycle-schemas.js';
import { Created } from '../http/case-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { closeCase, readCaseStatus, reopenCase } from '../services/cases/case-status.js';
import { correctIdentity, readIdentityHistory } from '../services/cases/identity-corrections.js';
import { correctCaseNote } from '../services/cases/note-corrections.js';
import { mergeRecords } from '../services/cases/record-merge.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['youth'];

export function recordLifecycleRoutes(app: App, services: AppServices) {
  app.patch('/api/youth/:id/identity', {
    schema: {
      tags,
      summary: 'Correct the identity (a name learned later, a birth date), with why',
      description:
        'Whoever may read the identity corrects it. The values replaced are kept, sealed, in the history that only readers of identity open. The duplicate check then runs on the new names: possibleDuplicates lists other records the caller may read. 400 no_change, identity_required, born_in_future; 409 record_merged, identity_changed (someone corrected it meanwhile).',
      params: IdParams,
      body: IdentityCorrectionBody,
      response: { 200: IdentityCorrected, ...errors },
    },
    handler: (request) =>
      correctIdentity(services, request.context, request.params.id, request.body),
  });

  app.get('/api/youth/:id/identity/history', {
    schema: {
      tags,
      summary: 'Who corrected the identity, when, which fields, what they held before, and why',
      params: IdParams,
      response: { 200: z.array(IdentityHistoryEntry), ...errors },
    },
    handler: (request) => readIdentityHistory(services, request.context, request.params.id),
  });

  app.post('/api/youth/:id/notes/:noteId/corrections', {
    schema: {
      tags: ['notes'],
      summary: 'Correct a case note: a new version linked to the one it replaces, with why',
      description:
        'The organization that wrote the note. The earlier version stays, readable by exactly those who could read it; the list marks the newest as a correction (correctsNoteId) and the earlier as corrected (correctedByNoteId). 404 for a note not of this case; 409 note_corrected when a newer version exists, record_merged.',
      params: NoteParams,
      body: NoteCorrectionBody,
      response: { 201: Created, ...errors },
    },
    handler: async (request, reply) => {
      const { id, noteId } = request.params;
      const created = await correctCaseNote(services, request.context, id, noteId, request.body);
      return reply.status(201).send(created);
    },
  });

  app.get('/api/youth/:id/status', {
    schema: {
      tags,
      summary: 'Whether the case is open, closed or merged, and each change with who and why',
      params: IdParams,
      response: { 200: CaseStatusView, ...errors },
    },
    handler: (request) => readCaseStatus(services, request.context, request.params.id),
  });

  app.post('/api/youth/:id/close', {
    schema: {
      tags,
      summary: 'Close the case, with a reason from the list and what happened in words',
      description:
        "The organization that opened the record, or the county coordinator. The protocol's open tasks on the case are cancelled, except the reports the law requires. The case leaves the default lists (GET /api/youth?status=closed shows it). The note is read by everyone who views the case. 409 case_closed, record_merged.",
      params: IdParams,
      body: CloseBody,
      response: { 200: CaseStatusView, ...errors },
    },
    handler: (request) => closeCase(services, request.context, request.params.id, request.body),
  });

  app.post('/api/youth/:id/reopen', {
    schema: {
      tags,
      summary: 'Reopen a closed case, with why',
      description:
        'Any organization on the team, or the county coordinator. Cancelled tasks stay cancelled; the next event fires the rules again. 409 case_open, record_merged.',
      params: IdParams,
      body: ReopenBody,
      response: { 200: CaseStatusView, ...errors },
    },
    handler: (request) => reopenCase(services, request.context, request.params.id, request.body),
  });

  app.post('/api/youth/:id/merge', {
    schema: {
      tags,
      summary: 'Merge a duplicate record into this one, which survives, with why',
      description:
        "The county CSEC coordinator, two records of her county. In one transaction the duplicate's team, consents, legal bases, notes (privileged ones too), events, referrals, tasks, screenings, safety plans, people and the rest move here; the duplicate becomes a tombstone pointing here, its identity staying on it, and both histories show the merge. Refused when it would let an organization read what it could not read before on either record (409 merge_would_widen, naming who and what), or while both have a missing episode open (409 both_missing). 400 same_record; 404 for an unknown record, another county's, or one sealed by a court (survivor or duplicate); 409 record_merged.",
      params: IdParams,
      body: MergeBody,
      response: { 200: CaseStatusView, ...errors },
    },
    handler: (request) => mergeRecords(services, request.context, request.params.id, request.body),
  });
}
