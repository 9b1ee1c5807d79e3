// MDT meetings' pure rules (src/domain/mdt.ts): who sees a meeting (every role, attendee or not,
// own county or not), who reads a case's minutes (every category against every kind of basis,
// written here from docs/CONFIDENTIALITY.md), which cases the agenda starts with and why, the
// clocks' states, and the coordinator's typing slips. fast-check: minutes are never readable
// where decideRead would refuse one of their categories to the reader.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Actor } from '../../src/domain/actor.js';
import type { AgreementTerms } from '../../src/domain/agreements.js';
import {
  decideRead,
  type AccessTime,
  type CaseFacts,
  type ConsentGrant,
  type LegalBasisGrant,
} from '../../src/domain/case-access.js';
import {
  agendaCaseShows,
  agendaReasons,
  agendaWindow,
  clockState,
  decideCaseMinutesRead,
  decideMeeting,
  mayOwnDecision,
  meetingTimeProblem,
  selectAgenda,
  type AgendaCandidate,
  type CategoryHolders,
} from '../../src/domain/mdt.js';
import {
  DATA_CATEGORIES,
  ROLES,
  ROLES_BY_ORGANIZATION_TYPE,
  type DataCategory,
  type OrganizationType,
  type Role,
} from '../../src/domain/vocabulary.js';

const J = 'county-1';
const NOW = new Date('2026-11-23T10:00:00Z');
const TIME: AccessTime = { now: NOW, today: '2026-11-23' };
const HOUR = 3_600_000;

const typeOf = (role: Role): OrganizationType =>
  (Object.keys(ROLES_BY_ORGANIZATION_TYPE) as OrganizationType[]).find((t) =>
    ROLES_BY_ORGANIZATION_TYPE[t].includes(role),
  ) ?? 'advocacy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'user-reader',
  organizationId: 'org-reader',
  organizationType: 'law_enforcement',
  jurisdictionId: J,
  roles: ['law_enforcement_officer'],
  ...overrides,
});

describe('who sees a meeting', () => {
  // Written from the task and docs/CONFIDENTIALITY.md, not from the module.
  const NO_YOUTH_DATA: readonly Role[] = [
    'administrator',
    'oversight_analyst',
    'juvenile_hall_intake',
  ];
  const meeting = { jurisdictionId: J, attendeeOrganizationIds: ['org-attendee'] };
  const relations = ['attendee', 'not_attendee', 'other_county'] as const;

  for (const role of ROLES) {
    for (const relation of relations) {
      for (const action of ['read', 'manage'] as const) {
        test(`${role}, ${relation}, ${action}`, () => {
          const who = actor({
            roles: [role],
            organizationType: typeOf(role),
            organizationId: relation === 'attendee' ? 'org-attendee' : 'org-elsewhere',
            jurisdictionId: relation === 'other_county' ? 'county-2' : J,
          });
          const expected =
            relation === 'other_county'
              ? { allowed: false, reason: 'other_jurisdiction' }
              : NO_YOUTH_DATA.includes(role)
                ? { allowed: false, reason: 'role_without_youth_data' }
                : role === 'coordinator'
                  ? { allowed: true, as: 'coordinator' }
                  : action === 'manage'
                    ? { allowed: false, reason: 'not_coordinator' }
                    : relation === 'attendee'
                      ? { allowed: true, as: 'attendee' }
                      : { allowed: false, reason: 'not_attendee' };
          assert.deepEqual(decideMeeting(who, action, meeting), expected);
        });
      }
    }
  }

  test('an administrator who also holds the coordinator role is still refused', () => {
    const both = actor({
      roles: ['coordinator', 'administrator'],
      organizationType: 'county_lead',
    });
    assert.deepEqual(decideMeeting(both, 'read', meeting), {
      allowed: false,
      reason: 'role_without_youth_data',
    });
  });
});

// --- minutes ---

