// Who may correct, close, reopen and merge a youth's record (docs/CONFIDENTIALITY.md, "Records
// corrected, closed and merged"). One rule for every step of a record's life; reads still go
// through decideRead in case-access.ts, which this module asks rather than restates. Pure.
import type { Actor } from './actor.js';
import {
  caseHiddenFrom,
  decideCaseAction,
  decideRead,
  DENIAL_MESSAGES,
  organizationOnTeam,
  seesYouthData,
  type AccessTime,
  type CaseFacts,
  type DenialReason,
} from './case-access.js';

/** A record is open, closed (it leaves the default lists), or merged into another. */
export const CASE_STATUSES = ['open', 'closed', 'merged'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Why a case closes: a short list, so a county can count its outcomes (docs/REPORTS.md), with
 * free text beside it. A duplicate is not closed but merged, so it is not on the list.
 */
export const CLOSE_REASONS = [
  'services_completed',
  'youth_declined_services',
  'moved_out_of_county',
  'aged_out',
  'no_exploitation_identified',
  'transferred',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The identity fields a correction may change: what a record holds of who she is. */
export const IDENTITY_FIELDS = [
  'givenName',
  'familyName',
  'alias',
  'birthDate',
  'estimatedBirthYear',
  'genderIdentity',
  'raceEthnicity',
  'languages',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export const LIFECYCLE_ACTIONS = [
  'identity.correct',
  'note.correct',
  'case.close',
  'case.reopen',
  'case.merge',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export type LifecycleDenial =
  | DenialReason
  | 'not_case_keeper'
  | 'coordinator_only'
  | 'record_merged'
  | 'case_closed'
  | 'case_open'
  | 'same_record';

export const LIFECYCLE_MESSAGES: Readonly<Record<LifecycleDenial, string>> = {
  ...DENIAL_MESSAGES,
  not_case_keeper:
    'only the organization that opened the record, or the county coordinator, closes the case',
  coordinator_only: 'only the county CSEC coordinator merges records',
  record_merged: 'this record was merged into another; work on the surviving record',
  case_closed: 'the case is already closed',
  case_open: 'the case is open',
  same_record: 'a record cannot be merged with itself',
};

/** Whether a refusal is about where the record stands (409) rather than who asks (403). */
export function isStateConflict(reason: LifecycleDenial): boolean {
  return (
    reason === 'record_merged' ||
    reason === 'case_closed' ||
    reason === 'case_open' ||
    reason === 'same_record'
  );
}

/** What the rule weighs of one record: the access facts, who opened it and where it stands. */
export interface RecordFacts extends CaseFacts {
  readonly createdByOrganizationId: string;
  readonly status: CaseStatus;
}

export type LifecycleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: LifecycleDenial };

const allow: LifecycleDecision = { allowed: true };
const deny = (reason: LifecycleDenial): LifecycleDecision => ({ allowed: false, reason });

/** The county lead's coordinator: keeps the county's cases together (the protocol's teams). */
export function isCountyCoordinator(actor: Actor): boolean {
  return actor.roles.includes('coordinator') && actor.organizationType === 'county_lead';
}

/**
 * The one rule. Everyone first needs the record's jurisdiction and a role that works cases
 * (never an administrator or oversight analyst), and a merged record takes no step at all.
 *
 * - identity.correct: whoever may read the identity (decideRead for `identity`, held by the
 *   organization that opened the record). Nobody changes what they may not read, and the same
 *   people read the earlier values in the history.
 * - note.correct: the organization that wrote the note (`authorOrganizationId`), on the team:
 *   no organization writes into data another holds (like safety plans).
 * - case.close: the organization that opened the record, on the team, or the county
 *   coordinator. Closing ends every other agency's protocol clocks on the case, so one team
 *   member cannot close the others' work; the opener answers for the record and the coordinator
 *   keeps the county's teams.
 * - case.reopen: any organization on the team, or the county coordinator. A youth comes back at
 *   2 a.m. to whoever meets her; reopening opens nothing to anyone, it only puts the case back on
 *   the lists.
 * - case.merge: the county coordinator only, on two records of the coordinator's own county,
 *   both still records of their own (`other` names the duplicate). A record a court's seal hides
 *   from the coordinator does not exist for her, survivor or duplicate: 404, as an unknown id.
 */
export function decideLifecycle(
  actor: Actor,
  action: LifecycleAction,
  record: RecordFacts,
  time: AccessTime,
  extra: {
    readonly authorOrganizationId?: string;
    readonly other?: Pick<RecordFacts, 'jurisdictionId' | 'status' | 'seal'> & {
      readonly id: string;
    };
    readonly recordId?: string;
  } = {},
): LifecycleDecision {
  const hidden = caseHiddenFrom(actor, record);
  if (hidden && !hidden.allowed) return deny(hidden.reason);
  if (!seesYouthData(actor)) return deny('role_without_youth_data');
  if (record.status === 'merged') return deny('record_merged');
  const onTeam = organizationOnTeam(record.team, actor.organizationId);
  switch (action) {
    case 'identity.correct': {
      const read = decideRead(
        actor,
        { category: 'identity', holderOrganizationId: record.createdByOrganizationId },
        record,
        time,
      );
      return read.allowed ? allow : deny(read.reason);
    }
    case 'note.correct': {
      const write = decideCaseAction(actor, 'note.write', record);
      if (!write.allowed) return deny(write.reason);
      return extra.authorOrganizationId === actor.organizationId ? allow : deny('not_the_holder');
    }
    case 'case.close': {
      const keeper =
        isCountyCoordinator(actor) ||
        (onTeam && actor.organizationId === record.createdByOrganizationId);
      if (!keeper) return deny(onTeam ? 'not_case_keeper' : 'not_on_case_team');
      return record.status === 'closed' ? deny('case_closed') : allow;
    }
    case 'case.reopen': {
      if (!onTeam && !isCountyCoordinator(actor)) return deny('not_on_case_team');
      return record.status === 'open' ? deny('case_open') : allow;
    }
    case 'case.merge': {
      if (!isCountyCoordinator(actor)) return deny('coordinator_only');
      const other = extra.other;
      if (!other) return deny('other_jurisdiction');
      const otherHidden = caseHiddenFrom(actor, other);
      if (otherHidden && !otherHidden.allowed) return deny(otherHidden.reason);
      if (other.id === extra.recordId) return deny('same_record');
      return other.status === 'merged' ? deny('record_merged') : allow;
    }
  }
}

/**
 * What becomes of the protocol's open tasks when a case closes: they are cancelled ("case
 * closed"), so no clock escalates for a child the team no longer serves, except the reports the
 * law requires (kind `report`: to law enforcement, to NCMEC), which stay open, because a duty
 * to report does not end when the team stops working the case. Reopening restores nothing; the
 * next event fires the rules again (docs/PROTOCOL.md).
 */
export function taskSurvivesClosing(kind: string): boolean {
  return kind === 'report';
}

/** The fields whose values differ between two identities (a correction's "which fields"). */
export function changedIdentityFields<T extends Readonly<Record<IdentityField, unknown>>>(
  before: T,
  after: T,
): IdentityField[] {
  return IDENTITY_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}
