// Whether merging a duplicate record into a survivor would open anything to anyone
// (docs/CONFIDENTIALITY.md, "Merging a duplicate"). A merge brings the duplicate's team, consents
// and legal bases onto the survivor with its data; it must not let any organization read data
// it could not read before the merge, on either record. Asks decideRead, never restates it. Pure.
import type { Actor } from './actor.js';
import {
  decideRead,
  disclosureCovers,
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
 * break-glass, stands for every person of it; and each person with break-glass on the survivor
 * (which stays there) is a reader of their own, tried at every organization of the merged team
 * since a grant does not name the person's organization: their 60 minutes were opened on the
 * survivor's data, and must not reach the duplicate's.
 */
function readersOf(merged: CaseFacts): Actor[] {
  const organizations = [...new Set(merged.team.map((m) => m.organizationId))];
  const users = ['', ...new Set(merged.breakGlass.map((g) => g.userId))];
  return organizations.flatMap((organizationId) =>
    users.map((userId) => ({
      userId,
      organizationId,
      organizationType: 'advocacy' as const,
      jurisdictionId: merged.jurisdictionId,
      roles: ['advocate' as const],
    })),
  );
}

/**
 * The instants at which to compare: the merge itself, and each later day a consent, legal basis
 * or agreement of either record comes into force (a court order effective next week would, on
 * the merged record, reach the other record's data then). Nothing else opens later by itself.
 */
function instantsFrom(survivor: CaseFacts, duplicate: CaseFacts, time: AccessTime): AccessTime[] {
  const days = new Set<string>();
  for (const facts of [survivor, duplicate]) {
    for (const c of facts.consents) days.add(c.signedOn);
    for (const b of facts.legalBases) days.add(b.effectiveOn);
    for (const a of facts.agreements) days.add(a.startsOn);
  }
  const later = [...days].filter((d) => d > time.today).sort();
  return [
    time,
    ...later.map((today) => ({
      today,
      // Noon of that day: later than any instant today, and a revocation already made holds.
      now: new Date(Math.max(time.now.getTime(), Date.parse(`${today}T12:00:00Z`))),
    })),
  ];
}

function privilegedWidenings(from: MergeSide, onto: MergeSide, time: AccessTime): Widening[] {
  // A waiver or order naming notes covers only those notes, wherever they are. One given for a
  // period covers every note written then: on the merged record it would reach the other
  // record's notes of that period, which the youth did not waive. Which notes a disclosure
  // covers is disclosureCovers' to say (it weighs the period, not the author), not restated here.
  const found: Widening[] = [];
  for (const d of from.disclosures) {
    if (!disclosureInForce(d, time)) continue;
    for (const note of onto.privilegedNotes) {
      if (!disclosureCovers(d, note)) continue;
      for (const organizationId of d.recipientOrganizationIds) {
        // The author's own people read its notes by their own rule, never by a disclosure.
        if (organizationId === note.authorOrganizationId) continue;
        found.push({
          organizationId,
          holderOrganizationId: note.authorOrganizationId,
          category: 'privileged',
        });
      }
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
  const readers = readersOf(merged);
  const found: Widening[] = [];
  const seen = new Set<string>();
  for (const at of instantsFrom(survivor.facts, duplicate.facts, time)) {
    for (const reader of readers) {
      for (const side of [survivor, duplicate]) {
        for (const { organizationId: holder, category } of side.holders) {
          const key = `${reader.organizationId}|${holder}|${category}`;
          if (seen.has(key)) continue;
          const item = { category, holderOrganizationId: holder };
          if (decideRead(reader, item, side.facts, at).allowed) continue;
          if (!decideRead(reader, item, merged, at).allowed) continue;
          seen.add(key);
          found.push({
            organizationId: reader.organizationId,
            holderOrganizationId: holder,
            category,
          });
        }
      }
    }
  }
  const privileged = new Map(
    [
      ...privilegedWidenings(duplicate, survivor, time),
      ...privilegedWidenings(survivor, duplicate, time),
    ].map((w) => [`${w.organizationId}|${w.holderOrganizationId}`, w]),
  );
  return [...found, ...privileged.values()];
}
