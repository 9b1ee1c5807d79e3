// The measures counted again in plain JavaScript over the fixture's objects, written from the
// definitions in docs/REPORTS.md and not from the SQL, so the test does not grade the statements
// by themselves. Calendar days are the county's (Intl does the time zone).
import type { OrganizationType } from '../../src/domain/vocabulary.js';
import type { Fixture, FixtureYouth } from './reports.fixture.js';

export type Grid = Map<string, Map<string, number>>;
export interface Timed {
  readonly rows: Map<string, number[]>;
  readonly all: number[];
}

export interface Counting {
  readonly timeZone: string;
  readonly from: string;
  readonly to: string;
  readonly now: Date;
  readonly organizationId: (type: OrganizationType) => string;
}

/** A fact to count: its youth, the instant it is counted by, its column, its breakdown values. */
interface Fact {
  readonly youthId: string;
  readonly at: Date;
  readonly part: string;
  readonly orgType?: OrganizationType;
  readonly source?: string;
  readonly rule?: string;
  readonly hours?: number;
}

const GENDER: Readonly<Record<string, string>> = {
  girl: 'female',
  Female: 'female',
  ' F ': 'female',
  Niña: 'female',
  boy: 'male',
  male: 'male',
  nonbinary: 'another',
  '': 'not_recorded',
};

const formats = new Map<string, Intl.DateTimeFormat>();

// One formatter per time zone: making one is far dearer than using it.
export function localDate(at: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format.format(at);
}

