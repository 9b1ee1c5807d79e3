// Match reasons in the reader's language (issue 15, item 7): every reason code and every
// exclusion has words in English and Spanish (the real matching.en/es and referrals.en/es
// message files), the English words of the codes are exactly the `reasons` sentences the API
// has always sent (over random youth and services), the Spanish ones leave no English, code or
// placeholder behind, and languages are named in the reader's language where a code is known.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import i18next from 'i18next';
import {
  codesByName,
  displayLanguage,
  languageName,
  languageNames,
  nameFromIndex,
} from '../../src/domain/language-names.js';
import {
  EXCLUSION_MESSAGES,
  MATCH_REASON_CODES,
  matchServices,
  NEEDS,
  rank,
  SERVICE_LEVELS,
  YOUTH_HISTORIES,
  type MatchableService,
  type MatchReason,
  type YouthConstraints,
} from '../../src/domain/matching.js';
import { matchingEn } from '../../src/web/src/i18n/matching.en.js';
import { matchingEs } from '../../src/web/src/i18n/matching.es.js';
import { referralsEn } from '../../src/web/src/i18n/referrals.en.js';
import { referralsEs } from '../../src/web/src/i18n/referrals.es.js';
import { wordMatchReason } from '../../src/web/src/pages/referrals/match-reasons.js';

async function translator(language: 'en' | 'es') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: language === 'en' ? matchingEn : matchingEs } },
    interpolation: { escapeValue: false },
  });
  return (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
}

const asStored = (stored: string) => stored;

/** One reason of each code, the parameters written out. */
const SAMPLES: MatchReason[] = [
  { code: 'alternative_to_detention', params: {} },
  { code: 'needs_met', params: { met: 2, of: 3, needs: ['emergency_shelter', 'legal'] } },
  { code: 'no_other_need', params: {} },
  { code: 'csec_specialized', params: {} },
  { code: 'intervention_level', params: {} },
  { code: 'prevention_level', params: {} },
  { code: 'staff_speak', params: { languages: ['Spanish', 'English'] } },
  { code: 'no_staff_speak', params: { languages: ['Vietnamese'] } },
  { code: 'lgbtq_affirming', params: {} },
  { code: 'open_now', params: { available: 3 } },
];

describe('the message files', () => {
  test('every reason code has words in English and Spanish, and no word lacks a code', () => {
    assert.deepEqual(
      Object.keys(matchingEn.matching.reasons).sort(),
      [...MATCH_REASON_CODES].sort(),
    );
    assert.deepEqual(
      Object.keys(matchingEs.matching.reasons).sort(),
      [...MATCH_REASON_CODES].sort(),
    );
    assert.deepEqual(
      SAMPLES.map((s) => s.code),
      [...MATCH_REASON_CODES],
      'one sample per code',
    );
    for (const code of MATCH_REASON_CODES) {
      assert.ok(matchingEn.matching.reasons[code].trim(), code);
      assert.ok(matchingEs.matching.reasons[code].trim(), code);
    }
  });
  test('every need has words inside a sentence in both languages', () => {
    for (const words of [matchingEn.matching.needWords, matchingEs.matching.needWords]) {
      assert.deepEqual(Object.keys(words).sort(), [...NEEDS].sort());
      for (const need of NEEDS) assert.match(words[need], /^\p{Ll}[\p{L} ]*$/u, need);
    }
  });
  test('every exclusion has words in both languages, the English ones the API’s explanations', () => {
    const codes = Object.keys(EXCLUSION_MESSAGES).sort();
    assert.deepEqual(Object.keys(referralsEn.referrals.exclusions).sort(), codes);
    assert.deepEqual(Object.keys(referralsEs.referrals.exclusions).sort(), codes);
    for (const [code, sentence] of Object.entries(EXCLUSION_MESSAGES)) {
      assert.equal(
        referralsEn.referrals.exclusions[code as keyof typeof EXCLUSION_MESSAGES],
        sentence,
      );
      assert.notEqual(
        referralsEs.referrals.exclusions[code as keyof typeof EXCLUSION_MESSAGES],
        sentence,
      );
    }
  });
});

