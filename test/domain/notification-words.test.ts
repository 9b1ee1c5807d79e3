// Every notification code the server writes (NOTIFICATION_CODES, src/domain/notifications.ts)
// is worded in English and Spanish from its parameters (src/web/src/pages/notifications/
// notice-words.ts with the real notify.en/es messages): no placeholder left, no missing key, every
// name it carries shown, codes (kinds of information, roles, changes) in words rather than as
// stored, and instants and days as local dates, never ISO (issue 15, item 11).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { APPROVAL_KINDS } from '../../src/domain/administration.js';
import { CASE_TEAM_ROLES } from '../../src/domain/case-team.js';
import {
  NOTIFICATION_CODES,
  PACK_NOTICE_RULES,
  notificationParams,
  type ContentOf,
  type NotificationCode,
  type NotificationContent,
} from '../../src/domain/notifications.js';
import { byHandReferralTitle, noticeIn, taskTitleIn } from '../../src/domain/pack-words.js';
import { DEFAULT_PROTOCOL_PACK, packNoticeOf } from '../../src/domain/protocol-pack.js';
import { DATA_CATEGORIES, ORGANIZATION_TYPES, ROLES } from '../../src/domain/vocabulary.js';
import { approvalsEn } from '../../src/web/src/i18n/approvals.en.js';
import { approvalsEs } from '../../src/web/src/i18n/approvals.es.js';
import { notifyEn } from '../../src/web/src/i18n/notify.en.js';
import { notifyEs } from '../../src/web/src/i18n/notify.es.js';
import { wordNotice } from '../../src/web/src/pages/notifications/notice-words.js';

const CASE = '2026-0042';
const DUE = '2026-11-24T11:10:00.000Z';