const agreement = (
  organizationIds: string[],
  categories: readonly DataCategory[] = DATA_CATEGORIES,
): AgreementTerms => ({ startsOn: '2026-01-01', endsOn: null, categories, organizationIds });

const consent = (category: DataCategory, overrides: Partial<ConsentGrant> = {}): ConsentGrant => ({
  id: 'consent-1',
  recordedByOrganizationId: 'org-holder',
  releases: [],
  recipientOrganizationIds: ['org-reader'],
  categories: [category],
  signedOn: '2026-11-01',
  expiresOn: '2027-01-30',
  revokedAt: null,
  ...overrides,
});

const basis = (
  category: DataCategory,
  overrides: Partial<LegalBasisGrant> = {},
): LegalBasisGrant => ({
  id: 'basis-1',
  kind: 'court_order',
  recordedByOrganizationId: 'org-court',
  recipientOrganizationIds: ['org-reader'],
  categories: [category],
  effectiveOn: '2026-11-01',
  expiresOn: null,
  endedAt: null,
  ...overrides,
});

const TEAM = ['org-holder', 'org-reader', 'org-court', 'org-third', 'org-coordinator'];

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  jurisdictionId: J,
  seal: null,
  team: TEAM.map((organizationId) => ({ organizationId, userId: null })),
  consents: [],
  legalBases: [],
  agreements: [agreement(['org-reader', 'org-holder'])],
  breakGlass: [],
  ...overrides,
});

interface BasisCase {
  readonly name: string;
  /** The facts of the case, for minutes naming `category`. */
  readonly setup: (category: DataCategory) => {
    facts: CaseFacts;
    reader?: Partial<Actor>;
    holders?: string[];
  };
  readonly expected: true | string;
}

