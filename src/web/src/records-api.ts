// A record's own life: its status (open, closed, merged), identity corrections and their history,
// closing and reopening (docs/CONFIDENTIALITY.md, "Records corrected, closed and merged"). The
// shapes are derived from the server's schemas, so a changed field cannot drift.
import type { z } from 'zod';
import type { CloseReason } from '../../domain/case-lifecycle.js';
import type {
  CaseStatusView as StatusSchema,
  IdentityCorrected as CorrectedSchema,
  IdentityCorrectionBody,
  IdentityHistoryEntry as HistorySchema,
} from '../../server/http/lifecycle-schemas.js';
import type {
  YouthRecord as RecordSchema,
  YouthSummary as SummarySchema,
} from '../../server/http/case-schemas.js';
import { path, query, request } from './api';
import type { YouthSummary } from './types';
import type { Wire } from './wire';

/** What the record view says of the record itself: where it stands, what the caller may do. */
export type RecordLifecycle = Pick<z.output<typeof RecordSchema>, 'status' | 'lifecycleActions'>;
export type LifecycleAction = RecordLifecycle['lifecycleActions'][number];
export type CaseStatus = z.output<typeof SummarySchema>['status'];
export type CaseStatusView = Wire<z.output<typeof StatusSchema>>;
export type StatusChange = CaseStatusView['history'][number];
export type IdentityHistoryEntry = Wire<z.output<typeof HistorySchema>>;
export type IdentityCorrected = Wire<z.output<typeof CorrectedSchema>>;
export type IdentityCorrection = z.input<typeof IdentityCorrectionBody>;
export type { CloseReason };

/** Which records the list shows: open ones (the default), closed ones, or both. */
export type ListedStatus = 'open' | 'all';

const youthUrl = (youthId: string, tail: string) => `${path('/api/youth', youthId)}/${tail}`;

export async function readCaseStatus(youthId: string): Promise<CaseStatusView> {
  return (await request('GET', youthUrl(youthId, 'status'))) as CaseStatusView;
}

export async function closeCase(
  youthId: string,
  body: { reason: CloseReason; note: string },
): Promise<CaseStatusView> {
  return (await request('POST', youthUrl(youthId, 'close'), { body })) as CaseStatusView;
}

export async function reopenCase(youthId: string, note: string): Promise<CaseStatusView> {
  const body = { note };
  return (await request('POST', youthUrl(youthId, 'reopen'), { body })) as CaseStatusView;
}

export async function correctIdentity(
  youthId: string,
  body: IdentityCorrection,
): Promise<IdentityCorrected> {
  return (await request('PATCH', youthUrl(youthId, 'identity'), { body })) as IdentityCorrected;
}

/** A case note's correction by its writer: a new version linked to the one it replaces. */
export async function correctNote(
  youthId: string,
  noteId: string,
  body: { body: string; reason: string },
): Promise<{ id: string }> {
  const url = youthUrl(youthId, `notes/${encodeURIComponent(noteId)}/corrections`);
  return (await request('POST', url, { body })) as { id: string };
}

export async function readIdentityHistory(youthId: string): Promise<IdentityHistoryEntry[]> {
  return (await request('GET', youthUrl(youthId, 'identity/history'))) as IdentityHistoryEntry[];
}

/** The youth list with closed cases too when asked ("show closed"). */
export async function searchYouthByStatus(
  text: string,
  status: ListedStatus,
): Promise<YouthSummary[]> {
  const url = `/api/youth${query({ query: text.trim(), status: status === 'all' ? 'all' : undefined })}`;
  return (await request('GET', url)) as YouthSummary[];
}

/** The coordinator merges a duplicate into this record, which survives. */
export async function mergeDuplicate(
  youthId: string,
  body: { duplicateId: string; reason: string },
): Promise<CaseStatusView> {
  return (await request('POST', youthUrl(youthId, 'merge'), { body })) as CaseStatusView;
}
