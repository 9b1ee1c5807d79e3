// Whether merging a duplicate record into a survivor would open anything to anyone
// (docs/CONFIDENTIALITY.md, "Merging a duplicate"). A merge brings the duplicate's team, consents
// and legal bases onto the survivor with its data; it must not let any organization read data
// it could not read before the merge, on either record. Asks decideRead, never restates it. Pure.
import type { Actor } from './actor.js';
import {
  decideRead,
  disclosureInForce,
  type AccessTime,
  type CaseFacts,
  type Disclosure,
} from './case-access.js';
import type { DataCategory } from './vocabulary.js';

/** What one of the two records holds, for the check. */
export interface MergeSide {
  readonly facts: CaseFacts;
  /** Every (holder, category) of data on the record: its identity, notes, events, ... */
  readonly holders: readonly { readonly organizationId: string; readonly category: DataCategory }[];
  readonly privilegedNotes: readonly {
    readonly id: string;
    readonly authorOrganizationId: string;
    readonly writtenOn: string;
  }[];
  readonly disclosures: readonly (Disclosure & { readonly authorOrganizationId: string })[];
}

/** One organization that would read a holder's data of a category it could not read before. */
export interface Widening {
  readonly organizationId: string;
  readonly holderOrganizationId: string;
  readonly category: DataCategory | 'privileged';
}

/**
 * The survivor's facts once the duplicate's rows have moved: both teams, both records' consents
 * and legal bases. Break-glass grants stay with the record they were opened on (a person's 60
 * minutes on that record, not a basis on the child's), so only the survivor's count.
 */
export function mergedFacts(survivor: CaseFacts, duplicate: CaseFacts): CaseFacts {
  const team = [...survivor.team];
  for (const member of duplicate.team) {
    if (!team.some((m) => m.organizationId === member.organizationId && m.userId === member.userId))
      team.push(member);
  }
  return {
    ...survivor,
    team,
    consents: [...survivor.consents, ...duplicate.consents],
    legalBases: [...survivor.legalBases, ...duplicate.legalBases],
  };
}

/**
 * decideRead weighs the reader's organization (its place on the team, the bases naming it, the
 * agreements it signed) and, of the person, only whether their role sees youth data and their
 * own break-glass. So one reader per organization, with a role that sees youth data and no
 * break-glass, stands for every person of it.
 */
function readerOf(organizationId: string, jurisdictionId: string): Actor {
  return {
    userId: '',
    organizationId,
    organizationType: 'advocacy',
    jurisdictionId,
    roles: ['advocate'],
  };
}

function privilegedWidenings(from: MergeSide, onto: MergeSide, time: AccessTime): Widening[] {
  // A waiver or order naming notes covers only those notes, wherever they are. One given for a
  // period covers every note of its author written then: on the merged record it would reach the
  // other record's notes of that author, which the youth did not waive.
  const found: Widening[] = [];
  for (const d of from.disclosures) {
    if (d.noteIds !== null || d.periodFrom === null || d.periodTo === null) continue;
    if (!disclosureInForce(d, time)) continue;
    const reached = onto.privilegedNotes.some(
      (n) =>
        n.authorOrganizationId === d.authorOrganizationId &&
        d.periodFrom !== null &&
        d.periodTo !== null &&
        d.periodFrom <= n.writtenOn &&
        n.writtenOn <= d.periodTo,
    );
    if (!reached) continue;
    for (const organizationId of d.recipientOrganizationIds) {
      found.push({
        organizationId,
        holderOrganizationId: d.authorOrganizationId,
        category: 'privileged',
      });
    }
  }
  return found;
}

/**
 * Every read the merge would open: an organization on the merged team that may read a holder's
 * data of a category on the merged record, where that data was on a record (survivor or
 * duplicate) on which it could not read it. An empty list means the merge opens nothing.
 */
export function mergeWidens(
  survivor: MergeSide,
  duplicate: MergeSide,
  time: AccessTime,
): Widening[] {
  const merged = mergedFacts(survivor.facts, duplicate.facts);
  const organizations = [...new Set(merged.team.map((m) => m.organizationId))];
  const found: Widening[] = [];
  const seen = new Set<string>();
  for (const organizationId of organizations) {
    const reader = readerOf(organizationId, merged.jurisdictionId);
    for (const side of [survivor, duplicate]) {
      for (const { organizationId: holder, category } of side.holders) {
        const key = `${organizationId}|${holder}|${category}`;
        if (seen.has(key)) continue;
        const item = { category, holderOrganizationId: holder };
        if (decideRead(reader, item, side.facts, time).allowed) continue;
        if (!decideRead(reader, item, merged, time).allowed) continue;
        seen.add(key);
        found.push({ organizationId, holderOrganizationId: holder, category });
      }
    }
  }
  return [
    ...found,
    ...privilegedWidenings(duplicate, survivor, time),
    ...privilegedWidenings(survivor, duplicate, time),
  ];
}