/** Every kind of basis the access module knows, and what each gives the minutes' reader. */
const BASES: readonly BasisCase[] = [
  {
    name: 'the reader wrote the minutes',
    setup: () => ({ facts: facts({ agreements: [] }), reader: { organizationId: 'org-author' } }),
    expected: true,
  },
  {
    name: 'the reader holds the data discussed',
    setup: () => ({ facts: facts(), reader: { organizationId: 'org-holder' } }),
    expected: true,
  },
  {
    name: 'a consent the holder recorded',
    setup: (c) => ({ facts: facts({ consents: [consent(c)] }) }),
    expected: true,
  },
  {
    name: 'a consent another recorded, the holder not asked',
    setup: (c) => ({
      facts: facts({ consents: [consent(c, { recordedByOrganizationId: 'org-third' })] }),
    }),
    expected: 'release_not_accepted',
  },
  {
    name: 'a consent another recorded, the holder accepted',
    setup: (c) => ({
      facts: facts({
        consents: [
          consent(c, {
            recordedByOrganizationId: 'org-third',
            releases: [
              {
                holderOrganizationId: 'org-holder',
                accepted: true,
                decidedAt: new Date(NOW.getTime() - HOUR),
              },
            ],
          }),
        ],
      }),
    }),
    expected: true,
  },
  {
    name: 'a consent for another category',
    setup: (c) => ({
      facts: facts({
        consents: [consent(c === 'medical' ? 'education' : 'medical')],
      }),
    }),
    expected: 'no_consent_or_legal_basis',
  },
  {
    name: 'a revoked consent',
    setup: (c) => ({
      facts: facts({ consents: [consent(c, { revokedAt: new Date(NOW.getTime() - HOUR) })] }),
    }),
    expected: 'no_consent_or_legal_basis',
  },
  {
    name: 'a consent, but no agreement covers it',
    setup: (c) => ({ facts: facts({ consents: [consent(c)], agreements: [] }) }),
    expected: 'no_agreement',
  },
  {
    name: 'a court order',
    setup: (c) => ({ facts: facts({ legalBases: [basis(c)] }) }),
    expected: true,
  },
  {
    name: 'a statutory duty the holder recorded',
    setup: (c) => ({
      facts: facts({
        legalBases: [basis(c, { kind: 'statutory_duty', recordedByOrganizationId: 'org-holder' })],
      }),
    }),
    expected: true,
  },
  {
    name: 'a mandated report another organization filed',
    setup: (c) => ({
      facts: facts({
        legalBases: [basis(c, { kind: 'mandated_report', recordedByOrganizationId: 'org-third' })],
      }),
    }),
    expected: 'no_consent_or_legal_basis',
  },
  {
    name: 'break-glass of the reader',
    setup: (c) => ({
      facts: facts({
        breakGlass: [
          {
            id: 'glass-1',
            userId: 'user-reader',
            category: c,
            openedAt: new Date(NOW.getTime() - HOUR / 2),
            expiresAt: new Date(NOW.getTime() + HOUR / 2),
          },
        ],
      }),
    }),
    expected: true,
  },
  {
    name: 'no basis at all',
    setup: () => ({ facts: facts() }),
    expected: 'no_consent_or_legal_basis',
  },
  {
    name: 'a consent, but the reader is not on the team',
    setup: (c) => ({
      facts: facts({
        consents: [consent(c)],
        team: [{ organizationId: 'org-holder', userId: null }],
      }),
    }),
    expected: 'not_on_case_team',
  },
  {
    name: 'a court order, but nobody holds that category on the case',
    setup: (c) => ({ facts: facts({ legalBases: [basis(c)] }), holders: [] }),
    expected: 'no_holder',
  },
  {
    name: 'a consent from one of two holders only',
    setup: (c) => ({
      facts: facts({ consents: [consent(c)] }),
      holders: ['org-holder', 'org-third'],
    }),
    expected: 'release_not_accepted',
  },
  {
    name: 'a court order reaches both holders',
    setup: (c) => ({
      facts: facts({
        legalBases: [basis(c)],
        agreements: [agreement(['org-reader', 'org-holder', 'org-third'])],
      }),
      holders: ['org-holder', 'org-third'],
    }),
    expected: true,
  },
  {
    name: 'a court order, read by an administrator',
    setup: (c) => ({
      facts: facts({ legalBases: [basis(c)] }),
      reader: { roles: ['administrator'], organizationType: 'county_lead' },
    }),
    expected: 'role_without_youth_data',
  },
  {
    name: 'a court order, read from another county',
    setup: (c) => ({ facts: facts({ legalBases: [basis(c)] }), reader: { jurisdictionId: 'x' } }),
    expected: 'other_jurisdiction',
  },
];

