// The simulated county-year's scenario: a seeded generator of what happens to a few hundred
// youth over a year in the demo county, as the people who record it would type it. The driver
// plays it through the API; the oracle reads it to say what the protocol must do.
import { addDays, localDate, localMidnight, localTime } from './pacific-time.js';
import type { Random } from './random.js';

export type Agency =
  | 'law_enforcement'
  | 'child_welfare'
  | 'probation'
  | 'advocacy'
  | 'medical'
  | 'mental_health'
  | 'district_attorney'
  | 'juvenile_court'
  | 'child_advocacy_center'
  | 'community_provider'
  | 'county_lead';

/** The demo account that works for each agency (README.md's demo logins). */
export const ACCOUNT: Readonly<Record<Agency, string>> = {
  law_enforcement: 'police@demo.test',
  child_welfare: 'childwelfare@demo.test',
  probation: 'probation@demo.test',
  advocacy: 'advocate@demo.test',
  medical: 'medical@demo.test',
  mental_health: 'mentalhealth@demo.test',
  district_attorney: 'da@demo.test',
  juvenile_court: 'court@demo.test',
  child_advocacy_center: 'cac@demo.test',
  community_provider: 'provider@demo.test',
  county_lead: 'coordinator@demo.test',
};

/** Stands for Neighbor County's id in a subpoena; the driver puts the real id in. */
export const NEIGHBOR = '<neighbor county>';
/** Stands for the demo county's own id: a hearing named in this county is not elsewhere. */
export const HERE = '<this county>';

export interface ScenarioEvent {
  /** Youth index and the event's place in her story: "12.3". */
  readonly ref: string;
  readonly youth: number;
  readonly type: string;
  readonly occurredAt: number;
  /** When it is typed: later than `occurredAt` for a late recording. */
  readonly recordedAt: number;
  readonly details: Readonly<Record<string, unknown>>;
  readonly recorder: Agency;
}

export interface ScenarioYouth {
  readonly index: number;
  readonly story: string;
  readonly openedAt: number;
  /** Opens the record; its organization is on the team from the start. */
  readonly opener: Agency;
  /** Added to the team by the opener right after opening. */
  readonly team: readonly Agency[];
  readonly events: readonly ScenarioEvent[];
}