/** The instant a local calendar day begins in the time zone. */
export function localMidnight(day: string, timeZone: string): Date {
  let guess = Date.parse(`${day}T00:00:00Z`);
  for (let i = 0; i < 3; i++) {
    const seen = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .format(new Date(guess))
      .replace(', ', 'T');
    guess -= Date.parse(`${seen}:00Z`) - Date.parse(`${day}T00:00:00Z`);
  }
  return new Date(guess);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function ageBandOf(youth: FixtureYouth, day: string): string {
  const birth =
    youth.birthDate ?? (youth.birthYear === null ? null : `${String(youth.birthYear)}-07-01`);
  if (birth === null) return 'unknown';
  let age = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  if (day.slice(5) < birth.slice(5)) age -= 1;
  return age < 12 ? 'under_12' : age < 15 ? '12_14' : age < 18 ? '15_17' : '18_plus';
}

/** The rows a fact counts in: one, except by race or ethnicity, where it is each answer. */
function keysOf(by: string, fact: Fact, youth: FixtureYouth, counting: Counting): string[] {
  if (by === 'race_ethnicity') return youth.raceEthnicity ?? ['not_recorded'];
  return [keyOf(by, fact, youth, counting)];
}

function keyOf(by: string, fact: Fact, youth: FixtureYouth, counting: Counting): string {
  const day = localDate(fact.at, counting.timeZone);
  switch (by) {
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${String(Math.ceil(Number(day.slice(5, 7)) / 3))}`;
    case 'age_band':
      return ageBandOf(youth, day);
    case 'gender':
      return youth.gender === null ? 'not_recorded' : (GENDER[youth.gender] ?? 'another');
    case 'source':
      return fact.source ?? 'unknown';
    case 'organization':
      return fact.orgType === undefined ? 'unknown' : counting.organizationId(fact.orgType);
    default:
      return fact.rule ?? 'unknown';
  }
}

function facts(fixture: Fixture, measure: string, counting: Counting): Fact[] {
  const inPeriod = (at: Date) => {
    const day = localDate(at, counting.timeZone);
    return day >= counting.from && day <= counting.to;
  };
  const events = (type: string) => fixture.events.filter((e) => e.type === type && inPeriod(e.at));
  const identified = (youthId: string, at: Date) =>
    fixture.events.some((e) => e.youthId === youthId && e.type === 'identification' && e.at <= at);
  const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;
  const firstDone = (eventId: string, orgType: OrganizationType) => {
    const done = fixture.tasks
      .filter((t) => t.eventId === eventId && t.orgType === orgType && t.status === 'done')
      .map((t) => t.completedAt!.getTime());
    return done.length === 0 ? null : new Date(Math.min(...done));
  };
  const timedIdentifications = (reached: (e: Fixture['events'][number]) => Date | null) =>
    events('identification').flatMap((e) => {
      const at = reached(e);
      return at === null
        ? []
        : [{ youthId: e.youthId, at: e.at, part: '', source: e.orgType, hours: hours(e.at, at) }];
    });
  const dueTasks = fixture.tasks.filter(
    (t) => t.status !== 'cancelled' && inPeriod(t.dueAt) && t.dueAt <= counting.now,
  );
  switch (measure) {
    case 'identifications':
      return events('identification').map((e) => ({
        youthId: e.youthId,
        at: e.at,
        part: 'identifications',
        orgType: e.orgType,
        source: e.orgType,
      }));
    case 'youth_served': {
      const first = new Map<string, Date>();
      for (const e of fixture.events.filter((e) => inPeriod(e.at))) {
        const seen = first.get(e.youthId);
        if (seen === undefined || e.at < seen) first.set(e.youthId, e.at);
      }
      return [...first].map(([youthId, at]) => ({ youthId, at, part: 'youth' }));
    }
    case 'time_to_advocate':
      return timedIdentifications((e) => firstDone(e.id, 'advocacy'));
    case 'time_to_health_evaluation':
      return timedIdentifications((e) => firstDone(e.id, 'medical'));
    case 'time_to_services':
      return timedIdentifications((e) => {
        const sent = fixture.referrals
          .filter((r) => r.youthId === e.youthId && r.sentAt !== null && r.sentAt >= e.at)
          .map((r) => r.sentAt!.getTime());
        return sent.length === 0 ? null : new Date(Math.min(...sent));
      });
    case 'protocol_clocks':
      return dueTasks.map((t) => ({
        youthId: t.youthId,
        at: t.dueAt,
        part: t.completedAt === null ? 'missed' : t.completedAt <= t.dueAt ? 'on_time' : 'late',
        orgType: t.orgType,
        rule: t.ruleKey ?? t.kind,
      }));
    case 'referrals':
      return fixture.referrals
        .filter((r) => r.sentAt !== null && inPeriod(r.sentAt))
        .map((r) => ({ youthId: r.youthId, at: r.sentAt!, part: r.status, orgType: r.orgType }));
    case 'referral_first_answer':
      return fixture.referrals
        .filter((r) => r.sentAt !== null && r.firstResponseAt !== null && inPeriod(r.sentAt))
        .map((r) => ({
          youthId: r.youthId,
          at: r.sentAt!,
          part: '',
          orgType: r.orgType,
          hours: hours(r.sentAt!, r.firstResponseAt!),
        }));
    case 'missing_episodes':
      return fixture.episodes
        .filter((m) => inPeriod(m.startedAt))
        .map((m) => ({ youthId: m.youthId, at: m.startedAt, part: 'episodes' }));
    case 'returns':
      return fixture.episodes
        .filter((m) => m.endedAt !== null && inPeriod(m.endedAt))
        .map((m) => ({ youthId: m.youthId, at: m.endedAt!, part: 'returns' }));
    case 'identified_victim_custody':
      return fixture.events
        .filter(
          (e) =>
            ['arrest_attempt', 'charging', 'detention'].includes(e.type) &&
            inPeriod(e.at) &&
            identified(e.youthId, e.at),
        )
        .map((e) => ({ youthId: e.youthId, at: e.at, part: e.type, orgType: e.orgType }));
    case 'placement_changes':
      return events('placement_change').map((e) => ({
        youthId: e.youthId,
        at: e.at,
        part: 'placement_changes',
        orgType: e.orgType,
      }));
    case 'screenings':
      return fixture.screenings
        .filter((s) => inPeriod(s.at))
        .map((s) => ({
          youthId: s.youthId,
          at: s.at,
          part: s.positive ? 'positive' : 'negative',
          orgType: s.orgType,
        }));
    case 'screenings_due':
      return dueTasks
        .filter((t) => t.kind === 'screening')
        .map((t) => ({
          youthId: t.youthId,
          at: t.dueAt,
          part: t.status === 'done' ? 'done' : 'not_done',
          orgType: t.orgType,
        }));
    case 'consents':
      return fixture.consents.flatMap((c) => {
        const found: Fact[] = [];
        if (inPeriod(c.createdAt))
          found.push({ youthId: c.youthId, at: c.createdAt, part: 'recorded', orgType: c.orgType });
        if (c.revokedAt !== null && inPeriod(c.revokedAt))
          found.push({ youthId: c.youthId, at: c.revokedAt, part: 'revoked', orgType: c.orgType });
        const ended = localMidnight(nextDay(c.expiresOn), counting.timeZone);
        if (
          inPeriod(ended) &&
          ended <= counting.now &&
          (c.revokedAt === null || c.revokedAt >= ended)
        ) {
          found.push({ youthId: c.youthId, at: ended, part: 'expired', orgType: c.orgType });
        }
        return found;
      });
    case 'break_glass':
      return fixture.breakGlass
        .filter((g) => inPeriod(g.openedAt))
        .map((g) => ({ youthId: g.youthId, at: g.openedAt, part: 'openings', orgType: g.orgType }));
    default:
      throw new Error(`no independent count for ${measure}`);
  }
}

function youthOf(fixture: Fixture): (id: string) => FixtureYouth {
  const byId = new Map(fixture.youth.map((y) => [y.id, y]));
  return (id) => byId.get(id)!;
}

export function expectedCounts(
  fixture: Fixture,
  measure: string,
  by: string,
  counting: Counting,
): Grid {
  const youth = youthOf(fixture);
  const grid: Grid = new Map();
  for (const fact of facts(fixture, measure, counting)) {
    for (const key of keysOf(by, fact, youth(fact.youthId), counting)) {
      const row = grid.get(key) ?? new Map<string, number>();
      row.set(fact.part, (row.get(fact.part) ?? 0) + 1);
      grid.set(key, row);
    }
  }
  return grid;
}

export function expectedDurations(
  fixture: Fixture,
  measure: string,
  by: string,
  counting: Counting,
): Timed {
  const youth = youthOf(fixture);
  const rows = new Map<string, number[]>();
  const all: number[] = [];
  for (const fact of facts(fixture, measure, counting)) {
    // The total line is over the rows as published: a fact in several rows counts in each.
    for (const key of keysOf(by, fact, youth(fact.youthId), counting)) {
      rows.set(key, [...(rows.get(key) ?? []), fact.hours!]);
      all.push(fact.hours!);
    }
  }
  return { rows, all };
}

/** The p-th percentile with linear interpolation between the closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
