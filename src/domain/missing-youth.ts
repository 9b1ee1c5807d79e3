// Missing youth and custody notices: the minimal alert packet, who may read it, who keeps the
// missing-youth profile, and juvenile hall intake's one window on a case
// (docs/MISSING-AND-CUSTODY.md). Pure: every fact arrives as plain data.
import type { Actor } from './actor.js';
import {
  organizationOnTeam,
  seesYouthData,
  caseHiddenFrom,
  type AccessDecision,
  type CaseFacts,
  type DenialReason,
  type TeamMember,
} from './case-access.js';
import type { Role } from './vocabulary.js';

export const RISK_LEVELS = ['low', 'elevated', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** A photo for an alert is a face to recognize, not an archive: 2 MB is plenty. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** Who keeps the missing-youth profile: the people who report a youth missing from their care. */
export const MISSING_PROFILE_WRITER_ROLES: readonly Role[] = [
  'child_welfare_worker',
  'probation_officer',
  'advocate',
];

/**
 * The function of the point persons the missing rule tells (the police records unit in the
 * demo); their organizations receive the packet while an episode is open.
 */
export const MISSING_REPORTS_FUNCTION = 'Missing youth reports';

export interface PhysicalDescription {
  readonly height: string | null;
  readonly build: string | null;
  readonly hair: string | null;
  readonly eyes: string | null;
  readonly marks: string | null;
}

export interface PointPersonToCall {
  readonly name: string;
  readonly function: string;
  readonly organizationName: string;
  readonly phone: string | null;
}

/**
 * Whatever the service has loaded about a case. Only what the packet lists is ever copied out;
 * the rest (a family name, notes, screenings, anything a later feature adds) is ignored.
 */
export interface AlertPacketFacts {
  readonly caseNumber: string;
  readonly identity: {
    readonly givenName: string | null;
    readonly alias: string | null;
    readonly birthDate: string | null;
    readonly estimatedBirthYear: number | null;
  };
  readonly profile: {
    readonly description: PhysicalDescription;
    readonly riskLevel: RiskLevel | null;
    readonly photo: {
      readonly contentType: PhotoType;
      readonly base64: string;
      readonly consented: boolean;
    } | null;
  } | null;
  readonly episode: {
    readonly startedAt: Date;
    readonly lastKnownPlace: string | null;
    readonly riskLevel: RiskLevel | null;
  };
  readonly pointPerson: PointPersonToCall | null;
  /** The county's calendar day of the read, for the age. */
  readonly today: string;
}

/** The packet's fields, a closed list: nothing else of the youth ever leaves in it. */
export const ALERT_PACKET_FIELDS = [
  'caseNumber',
  'name',
  'age',
  'ageEstimated',
  'description',
  'photo',
  'riskLevel',
  'missingSince',
  'lastKnownPlace',
  'pointPerson',
] as const;

export interface AlertPacket {
  readonly caseNumber: string;
  /** The name the youth goes by (the alias) when recorded, else the first name; never a family name. */
  readonly name: string | null;
  readonly age: number | null;
  readonly ageEstimated: boolean;
  readonly description: PhysicalDescription;
  /** A data URL, only while the youth's consent to its use in an alert is on record. */
  readonly photo: string | null;
  readonly riskLevel: RiskLevel | null;
  readonly missingSince: Date;
  readonly lastKnownPlace: string | null;
  readonly pointPerson: PointPersonToCall | null;
}

const EMPTY_DESCRIPTION: PhysicalDescription = {
  height: null,
  build: null,
  hair: null,
  eyes: null,
  marks: null,
};

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const birthdayPassed = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayPassed ? 0 : 1);
}

/**
 * The minimal alert packet: built field by field from the list, so a new fact on the case
 * cannot slip into it. The risk level is the profile's, else the one given when the youth was
 * reported missing.
 */
export function alertPacket(facts: AlertPacketFacts): AlertPacket {
  const { identity, profile, episode } = facts;
  const name = identity.alias?.trim() || identity.givenName?.trim() || null;
  const age = identity.birthDate
    ? ageOn(identity.birthDate, facts.today)
    : identity.estimatedBirthYear !== null
      ? Number(facts.today.slice(0, 4)) - identity.estimatedBirthYear
      : null;
  const d = profile?.description ?? EMPTY_DESCRIPTION;
  const photo = profile?.photo?.consented
    ? `data:${profile.photo.contentType};base64,${profile.photo.base64}`
    : null;
  const pp = facts.pointPerson;
  return {
    caseNumber: facts.caseNumber,
    name,
    age,
    ageEstimated: !identity.birthDate && identity.estimatedBirthYear !== null,
    description: {
      height: d.height,
      build: d.build,
      hair: d.hair,
      eyes: d.eyes,
      marks: d.marks,
    },
    photo,
    riskLevel: profile?.riskLevel ?? episode.riskLevel,
    missingSince: episode.startedAt,
    lastKnownPlace: episode.lastKnownPlace,
    pointPerson: pp
      ? {
          name: pp.name,
          function: pp.function,
          organizationName: pp.organizationName,
          phone: pp.phone,
        }
      : null,
  };
}

const allow = (): AccessDecision => ({ allowed: true, basis: 'own_organization', grantId: null });
const deny = (reason: DenialReason): AccessDecision => ({ allowed: false, reason });