describe('a case’s minutes: every category against every kind of basis', () => {
  for (const category of DATA_CATEGORIES) {
    for (const b of BASES) {
      test(`${category}: ${b.name}`, () => {
        const { facts: f, reader, holders } = b.setup(category);
        const map: CategoryHolders = new Map([[category, holders ?? ['org-holder']]]);
        const decision = decideCaseMinutesRead(
          actor(reader),
          { categories: [category], authorOrganizationId: 'org-author' },
          map,
          f,
          TIME,
        );
        if (b.expected === true) assert.deepEqual(decision, { allowed: true });
        else assert.deepEqual(decision, { allowed: false, reason: b.expected, category });
      });
    }
  }

  test('minutes naming two categories need a basis for both', () => {
    const f = facts({ consents: [consent('medical')] });
    const holders: CategoryHolders = new Map([
      ['medical', ['org-holder']],
      ['placement', ['org-holder']],
    ]);
    const read = (categories: DataCategory[]) =>
      decideCaseMinutesRead(
        actor(),
        { categories, authorOrganizationId: 'org-author' },
        holders,
        f,
        TIME,
      );
    assert.deepEqual(read(['medical']), { allowed: true });
    assert.deepEqual(read(['medical', 'placement']), {
      allowed: false,
      reason: 'no_consent_or_legal_basis',
      category: 'placement',
    });
  });

  test('property: readable minutes are readable category by category, holder by holder', () => {
    const org = fc.constantFrom('org-holder', 'org-reader', 'org-third', 'org-author');
    const category = fc.constantFrom(...DATA_CATEGORIES);
    fc.assert(
      fc.property(
        fc.uniqueArray(category, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(category, org), { maxLength: 8 }),
        fc.array(fc.tuple(category, org), { maxLength: 4 }),
        fc.array(category, { maxLength: 3 }),
        fc.boolean(),
        (categories, held, consented, ordered, agreed) => {
          const holders = new Map<DataCategory, string[]>();
          for (const [c, o] of held) holders.set(c, [...new Set([...(holders.get(c) ?? []), o])]);
          const f = facts({
            consents: consented.map(([c, o], i) =>
              consent(c, { id: `c${String(i)}`, recordedByOrganizationId: o }),
            ),
            legalBases: ordered.map((c, i) => basis(c, { id: `b${String(i)}` })),
            agreements: agreed
              ? [agreement(['org-reader', 'org-holder', 'org-third', 'org-author'])]
              : [],
          });
          const decision = decideCaseMinutesRead(
            actor(),
            { categories, authorOrganizationId: 'org-author' },
            holders,
            f,
            TIME,
          );
          if (!decision.allowed) return;
          for (const c of categories) {
            const of = holders.get(c) ?? [];
            assert.ok(of.length > 0);
            for (const h of of) {
              assert.ok(
                decideRead(actor(), { category: c, holderOrganizationId: h }, f, TIME).allowed,
              );
            }
          }
        },
      ),
    );
  });
});

describe('what a case shows on each screen', () => {
  const holders: CategoryHolders = new Map([
    ['identity', ['org-holder']],
    ['medical', ['org-holder']],
    ['placement', ['org-third']],
  ]);
  const youth = { createdByOrganizationId: 'org-holder' };
  const f = facts({ consents: [consent('identity'), consent('medical')] });

  test('own screen: the name with identity access, the categories decideRead allows', () => {
    assert.deepEqual(agendaCaseShows(actor(), 'own', youth, holders, f, TIME), {
      name: true,
      categories: ['identity', 'medical'],
    });
    const noIdentity = facts({ consents: [consent('medical')] });
    assert.deepEqual(agendaCaseShows(actor(), 'own', youth, holders, noIdentity, TIME), {
      name: false,
      categories: ['medical'],
    });
  });

  test('the shared screen shows nothing but the number and clocks, whoever looks', () => {
    for (const who of [actor(), actor({ organizationId: 'org-holder' })]) {
      assert.deepEqual(agendaCaseShows(who, 'shared', youth, holders, f, TIME), {
        name: false,
        categories: [],
      });
    }
  });
});

// --- the agenda ---

const task = (
  kind: AgendaCandidate['openTasks'][number]['kind'],
  hours: number,
  protocol = true,
) => ({
  kind,
  dueAt: new Date(NOW.getTime() + hours * HOUR),
  protocol,
});

