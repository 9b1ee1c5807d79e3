// Screenings and safety plans on the case timeline (docs/PROTOCOL.md, "The case timeline"): a
// screening completed with its instrument, result, who and when; each version of a safety plan
// saved with its type, number, who and when. Each is its category's data held by the organization
// that wrote it, shown exactly where a note of that category would be (the access module), and
// neither ever carries its answers, score or content: the queries do not even read them.
import { unsafeListSafetyPlanVersionsSaved } from '../../../db/repositories/safety-plans.js';
import { unsafeListScreeningsDone } from '../../../db/repositories/screenings.js';
import type { AccessDecision } from '../../../domain/case-access.js';
import type { SafetyPlanType } from '../../../domain/safety-plans.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import type { AppServices } from '../../context.js';
import type { CaseScope } from '../cases/case-scope.js';
import { countyInstruments } from '../screening/instruments.js';

export interface TimelineScreening {
  readonly entry: 'screening';
  readonly id: string;
  readonly at: Date;
  readonly instrumentKey: string;
  readonly instrumentVersion: number;
  /** The instrument's name in each of its languages; the screen picks the reader's. */
  readonly instrumentName: Readonly<Record<string, string>>;
  readonly positive: boolean;
  readonly administeredByName: string;
  readonly administeredByOrganizationName: string;
}

export interface TimelineSafetyPlanVersion {
  readonly entry: 'safety_plan';
  /** The plan's id and the version's number: one entry per version saved. */
  readonly id: string;
  readonly at: Date;
  readonly planId: string;
  readonly type: SafetyPlanType;
  readonly version: number;
  readonly category: DataCategory;
  readonly authorOrganizationName: string;
  readonly savedByName: string;
}

interface Withheld {
  readonly category: DataCategory;
  readonly organizationId: string;
  readonly reason: string;
}

type Read = (category: DataCategory, holderOrganizationId: string) => AccessDecision;

/**
 * The screenings the reader may read. `pairs` gets, per screening shown, the key of the
 * `screening_result` event recorded with it (its organization and instant), so the timeline
 * shows the screening once, in place of that event.
 */
export async function screeningEntries(
  app: AppServices,
  scope: Pick<CaseScope, 'youth'> & { readonly read: Read },
  shown: Set<DataCategory>,
  withheld: Withheld[],
  pairs: Map<string, number>,
): Promise<TimelineScreening[]> {
  const screenings = await unsafeListScreeningsDone(app.db, scope.youth.id);
  if (screenings.length === 0) return [];
  const instruments = await countyInstruments(app.db, scope.youth.jurisdictionId);
  const entries: TimelineScreening[] = [];
  for (const screening of screenings) {
    const decision = scope.read('screening', screening.administeredByOrganizationId);
    if (!decision.allowed) {
      withheld.push({
        category: 'screening',
        organizationId: screening.administeredByOrganizationId,
        reason: decision.reason,
      });
      continue;
    }
    shown.add('screening');
    const key = screeningEventKey(screening.administeredByOrganizationId, screening.administeredAt);
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    const instrument = instruments.find(
      (i) => i.key === screening.instrumentKey && i.version === screening.instrumentVersion,
    );
    entries.push({
      entry: 'screening',
      id: screening.id,
      at: screening.administeredAt,
      instrumentKey: screening.instrumentKey,
      instrumentVersion: screening.instrumentVersion,
      instrumentName: instrument?.name ?? {},
      positive: screening.positive,
      administeredByName: screening.administeredByName,
      administeredByOrganizationName: screening.administeredByOrganizationName,
    });
  }
  return entries;
}

/** A screening and the `screening_result` event written with it share organization and instant. */
export const screeningEventKey = (organizationId: string, at: Date): string =>
  `${organizationId} ${String(at.getTime())}`;

/** Each version saved of the plans the reader may read, by metadata only. */
export async function safetyPlanEntries(
  app: AppServices,
  scope: Pick<CaseScope, 'youth'> & { readonly read: Read },
  shown: Set<DataCategory>,
  withheld: Withheld[],
): Promise<TimelineSafetyPlanVersion[]> {
  const entries: TimelineSafetyPlanVersion[] = [];
  for (const saved of await unsafeListSafetyPlanVersionsSaved(app.db, scope.youth.id)) {
    const decision = scope.read(saved.category, saved.authorOrganizationId);
    if (!decision.allowed) {
      withheld.push({
        category: saved.category,
        organizationId: saved.authorOrganizationId,
        reason: decision.reason,
      });
      continue;
    }
    shown.add(saved.category);
    entries.push({
      entry: 'safety_plan',
      id: `${saved.planId}:${String(saved.version)}`,
      at: saved.savedAt,
      planId: saved.planId,
      type: saved.type,
      version: saved.version,
      category: saved.category,
      authorOrganizationName: saved.authorOrganizationName,
      savedByName: saved.savedByName,
    });
  }
  return entries;
}