describe('each code worded', () => {
  // The sentences as written in the API before codes (test/domain/matching.test.ts's world).
  const ENGLISH: Record<MatchReason['code'], string> = {
    alternative_to_detention:
      'An alternative to detention, for a youth facing a detention decision.',
    needs_met: 'Meets 2 of 3 needs: emergency shelter, legal.',
    no_other_need: 'Meets none of the youth’s other needs.',
    csec_specialized: 'Specialized in serving commercially sexually exploited youth.',
    intervention_level:
      'Works at the intervention level, which fits a youth with an exploitation history.',
    prevention_level: 'Works at the prevention level, which fits a youth at risk.',
    staff_speak: 'Staff speak Spanish, English.',
    no_staff_speak: 'No staff listed who speak Vietnamese.',
    lgbtq_affirming: 'LGBTQ+-affirming.',
    open_now: '3 open now.',
  };
  const SPANISH: Record<MatchReason['code'], string> = {
    alternative_to_detention:
      'Una alternativa a la detención, para una persona joven ante una decisión de detención.',
    needs_met: 'Cubre 2 de 3 necesidades: refugio de emergencia, ayuda legal.',
    no_other_need: 'No cubre ninguna otra necesidad de la persona joven.',
    csec_specialized:
      'Especializado en atender a jóvenes víctimas de explotación sexual comercial.',
    intervention_level:
      'Trabaja en el nivel de intervención, adecuado para jóvenes con historia de explotación.',
    prevention_level: 'Trabaja en el nivel de prevención, adecuado para jóvenes en riesgo.',
    staff_speak: 'El personal habla español, inglés.',
    no_staff_speak: 'No figura personal que hable vietnamita.',
    lgbtq_affirming: 'Afirma a jóvenes LGBTQ+.',
    open_now: 'Plazas libres ahora: 3.',
  };
  const codes = new Map([
    ['spanish', 'es'],
    ['english', 'en'],
    ['vietnamese', 'vi'],
  ]);
  test('in English, as the API has always said it', async () => {
    const t = await translator('en');
    for (const reason of SAMPLES) {
      assert.equal(wordMatchReason(t, reason, asStored), ENGLISH[reason.code]);
    }
  });
  test('in Spanish, languages named in Spanish where their code is known', async () => {
    const t = await translator('es');
    for (const reason of SAMPLES) {
      const words = wordMatchReason(t, reason, (stored) => nameFromIndex(stored, codes, 'es'));
      assert.equal(words, SPANISH[reason.code]);
    }
  });
  test('in Spanish, a language with no known code keeps its stored name', async () => {
    const t = await translator('es');
    const reason: MatchReason = { code: 'staff_speak', params: { languages: ['Mam'] } };
    assert.equal(
      wordMatchReason(t, reason, (stored) => nameFromIndex(stored, new Map(), 'es')),
      'El personal habla Mam.',
    );
  });
});

// --- over random youth and services: the codes and the sentences never disagree ---

const arbService = fc.record<MatchableService>({
  id: fc.uuid(),
  organizationId: fc.constantFrom('org-a', 'org-b'),
  name: fc.constantFrom('A', 'Shelter'),
  needs: fc.subarray([...NEEDS], { minLength: 1, maxLength: 4 }),
  csecSpecialized: fc.boolean(),
  level: fc.constantFrom(...SERVICE_LEVELS),
  groupSetting: fc.boolean(),
  cohortRule: fc.constant('either'),
  minimumAge: fc.constant(null),
  maximumAge: fc.constant(null),
  genders: fc.constant(null),
  lgbtqAffirming: fc.boolean(),
  alternativeToDetention: fc.boolean(),
  languages: fc.subarray(['english', 'Spanish', 'vi', 'Tagalog']),
  serviceAreas: fc.constant(null),
  capacityAvailable: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
});
const arbYouth = fc.record<YouthConstraints>({
  needs: fc.subarray([...NEEDS], { minLength: 1, maxLength: 5 }),
  age: fc.integer({ min: 10, max: 24 }),
  gender: fc.constant(null),
  languages: fc.subarray(['English', 'Spanish', 'Vietnamese', 'vi', 'Tagalog']),
  county: fc.constant(null),
  history: fc.constantFrom(...YOUTH_HISTORIES),
  excludedOrganizationIds: fc.constant([]),
  facingDetention: fc.boolean(),
});