describe('which cases the agenda starts with, and why', () => {
  const startsAt = new Date(NOW.getTime() + 24 * HOUR);
  const window = agendaWindow(null, NOW, startsAt);
  const candidate = (
    openTasks: AgendaCandidate['openTasks'],
    identifiedHoursAgo: number | null = null,
  ): AgendaCandidate => ({
    youthId: 'y',
    caseNumber: 'N',
    identifiedAt:
      identifiedHoursAgo === null ? null : new Date(NOW.getTime() - identifiedHoursAgo * HOUR),
    openTasks,
  });

  test('without an earlier meeting, new means the last seven days', () => {
    assert.equal(window.since.getTime(), NOW.getTime() - 7 * 24 * HOUR);
    const last = new Date(NOW.getTime() - 3 * 24 * HOUR);
    assert.equal(agendaWindow(last, NOW, startsAt).since, last);
  });

  const TABLE: readonly [string, AgendaCandidate, string[]][] = [
    ['a protocol clock past due', candidate([task('action', -1)]), ['missed_clock']],
    ['a clock due exactly now', candidate([task('action', 0)]), ['missed_clock']],
    [
      'due 95 h from now (71 h after the meeting)',
      candidate([task('action', 95)]),
      ['clock_due_soon'],
    ],
    [
      'due 96 h from now (72 h after the meeting)',
      candidate([task('action', 96)]),
      ['clock_due_soon'],
    ],
    ['due 97 h from now', candidate([task('action', 97)]), []],
    ['a task not of the protocol, overdue', candidate([task('action', -5, false)]), []],
    ['an MDT review due next week', candidate([task('mdt_review', 200)]), ['mdt_review']],
    [
      'an MDT review due tomorrow',
      candidate([task('mdt_review', 20)]),
      ['mdt_review', 'clock_due_soon'],
    ],
    ['identified yesterday', candidate([], 24), ['new_identification']],
    ['identified eight days ago', candidate([], 8 * 24), []],
    [
      'everything at once',
      candidate([task('report', -2), task('mdt_review', 30), task('action', 50)], 2),
      ['missed_clock', 'mdt_review', 'new_identification', 'clock_due_soon'],
    ],
  ];
  for (const [name, c, reasons] of TABLE) {
    test(name, () => {
      assert.deepEqual(agendaReasons(c, window), reasons);
    });
  }

  test('the agenda: cases with a reason, the most pressing first, then the earliest clock', () => {
    const agenda = selectAgenda(
      [
        { ...candidate([task('action', 30)]), youthId: 'soon', caseNumber: 'C-3' },
        { ...candidate([], 2), youthId: 'new', caseNumber: 'C-2' },
        { ...candidate([task('action', 500)]), youthId: 'none', caseNumber: 'C-9' },
        { ...candidate([task('action', -1)]), youthId: 'late-b', caseNumber: 'C-5' },
        { ...candidate([task('action', -9)]), youthId: 'late-a', caseNumber: 'C-7' },
        { ...candidate([task('mdt_review', 200)]), youthId: 'review', caseNumber: 'C-1' },
      ],
      window,
    );
    assert.deepEqual(
      agenda.map((a) => a.youthId),
      ['late-a', 'late-b', 'review', 'new', 'soon'],
    );
  });
});

test('clocks as the room reads them', () => {
  const due = new Date(NOW.getTime() + HOUR);
  const cases: readonly [Parameters<typeof clockState>[0], string | null][] = [
    [{ status: 'open', dueAt: due, completedAt: null }, 'due'],
    [{ status: 'open', dueAt: new Date(NOW.getTime() - 1), completedAt: null }, 'overdue'],
    [{ status: 'done', dueAt: due, completedAt: due }, 'met'],
    [{ status: 'done', dueAt: due, completedAt: new Date(due.getTime() + 1) }, 'late'],
    [{ status: 'cancelled', dueAt: due, completedAt: null }, null],
  ];
  for (const [clock, state] of cases) assert.equal(clockState(clock, NOW), state);
});

test('a meeting may be today or a day back, and at most a year ahead', () => {
  const at = (ms: number) => meetingTimeProblem(new Date(NOW.getTime() + ms), NOW);
  assert.equal(at(0), null);
  assert.equal(at(-24 * HOUR), null);
  assert.equal(at(-24 * HOUR - 1), 'meeting_in_past');
  assert.equal(at(366 * 24 * HOUR), null);
  assert.equal(at(366 * 24 * HOUR + 1), 'meeting_too_far');
});

test('a decision’s owner: an attendee or an organization on the team, nobody else', () => {
  const meeting = { attendeeOrganizationIds: ['a'] };
  assert.equal(mayOwnDecision('a', meeting, []), true);
  assert.equal(mayOwnDecision('t', meeting, ['t']), true);
  assert.equal(mayOwnDecision('x', meeting, ['t']), false);
  assert.equal(mayOwnDecision('x', { attendeeOrganizationIds: [] }, []), false);
});