export interface AlertPacketAccessFacts {
  readonly jurisdictionId: string;
  /** The court's seal in force, or null (src/domain/case-seal.ts). */
  readonly seal: CaseFacts['seal'];
  readonly team: readonly TeamMember[];
  readonly episodeOpen: boolean;
  /** Organizations holding a point person the missing rule tells (MISSING_REPORTS_FUNCTION). */
  readonly notifiedOrganizationIds: readonly string[];
}

/**
 * Who may read the packet: while an episode is open, and only in the youth's county, a person
 * who works with youth (never administrators, oversight or juvenile hall intake) of the case
 * team, of law enforcement (who search), or of an organization the missing rule tells. Nobody
 * after the youth returns: the packet is for finding a child, not a record to keep.
 */
export function decideAlertPacketRead(actor: Actor, facts: AlertPacketAccessFacts): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return deny('role_without_youth_data');
  if (!facts.episodeOpen) return deny('no_open_episode');
  if (
    organizationOnTeam(facts.team, actor.organizationId) ||
    actor.organizationType === 'law_enforcement' ||
    facts.notifiedOrganizationIds.includes(actor.organizationId)
  ) {
    return allow();
  }
  return deny('not_alert_recipient');
}

/**
 * Who keeps the profile (and reads it to keep it): child welfare, probation and advocates whose
 * organization is on the case team, in the youth's county.
 */
export function decideMissingProfileWrite(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'seal'> & { readonly team: readonly TeamMember[] },
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!seesYouthData(actor)) return deny('role_without_youth_data');
  if (!organizationOnTeam(facts.team, actor.organizationId)) return deny('not_on_case_team');
  if (!actor.roles.some((r) => MISSING_PROFILE_WRITER_ROLES.includes(r))) {
    return deny('role_cannot_record');
  }
  return allow();
}

/**
 * Juvenile hall intake's window: the custody notices of a youth of its county while in custody
 * (after detention, before release). Nobody else reads them here: everyone else reads the case
 * through the access module.
 */
export function decideCustodyNoticesRead(
  actor: Actor,
  facts: Pick<CaseFacts, 'jurisdictionId' | 'seal'> & { readonly inCustody: boolean },
): AccessDecision {
  const hidden = caseHiddenFrom(actor, facts);
  if (hidden) return hidden;
  if (!actor.roles.includes('juvenile_hall_intake') || actor.organizationType !== 'probation') {
    return deny('not_juvenile_hall_intake');
  }
  if (!facts.inCustody) return deny('not_in_custody');
  return allow();
}

export type PhotoProblem = 'photo_type' | 'photo_too_large' | 'photo_empty';

/**
 * A photo is what its first bytes say, not what the upload claims: JPEG starts FF D8 FF, PNG
 * with its eight-byte signature. Both must agree.
 */
export function checkPhoto(
  bytes: Uint8Array,
  declared: string,
): { ok: true; contentType: PhotoType } | { ok: false; problem: PhotoProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'photo_empty' };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, problem: 'photo_too_large' };
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  if (declared === 'image/jpeg' && jpeg) return { ok: true, contentType: 'image/jpeg' };
  if (declared === 'image/png' && png) return { ok: true, contentType: 'image/png' };
  return { ok: false, problem: 'photo_type' };
}

/** An event as custody reads it; one not yet recorded (a dry run's) has no `recordedAt`. */
export interface CustodyEvent {
  readonly type: string;
  readonly occurredAt: Date;
  readonly recordedAt?: Date | undefined;
}

const CUSTODY_TYPES = new Set(['protective_custody', 'detention', 'release']);

/**
 * Events in the order they happened: by when they occurred and, at the same instant (the form
 * takes minutes, so a detention and a release typed in the same minute tie), by the order they
 * were recorded; one not yet recorded comes last. Ties in both keep the order given.
 */
export function inHappenedOrder<T extends CustodyEvent>(events: readonly T[]): T[] {
  const recorded = (e: CustodyEvent) => e.recordedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...events].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || recorded(a) - recorded(b),
  );
}

/** The custody event that stands: the last protective custody, detention or release. */
function lastCustodyEvent(events: readonly CustodyEvent[]): CustodyEvent | null {
  return inHappenedOrder(events.filter((e) => CUSTODY_TYPES.has(e.type))).at(-1) ?? null;
}

/** In custody after protective custody or detention, until a release. */
export function inCustody(events: readonly CustodyEvent[]): boolean {
  const last = lastCustodyEvent(events);
  return last !== null && last.type !== 'release';
}

/**
 * What a custody event just recorded (it is among `events`) makes of the service plan's
 * "faces a detention decision" (docs/MISSING-AND-CUSTODY.md, "Alternatives to detention"): a
 * detention that stands sets it, so alternatives to detention rank first while the youth is
 * held; a release that stands clears it. Null leaves the plan as it is: another event, or one
 * recorded late behind a later custody event, which changes nothing of the present.
 */
export function facingDetentionAfter(
  type: string,
  events: readonly CustodyEvent[],
): boolean | null {
  if (type !== 'detention' && type !== 'release') return null;
  const last = lastCustodyEvent(events);
  if (last?.type !== type) return null;
  return type === 'detention';
}