export interface Scenario {
  readonly seed: number;
  readonly start: number;
  readonly end: number;
  readonly holidays: readonly { day: string; name: string }[];
  readonly youth: readonly ScenarioYouth[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The county's holidays for the year, some next to weekends so business days cross them. */
export const HOLIDAYS = [
  { day: '2026-11-11', name: 'Veterans Day' },
  { day: '2026-11-26', name: 'Thanksgiving' },
  { day: '2026-11-27', name: 'Day after Thanksgiving' },
  { day: '2026-12-24', name: 'Christmas Eve' },
  { day: '2026-12-25', name: 'Christmas' },
  { day: '2027-01-01', name: 'New Year’s Day' },
  { day: '2027-01-18', name: 'Martin Luther King Jr. Day' },
  { day: '2027-02-15', name: 'Presidents’ Day' },
  { day: '2027-03-31', name: 'César Chávez Day' },
  { day: '2027-05-31', name: 'Memorial Day' },
  { day: '2027-06-18', name: 'Juneteenth (observed)' },
  { day: '2027-07-05', name: 'Independence Day (observed)' },
  { day: '2027-09-06', name: 'Labor Day' },
];

/**
 * Stories that start at chosen instants: identifications at 1:40 and 1:30 a.m. around both
 * daylight-saving changes (the 1:30 of 2026-11-01 happens twice), and cases opened just before
 * holidays so business days cross them.
 */
const PINNED_STARTS: readonly number[] = [
  Date.parse('2026-11-01T08:30:00Z'), // 1:30 PDT, the first 1:30 of the night
  Date.parse('2026-11-01T09:30:00Z'), // 1:30 PST, the second
  Date.parse('2026-10-31T09:40:00Z'), // 2:40 PDT the night before; 90 minutes cross nothing
  localTime('2027-03-14', 1, 40), // 1:40 PST; 90 minutes later it is 4:10 PDT
  localTime('2027-03-13', 23, 50),
  localTime('2026-11-25', 16, 30), // the day before Thanksgiving
  localTime('2026-11-24', 10, 0),
  localTime('2026-12-23', 21, 15),
  localTime('2027-01-15', 14, 0), // the Friday before Martin Luther King Jr. Day
  localTime('2027-02-12', 18, 5),
  localTime('2027-05-28', 9, 0),
  localTime('2027-07-02', 22, 45),
];

type StoryName =
  | 'police_identification'
  | 'child_welfare_identification'
  | 'probation_detention'
  | 'advocate_missing'
  | 'arrest_attempt'
  | 'clinic_identification';

const STORY_WEIGHTS: Readonly<Record<StoryName, number>> = {
  police_identification: 30,
  child_welfare_identification: 20,
  probation_detention: 15,
  advocate_missing: 13,
  arrest_attempt: 10,
  clinic_identification: 12,
};

const SETTINGS = ['hotel_motel', 'street', 'online', 'residence', 'school', 'hospital'] as const;
const PLACES = ['St. Mary’s emergency room', 'Central station', 'Harbor Light office', undefined];

/** Builds one youth's story; `at` moves forward as the story goes. */
class StoryWriter {
  private readonly events: ScenarioEvent[] = [];
  private at: number;
  private lastRecordedAt: number;
  constructor(
    private readonly random: Random,
    private readonly index: number,
    start: number,
    /** A pinned story's first event happens exactly at its start. */
    pinned: boolean,
  ) {
    this.at = start;
    // The first event may have happened up to ten hours before the record is opened.
    this.lastRecordedAt = pinned ? start : start - 11 * HOUR;
  }
  /** Waits between `min` and `max` minutes (whole minutes). */
  wait(minMinutes: number, maxMinutes: number): this {
    this.at += this.random.int(minMinutes, maxMinutes) * MINUTE;
    return this;
  }
  now(): number {
    return this.at;
  }
  record(recorder: Agency, type: string, details: Record<string, unknown>, late = true): this {
    // One in five is typed late: it happened hours before (never before the last one was typed).
    const room = Math.floor((this.at - this.lastRecordedAt) / MINUTE) - 1;
    const lateMinutes =
      late && room > 30 && this.random.chance(0.2)
        ? this.random.int(30, Math.min(room, 10 * 60))
        : 0;
    const where = this.random.pick(PLACES);
    this.events.push({
      ref: `${this.index}.${this.events.length}`,
      youth: this.index,
      type,
      occurredAt: this.at - lateMinutes * MINUTE,
      recordedAt: this.at,
      details: where === undefined ? details : { where, ...details },
      recorder,
    });
    this.lastRecordedAt = this.at;
    return this;
  }
  done(): ScenarioEvent[] {
    return this.events;
  }
}

const releaseDetails = (random: Random, at: number): Record<string, unknown> =>
  random.chance(0.5)
    ? { releaseAt: new Date(at + random.int(2 * 60, 48 * 60) * MINUTE).toISOString() }
    : {};

function subpoena(story: StoryWriter, random: Random, recorder: Agency) {
  const day = localDate(story.now());
  const hearingDate = addDays(day, random.int(4, 40));
  const where = random.weighted({ here: 2, unnamed: 2, elsewhere: 3 });
  story.record(recorder, 'subpoena', {
    hearingDate,
    ...(where === 'elsewhere' ? { hearingJurisdictionId: NEIGHBOR } : {}),
    ...(where === 'here' ? { hearingJurisdictionId: HERE } : {}),
  });
}

function missingAndReturned(
  story: StoryWriter,
  random: Random,
  recorder: Agency,
  fromCare: boolean,
) {
  const episodes = random.chance(0.3) ? 2 : 1;
  for (let i = 0; i < episodes; i += 1) {
    story.wait(6 * 60, 30 * 24 * 60).record(recorder, 'missing', fromCare ? { fromCare } : {});
    if (random.chance(0.85)) {
      story.wait(3 * 60, 12 * 24 * 60).record(recorder, 'returned', {
        knownRunawayHistory: i > 0 || random.chance(0.4),
      });
    }
  }
}

function writeStory(
  random: Random,
  index: number,
  start: number,
  pinned: StoryName | null,
): ScenarioYouth {
  const story = new StoryWriter(random, index, start, pinned !== null);
  const name = pinned ?? random.weighted(STORY_WEIGHTS);
  const team = new Set<Agency>();
  let opener: Agency;
  const identify = (by: Agency, extra: Record<string, unknown> = {}) =>
    story.record(by, 'identification', {
      setting: random.pick(SETTINGS),
      prostitutionRelated: random.chance(0.6),
      ...extra,
    });
  switch (name) {
    case 'police_identification': {
      opener = 'law_enforcement';
      identify(opener, { meetsForensicInterviewCriteria: random.chance(0.5) });
      if (random.chance(0.5)) {
        story.wait(10, 120).record('law_enforcement', 'protective_custody', {});
        if (random.chance(0.6)) {
          const clinic = random.pick(['medical', 'mental_health'] as const);
          team.add(clinic);
          story.wait(60, 24 * 60).record(clinic, 'disclosure', {
            toOrganizationType: clinic,
            inCustody: true,
          });
        }
        team.add('probation');
        story.wait(4 * 60, 5 * 24 * 60);
        story.record('probation', 'release', releaseDetails(random, story.now()));
      }
      if (random.chance(0.35)) {
        team.add('district_attorney');
        subpoena(story.wait(7 * 24 * 60, 90 * 24 * 60), random, 'district_attorney');
      }
      break;
    }
    case 'child_welfare_identification':
      opener = 'child_welfare';
      identify(opener);
      if (random.chance(0.75)) missingAndReturned(story, random, opener, true);
      break;
    case 'probation_detention': {
      opener = 'probation';
      identify(opener);
      if (random.chance(0.5)) team.add('child_welfare');
      story.wait(30, 3 * 24 * 60).record('probation', 'detention', {});
      if (random.chance(0.5)) {
        const clinic = random.pick(['medical', 'mental_health'] as const);
        team.add(clinic);
        story.wait(60, 3 * 24 * 60).record(clinic, 'disclosure', {
          toOrganizationType: clinic,
          inCustody: random.chance(0.7),
        });
      }
      const releaser = random.pick(['probation', 'juvenile_court'] as const);
      team.add(releaser);
      story.wait(6 * 60, 20 * 24 * 60);
      story.record(releaser, 'release', releaseDetails(random, story.now()));
      break;
    }
    case 'advocate_missing':
      opener = 'advocacy';
      identify(opener);
      missingAndReturned(story, random, opener, false);
      break;
    case 'arrest_attempt':
      opener = 'law_enforcement';
      story.record(opener, 'arrest_attempt', {
        offenseDescription: 'Loitering with intent (described by the officer)',
        prostitutionRelated: random.chance(0.75),
      });
      if (random.chance(0.4)) {
        team.add('juvenile_court');
        subpoena(story.wait(3 * 24 * 60, 60 * 24 * 60), random, 'juvenile_court');
      }
      break;
    case 'clinic_identification': {
      opener = random.pick(['medical', 'mental_health', 'child_advocacy_center'] as const);
      identify(opener);
      story
        .wait(30, 2 * 24 * 60)
        .record(opener === 'child_advocacy_center' ? 'advocacy' : opener, 'disclosure', {
          toOrganizationType: opener === 'child_advocacy_center' ? 'advocacy' : opener,
          inCustody: false,
        });
      if (opener === 'child_advocacy_center') team.add('advocacy');
      break;
    }
  }
  const events = story.done();
  team.delete(opener);
  return { index, story: name, openedAt: start, opener, team: [...team], events };
}

/** A year in the demo county from 2026-10-01, for `youth` young people (at least the pinned). */
export function generateScenario(random: Random, youth: number): Scenario {
  const start = localMidnight('2026-10-01');
  const end = localMidnight('2027-10-01');
  const lastStart = end - 150 * DAY;
  const stories: ScenarioYouth[] = [];
  for (let index = 0; index < youth; index += 1) {
    const pinned = PINNED_STARTS[index];
    const opened =
      pinned ?? start + Math.floor((random.next() * (lastStart - start)) / MINUTE) * MINUTE;
    // The pinned night-time starts are the officer's 1:40 a.m. identifications.
    const story = pinned === undefined ? null : index < 5 ? 'police_identification' : null;
    stories.push(writeStory(random, index, opened, story));
  }
  return { seed: random.seed, start, end, holidays: HOLIDAYS, youth: stories };
}