/** One content per code; the type makes a new code fail to compile until it has one here. */
const SAMPLES: { [C in NotificationCode]: ContentOf<C>['params'] } = {
  'team.add': {
    caseNumber: CASE,
    organization: 'Harbor Light',
    teamRole: 'advocate',
    byOrganization: 'Bay Police',
  },
  'referral.sent': { caseNumber: CASE, fromOrganization: 'Bay Police', service: 'Safe Harbor' },
  'referral.withdrawn': {
    caseNumber: CASE,
    fromOrganization: 'Bay Police',
    service: 'Safe Harbor',
  },
  'release.request': {
    caseNumber: CASE,
    recordedBy: 'Harbor Light',
    recipients: ['Bay Clinic', 'Bay Probation'],
    categories: ['case_notes', 'mental_health'],
  },
  'task.assigned': { caseNumber: CASE, task: 'Meet the youth', dueAt: DUE },
  'certification.answered': {
    caseNumber: CASE,
    certifier: 'Bay Police',
    visaKind: 'u_visa',
    outcome: 'certified',
  },
  'team.remove': { caseNumber: CASE, organization: 'Bay Clinic', removed: 'organization' },
  'referral.accepted': { caseNumber: CASE, receiverOrganization: 'Safe Home', service: 'Beds' },
  'referral.declined': { caseNumber: CASE, receiverOrganization: 'Safe Home', service: 'Beds' },
  'referral.info_requested': {
    caseNumber: CASE,
    receiverOrganization: 'Safe Home',
    service: 'Beds',
  },
  'referral.enrolled': { caseNumber: CASE, receiverOrganization: 'Safe Home', service: 'Beds' },
  'referral.completed': { caseNumber: CASE, receiverOrganization: 'Safe Home', service: 'Beds' },
  'referral.ended': { caseNumber: CASE, receiverOrganization: 'Safe Home', service: 'Beds' },
  'referral.overdue': {
    caseNumber: CASE,
    receiverOrganization: 'Safe Home',
    service: 'Beds',
    businessDays: '3',
  },
  'referral.accept_undone': {
    caseNumber: CASE,
    receiverOrganization: 'Safe Home',
    service: 'Beds',
  },
  'referral.message': { caseNumber: CASE, fromOrganization: 'Safe Home', service: 'Beds' },
  'release.accept': { caseNumber: CASE, holder: 'Bay Police', categories: ['case_notes'] },
  'release.decline': { caseNumber: CASE, holder: 'Bay Police', categories: ['legal'] },
  'consent.record': {
    caseNumber: CASE,
    recipients: ['Bay Clinic'],
    categories: ['medical', 'needs_services'],
    expiresOn: '2027-05-31',
  },
  'consent.revoke': { caseNumber: CASE },
  'legal_basis.record': {
    caseNumber: CASE,
    recipients: ['Bay Court'],
    categories: ['placement'],
    duty: 'Duty to report',
    citation: 'Pen. Code 11166',
  },
  'mou.standing_acceptance': {
    holder: 'Bay Clinic',
    agreement: 'County MOU 2026',
    categories: ['medical'],
    partners: '2',
  },
  'mou.neighbor_proposed': {
    fromCounty: 'Alder County',
    organization: 'Bay Shelter',
    agreement: 'Two-county MOU',
  },
  'mou.neighbor_answered': {
    organization: 'Bay Shelter',
    county: 'Birch County',
    agreement: 'Two-county MOU',
    answer: 'accepted',
  },
  'approval.request': {
    change: 'account.create',
    person: 'Dana Ortiz',
    organization: 'Harbor Light',
    roles: ['advocate', 'law_enforcement_officer'],
    requestedBy: 'Ali Admin',
    waitingFor: 'Harbor Light',
  },
  'approval.approve': {
    change: 'account.roles',
    person: 'Dana Ortiz',
    organization: 'Harbor Light',
    roles: ['child_welfare_worker'],
    requestedBy: 'Ali Admin',
    decidedBy: 'Sam Supervisor',
  },
  'approval.decline': {
    change: 'mfa.reset',
    person: 'Dana Ortiz',
    organization: 'Harbor Light',
    roles: [],
    requestedBy: 'Ali Admin',
    decidedBy: 'Sam Supervisor',
  },
  'directory.location_confidentiality': { location: 'North House', confidential: 'yes' },
  'directory.provider_link': {
    directoryOrganization: 'Safe Home Inc',
    agency: 'Safe Home',
    previousAgency: 'Old Home',
  },
  break_glass: {
    caseNumber: CASE,
    openedBy: 'Pat Officer',
    organization: 'Bay Police',
    category: 'contact_location',
    expiresAt: DUE,
  },
  'task.overdue': { caseNumber: CASE, task: 'Meet the youth', dueAt: DUE },
  'task.escalated': {
    caseNumber: CASE,
    task: 'Meet the youth',
    assignee: 'Harbor Light',
    dueAt: DUE,
  },
  'mou.neighbor_withdrawn': {
    fromCounty: 'Alder County',
    organization: 'Alder Shelter',
    agreement: 'Shelter MOU',
  },
  'protocol.notice': { caseNumber: CASE, what: 'Call the advocate now.' },
  'protocol.missing_notice': { caseNumber: CASE, what: 'Enter the youth in NCIC.' },
  contact_check_burst: {
    checkedBy: 'Chris Clerk',
    organization: 'Bay Court',
    checks: '10',
    minutes: '5',
    caseNumber: CASE,
  },
  'training.expiring': { person: 'Ana Advocate', course: 'CSEC 101', lapsesOn: '2026-12-23' },
};