describe('codes and sentences, properties', () => {
  test('the English words of every code are the sentence sent beside it, one for one', async () => {
    const en = await translator('en');
    const es = await translator('es');
    const englishWords = new Set(
      Object.values(matchingEn.matching.reasons).flatMap(
        (m) => m.replace(/\{\{\w+\}\}/g, ' ').match(/\b[A-Za-z][a-z]{4,}\b/g) ?? [],
      ),
    );
    fc.assert(
      fc.property(arbYouth, arbService, (youth, service) => {
        const ranked = rank(service, youth);
        assert.equal(ranked.reasonCodes.length, ranked.reasons.length);
        ranked.reasonCodes.forEach((reason, i) => {
          assert.equal(wordMatchReason(en, reason, asStored), ranked.reasons[i]);
          const spanish = wordMatchReason(es, reason, (l) => nameFromIndex(l, new Map(), 'es'));
          assert.doesNotMatch(spanish, /\{\{|\}\}|matching\.|_/, spanish);
          for (const word of spanish.match(/\b[A-Za-z][a-z]{4,}\b/g) ?? []) {
            // Only languages as stored (no code known here) may stay in English.
            if (['English', 'Spanish', 'Vietnamese', 'Tagalog', 'english'].includes(word)) continue;
            assert.ok(!englishWords.has(word), `"${word}" in ${spanish}`);
          }
        });
      }),
      { numRuns: 400 },
    );
  });
  test('matchServices carries the codes: the excluded as codes without parameters', () => {
    fc.assert(
      fc.property(arbYouth, fc.array(arbService, { maxLength: 6 }), (youth, services) => {
        const result = matchServices(youth, services);
        for (const e of result.excluded) {
          assert.deepEqual(
            e.reasonCodes,
            e.reasons.map((code) => ({ code, params: {} })),
          );
        }
        for (const r of result.ranked) assert.equal(r.reasonCodes.length, r.reasons.length);
      }),
      { numRuns: 200 },
    );
  });
});

// --- language names ---

describe('language names in the reader’s language', () => {
  const cases: [string, string | null, string, string][] = [
    ['Spanish', 'es', 'es', 'español'],
    ['Spanish', 'spa', 'es', 'español'],
    ['Spanish', 'es', 'en', 'Spanish'],
    ['English', 'en', 'es', 'inglés'],
    ['Vietnamese', 'vi', 'es', 'vietnamita'],
    ['Spanish', null, 'es', 'Spanish'],
    ['Mam', 'mam', 'es', 'Mam'],
    ['Spanish', 'not a code', 'es', 'Spanish'],
    ['Spanish', 'xx', 'es', 'Spanish'],
    ['Spanish', '', 'es', 'Spanish'],
  ];
  for (const [stored, code, locale, expected] of cases) {
    test(`${stored} (${String(code)}) for a ${locale} reader: ${expected}`, () => {
      const named = languageName(stored, code, locale);
      // Mam ("mam") is a real code some runtimes name; either way it is Mam to the reader.
      assert.equal(named.toLowerCase(), expected.toLowerCase());
    });
  }
  test('a code Intl does not know, or not a code at all, has no display name', () => {
    assert.equal(displayLanguage('xx', 'es'), null);
    assert.equal(displayLanguage('Spanish', 'es'), null);
    assert.equal(displayLanguage('es; DROP', 'es'), null);
  });
  test('a list keeps its order, one name for one stored language', () => {
    assert.deepEqual(languageNames(['Spanish', 'Mam', 'English'], ['es', null, 'en'], 'es'), [
      'español',
      'Mam',
      'inglés',
    ]);
    assert.deepEqual(languageNames(['Spanish'], undefined, 'es'), ['Spanish']);
  });
  test('names known by code on one service name the same language elsewhere', () => {
    const index = codesByName([
      { languages: ['Spanish', 'Mam'], languageCodes: ['es', null] },
      { languages: ['ENGLISH'], languageCodes: ['en'] },
    ]);
    assert.deepEqual([...index.entries()].sort(), [
      ['english', 'en'],
      ['spanish', 'es'],
    ]);
    assert.equal(nameFromIndex(' spanish ', index, 'es'), 'español');
    assert.equal(nameFromIndex('English', index, 'es'), 'inglés');
    assert.equal(nameFromIndex('Mam', index, 'es').toLowerCase(), 'mam');
    assert.equal(nameFromIndex('vi', index, 'es'), 'vietnamita', 'a code as stored');
    assert.equal(nameFromIndex('Tagalog', index, 'es'), 'Tagalog');
  });
});