/** The other wordings of codes with more than one: each must be worded too. */
const VARIANTS: NotificationContent[] = [
  {
    code: 'team.add',
    params: { caseNumber: CASE, organization: 'Bay Clinic', teamRole: 'medical', byRule: 'R-1' },
  },
  { code: 'team.add', params: { caseNumber: CASE, organization: 'Bay Court', teamRole: 'court' } },
  {
    code: 'team.remove',
    params: { caseNumber: CASE, organization: 'Bay Clinic', removed: 'person' },
  },
  { code: 'task.assigned', params: { caseNumber: CASE, dueAt: DUE } },
  {
    code: 'referral.overdue',
    params: {
      caseNumber: CASE,
      receiverOrganization: 'Safe Home',
      service: 'Beds',
      businessDays: '1',
    },
  },
  {
    code: 'referral.overdue',
    params: {
      caseNumber: CASE,
      receiverOrganization: 'Safe Home',
      service: 'Beds',
      urgentDueAt: DUE,
    },
  },
  {
    code: 'legal_basis.record',
    params: { caseNumber: CASE, recipients: ['Bay Court'], categories: ['education'] },
  },
  {
    code: 'mou.standing_acceptance',
    params: { holder: 'Bay Clinic', agreement: 'County MOU 2026', categories: [], partners: '0' },
  },
  {
    code: 'mou.neighbor_answered',
    params: {
      organization: 'Bay Shelter',
      county: 'Birch County',
      agreement: 'MOU',
      answer: 'declined',
    },
  },
  {
    code: 'approval.request',
    params: {
      change: 'password.reset',
      person: 'Dana Ortiz',
      organization: 'Bay Police',
      roles: [],
      requestedBy: 'Ali Admin',
    },
  },
  {
    code: 'directory.location_confidentiality',
    params: { location: 'North House', confidential: 'no' },
  },
  {
    code: 'directory.provider_link',
    params: { directoryOrganization: 'Safe Home Inc', agency: 'Safe Home' },
  },
  {
    code: 'protocol.notice',
    params: {
      caseNumber: CASE,
      what: 'A hearing in your county.',
      when: '2026-12-03',
      fromCounty: 'Alder County',
      call: '555-0100',
    },
  },
  {
    code: 'protocol.missing_notice',
    params: {
      caseNumber: CASE,
      what: 'A transfer.',
      when: '2026-12-03',
      fromCounty: 'Alder County',
    },
  },
  {
    code: 'contact_check_burst',
    params: { checkedBy: 'Chris Clerk', organization: 'Bay Court', checks: '10', minutes: '5' },
  },
  {
    code: 'certification.answered',
    params: { caseNumber: CASE, certifier: 'Bay DA', visaKind: 't_visa', outcome: 'declined' },
  },
];

/** Parameters that choose a wording or are codes and dates worded otherwise; the rest must show. */
const NOT_SHOWN_AS_IS = new Set([
  'removed',
  'confidential',
  'answer',
  'teamRole',
  'categories',
  'category',
  'roles',
  'change',
  'dueAt',
  'expiresAt',
  'expiresOn',
  'lapsesOn',
  'when',
  'partners',
  'businessDays',
  'urgentDueAt',
  'visaKind',
  'outcome',
]);

/** Vocabulary words stand in as "«CODE»"; the real ones are checked by the vocabulary files' types. */
const stand = (code: string) => `«${code.toUpperCase()}»`;
const vocabulary = (list: readonly string[]) =>
  Object.fromEntries(list.map((code) => [code, stand(code)]));

async function translator(language: 'en' | 'es') {
  const notify = language === 'en' ? notifyEn : notifyEs;
  const approvals = language === 'en' ? approvalsEn : approvalsEs;
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: {
      [language]: {
        translation: {
          ...notify,
          approvals: { kinds: approvals.approvals.kinds },
          dataCategories: vocabulary(DATA_CATEGORIES),
          caseTeamRoles: vocabulary(CASE_TEAM_ROLES),
          roles: vocabulary(ROLES),
        },
      },
    },
    interpolation: { escapeValue: false },
  });
  return (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
}

const SAMPLE_CONTENTS = NOTIFICATION_CODES.map(
  (code) => ({ code, params: SAMPLES[code] }) as NotificationContent,
);

test('every code in the domain’s list has a sample here, and every sample a code', () => {
  assert.deepEqual(Object.keys(SAMPLES).sort(), [...NOTIFICATION_CODES].sort());
  assert.equal(new Set(NOTIFICATION_CODES).size, NOTIFICATION_CODES.length);
});

for (const language of ['en', 'es'] as const) {
  test(`every code and variant is worded in ${language} from its parameters`, async () => {
    const t = await translator(language);
    for (const content of [...SAMPLE_CONTENTS, ...VARIANTS]) {
      const params = notificationParams(content);
      const words = wordNotice(t, language, { kind: content.code, message: 'FALLBACK', params });
      const where = `${content.code} ${JSON.stringify(params)}: ${words}`;
      assert.notEqual(words, 'FALLBACK', where);
      assert.doesNotMatch(words, /\{\{|\}\}|notify\.|approvals\.kinds|dataCategories\./, where);
      assert.doesNotMatch(words, /\d{4}-\d{2}-\d{2}/, `no ISO date or instant: ${where}`);
      assert.doesNotMatch(words, /[a-z]_[a-z]/, `no stored code: ${where}`);
      for (const [key, value] of Object.entries(params)) {
        if (NOT_SHOWN_AS_IS.has(key)) continue;
        for (const item of Array.isArray(value) ? value : [value]) {
          assert.ok(words.includes(item), `${key} "${item}" shown in ${where}`);
        }
      }
      for (const category of content.params && 'categories' in content.params
        ? content.params.categories
        : []) {
        assert.ok(words.includes(stand(category)), `category in words: ${where}`);
      }
      if ('category' in content.params) {
        assert.ok(words.includes(stand(content.params.category)), where);
      }
      if ('teamRole' in content.params) {
        assert.ok(words.includes(stand(content.params.teamRole)), where);
      }
      if ('roles' in content.params) {
        for (const role of content.params.roles) assert.ok(words.includes(stand(role)), where);
      }
      for (const key of ['businessDays', 'partners'] as const) {
        const count = (params as Record<string, unknown>)[key];
        if (typeof count === 'string' && count !== '0') assert.ok(words.includes(count), where);
      }
    }
  });
}

test('English and Spanish word each code differently, and a change in words names the change', async () => {
  const [en, es] = [await translator('en'), await translator('es')];
  for (const content of SAMPLE_CONTENTS) {
    const notice = { kind: content.code, message: 'FALLBACK', params: notificationParams(content) };
    assert.notEqual(wordNotice(en, 'en', notice), wordNotice(es, 'es', notice), content.code);
  }
  for (const change of APPROVAL_KINDS) {
    const notice = {
      kind: 'approval.approve',
      message: 'FALLBACK',
      params: {
        ...notificationParams(SAMPLE_CONTENTS.find((c) => c.code === 'approval.approve')!),
        change,
      },
    };
    const words = wordNotice(en, 'en', notice);
    assert.ok(words.includes(approvalsEn.approvals.kinds[change].split(':')[0] ?? ''), words);
  }
});

test('a notice without parameters, or of a kind the screens do not know, shows its text', async () => {
  const t = await translator('es');
  assert.equal(
    wordNotice(t, 'es', { kind: 'team.add', message: 'Old text', params: null }),
    'Old text',
  );
  assert.equal(
    wordNotice(t, 'es', { kind: 'something.new', message: 'New text', params: { a: 'b' } }),
    'New text',
  );
});

test('a certifying agency’s answer names the visa and says certified or declined', async () => {
  const cases: [string, 'en' | 'es', string, string, RegExp][] = [
    ['certified', 'en', 'u_visa', 'Bay Police', /^Bay Police certified the U visa /],
    ['declined', 'en', 't_visa', 'Bay DA', /^Bay DA declined the T visa .*the reason is on/],
    ['certified', 'es', 'u_visa', 'Bay Police', /^Bay Police certificó .* de visa U /],
    ['declined', 'es', 't_visa', 'Bay DA', /^Bay DA rechazó .* de visa T .*el motivo está/],
  ];
  for (const [outcome, language, visaKind, certifier, expected] of cases) {
    const t = await translator(language);
    const params = { caseNumber: CASE, certifier, visaKind, outcome };
    const words = wordNotice(t, language, { kind: 'certification.answered', message: '', params });
    assert.match(words, expected);
    assert.ok(words.includes(CASE), words);
  }
});

test('the default pack’s notices are worded from their rule in each language; a county’s own words as written', async () => {
  // Every rule of the pack that sends a notice, written out here.
  const notifying = [
    'arrest-attempt-victim',
    'detention-child-welfare-notice',
    'hearing-county',
    'missing-ncic',
    'subpoena-hearing-county',
  ];
  assert.deepEqual([...PACK_NOTICE_RULES].sort(), notifying);
  const messages = DEFAULT_PROTOCOL_PACK.flatMap((rule) =>
    rule.actions.flatMap((a) => (a.kind === 'notify' ? [[rule.key, a.message] as const] : [])),
  );
  assert.deepEqual(messages.map(([key]) => key).sort(), notifying);
  for (const [key, message] of messages) assert.equal(packNoticeOf(message), key);
  assert.equal(packNoticeOf('A youth is missing. Call Sgt. Diaz at 555-0100.'), null);
  assert.equal(packNoticeOf(''), null);

  const [en, es] = [await translator('en'), await translator('es')];
  for (const [key, message] of messages) {
    for (const kind of ['protocol.notice', 'protocol.missing_notice']) {
      const params = { caseNumber: CASE, what: message, packNotice: key };
      const english = wordNotice(en, 'en', { kind, message: '', params });
      assert.equal(english, `${message} (case ${CASE})`);
      const spanish = wordNotice(es, 'es', { kind, message: '', params });
      assert.ok(spanish.endsWith(`(caso ${CASE})`), spanish);
      assert.ok(!spanish.includes(message) && !spanish.includes('{{'), spanish);
      const fromAlder = { ...params, fromCounty: 'Alder County', when: '2026-12-03' };
      const across = wordNotice(es, 'es', { kind, message: '', params: fromAlder });
      assert.ok(across.includes('Desde Alder County') && !across.includes(message), across);
    }
  }
  // A county's own words, and a key the screens do not know, are shown as written.
  for (const params of [
    { caseNumber: CASE, what: 'Llame al sargento Díaz.' } as Record<string, string>,
    { caseNumber: CASE, what: 'Llame al sargento Díaz.', packNotice: 'not-a-pack-rule' },
  ]) {
    assert.equal(
      wordNotice(es, 'es', { kind: 'protocol.missing_notice', message: '', params }),
      `Llame al sargento Díaz. (caso ${CASE})`,
    );
  }
});

test('the pack’s task titles and notices have Spanish words; a task notice shows them, a county’s own title as written', async () => {
  const titles = new Set(
    DEFAULT_PROTOCOL_PACK.flatMap((rule) =>
      rule.actions.flatMap((a) => (a.kind === 'task' ? [a.title] : [])),
    ),
  );
  assert.ok(titles.size >= 15, `the pack has ${String(titles.size)} task titles`);
  for (const title of titles) {
    assert.notEqual(taskTitleIn(title, 'es'), title, `Spanish for "${title}"`);
    assert.equal(taskTitleIn(title, 'en'), title);
  }
  for (const rule of DEFAULT_PROTOCOL_PACK) {
    for (const action of rule.actions) {
      if (action.kind === 'notify') assert.notEqual(noticeIn(action.message, 'es'), action.message);
    }
  }
  const es = await translator('es');
  const word = (task: string) =>
    wordNotice(es, 'es', {
      kind: 'task.assigned',
      message: '',
      params: { caseNumber: CASE, task, dueAt: DUE },
    });
  const pack = word('Advocate on scene with the youth');
  assert.ok(pack.includes('Defensora o defensor en el lugar con la persona joven'), pack);
  assert.ok(!pack.includes('Advocate on scene'), pack);
  assert.ok(word('Meet the youth').includes('Meet the youth'));
});

test('the coordinator’s by-hand referral task is worded in Spanish from its parts; unknown parts stay', () => {
  for (const type of ORGANIZATION_TYPES) {
    for (const problem of ['no_service', 'not_reachable', 'excluded_provider', 'cohort_conflict']) {
      const title = byHandReferralTitle(type, problem);
      assert.equal(taskTitleIn(title, 'en'), title);
      const spanish = taskTitleIn(title, 'es');
      assert.ok(spanish.startsWith('Hacer a mano la derivación a '), spanish);
      assert.ok(!spanish.includes('by hand') && !spanish.includes('_'), spanish);
    }
  }
  assert.equal(
    taskTitleIn(byHandReferralTitle('medical', 'no_service'), 'es'),
    'Hacer a mano la derivación a Servicios médicos (ningún servicio del directorio puede recibirla)',
  );
  // A refusal the words do not know keeps its code's words; a county's look-alike title as written.
  assert.equal(
    taskTitleIn(byHandReferralTitle('medical', 'some_new_code'), 'es'),
    'Hacer a mano la derivación a Servicios médicos (some new code)',
  );
  const lookAlike = 'Make the referral to the clinic by hand (call first)';
  assert.equal(taskTitleIn(lookAlike, 'es'), lookAlike);
});
