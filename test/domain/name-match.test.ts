// The duplicate check's judgement (src/domain/name-match.ts): name words, how two words relate
// (the same, a nickname, a spelling slip), the evidence two records share and how it ranks, what
// a record must hold, and the database's narrowing. Tables written here; properties for symmetry,
// accents, and narrowing never losing a match.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  candidatePattern,
  comparePossibleMatch,
  describePossibleMatch,
  identifiesSomeone,
  nameWords,
  needsBirthYear,
  rankPossibleMatches,
  relateWord,
  storedNameWords,
  type BirthEvidence,
  type NamedYouth,
  type NameEvidence,
  type NameVariation,
  type WordRelation,
} from '../../src/domain/name-match.js';

/** A youth as typed: names, and a year (a number) or a birth date (a string). */
function youth(
  givenName: string | null,
  familyName: string | null,
  alias: string | null,
  birth: number | string | null = null,
): NamedYouth {
  return {
    givenName,
    familyName,
    alias,
    birthDate: typeof birth === 'string' ? birth : null,
    estimatedBirthYear: typeof birth === 'number' ? birth : null,
  };
}

describe('name words', () => {
  const table: readonly [string | null, string[]][] = [
    [null, []],
    ['', []],
    ['  ', []],
    ['Rivera López', ['rivera', 'lopez']],
    ['Rivera-López', ['rivera', 'lopez']],
    ['Rivera y López', ['rivera', 'lopez']],
    ['RIVERA   e  IBARRA', ['rivera', 'ibarra']],
    ['de la Cruz', ['cruz']],
    ['María de los Ángeles', ['maria', 'angeles']],
    ["O'Brien", ['obrien']],
    ['Jose\u0301', ['jose']],
    ['Núñez', ['nunez']],
    // particles alone are kept: they are all there is
    ['De La', ['de', 'la']],
  ];
  for (const [raw, words] of table) {
    test(`${JSON.stringify(raw)} -> ${words.join(' ') || '(none)'}`, () => {
      assert.deepEqual(nameWords(raw), words);
    });
  }

  test('stored words keep every word, particles too, in one normalized line', () => {
    assert.equal(
      storedNameWords({ givenName: 'María José', familyName: 'Rivera y López', alias: 'La Mimi' }),
      'maria jose rivera y lopez la mimi',
    );
    assert.equal(storedNameWords({ givenName: null, familyName: null, alias: null }), '');
  });
});

describe('how two words relate', () => {
  // [a, b, relation]
  const table: readonly [string, string, WordRelation | null][] = [
    ['maya', 'maya', 'same'],
    // nicknames, Spanish
    ['lupe', 'guadalupe', 'nickname'],
    ['lupita', 'lupe', 'nickname'],
    ['pepe', 'jose', 'nickname'],
    ['paco', 'francisco', 'nickname'],
    ['pancho', 'paco', 'nickname'],
    ['chuy', 'jesus', 'nickname'],
    ['memo', 'guillermo', 'nickname'],
    ['nacho', 'ignacio', 'nickname'],
    ['lalo', 'eduardo', 'nickname'],
    ['beto', 'roberto', 'nickname'],
    ['beto', 'alberto', 'nickname'],
    ['mimi', 'maria', 'nickname'],
    ['mimi', 'maya', 'nickname'],
    ['tono', 'antonio', 'nickname'],
    // nicknames, English
    ['liz', 'elizabeth', 'nickname'],
    ['beth', 'liz', 'nickname'],
    ['kate', 'katherine', 'nickname'],
    ['kate', 'catherine', 'nickname'],
    ['tony', 'antonio', 'nickname'],
    // two names one short form stands for are still two names
    ['alberto', 'roberto', null],
    ['maria', 'maya', null],
    ['jose', 'josefa', null],
    // one slip in a word of five letters or more
    ['esperansa', 'esperanza', 'spelling'],
    ['ribera', 'rivera', 'spelling'],
    ['lucia', 'lucya', 'spelling'],
    ['mraia', 'maria', 'spelling'],
    ['maria', 'mari', null], // "mari" is four letters
    ['rivera', 'riveras', 'spelling'],
    ['rivera', 'rivra', 'spelling'],
    ['gonzalez', 'gonzales', 'spelling'],
    // two slips, or a slip in a short word: another name
    ['guillermo', 'gilermo', null],
    ['maia', 'maya', null],
    ['ana', 'ama', null],
    ['rivera', 'ribero', null],
    ['rivera', 'ortega', null],
  ];
  for (const [a, b, relation] of table) {
    test(`${a} / ${b}: ${String(relation)}`, () => {
      assert.equal(relateWord(a, b), relation);
      assert.equal(relateWord(b, a), relation);
    });
  }
});

describe('two records', () => {
  // [typed, recorded, name evidence, variations, birth evidence] (null: not a match)
  type Row = readonly [
    NamedYouth,
    NamedYouth,
    readonly [NameEvidence, readonly NameVariation[], BirthEvidence] | null,
  ];
  const table: readonly Row[] = [
    // the examples
    [
      youth('Maya', 'Rivera', null, 2010),
      youth('Maya', 'Rivera', null, 2011),
      ['same_name', [], 'birth_year_apart'],
    ],
    [youth('Maya', 'Rivera', null, 2010), youth('Maya', 'Rivera', null, 2012), null],
    [
      youth('María', 'Núñez', null, 2010),
      youth('MARIA', 'nunez', null, 2010),
      ['same_name', [], 'same_birth_year'],
    ],
    [
      youth('Maya', 'Rivera López', null, 2010),
      youth('Maya', 'López', null, 2010),
      ['similar_name', ['one_of_two_family_names'], 'same_birth_year'],
    ],
    [
      youth('Maya', 'Rivera-López', null, 2010),
      youth('Maya', 'Rivera y López', null, 2010),
      ['same_name', [], 'same_birth_year'],
    ],
    [
      youth('Lupe', 'Rivera', null, 2010),
      youth('Guadalupe', 'Rivera', null, 2011),
      ['similar_name', ['nickname'], 'birth_year_apart'],
    ],
    [
      youth('María José', 'Rivera', null, 2010),
      youth('María', 'Rivera', null, 2010),
      ['similar_name', ['one_of_two_given_names'], 'same_birth_year'],
    ],
    [
      youth('Esperansa', 'Villalobos', null, '2010-08-09'),
      youth('Esperanza', 'Villalobos', null, '2010-08-09'),
      ['similar_name', ['spelling'], 'same_birth_date'],
    ],
    [
      youth('Maya', 'Rivera', null, '2010-08-09'),
      youth('Maya', 'Rivera', null, '2010-01-30'),
      ['same_name', [], 'same_birth_year'],
    ],
    [
      youth('Maya', 'Rivera', null, '2010-08-09'),
      youth('Maya', 'Rivera', null, 2011),
      ['same_name', [], 'birth_year_apart'],
    ],
    // an unknown year matches any year
    [
      youth('Maya', 'Rivera', null),
      youth('Maya', 'Rivera', null, 1990),
      ['same_name', [], 'birth_year_unknown'],
    ],
    // aliases
    [
      youth(null, null, 'Mimi'),
      youth('Maya', 'Rivera', 'Mimi', 2011),
      ['alias', [], 'birth_year_unknown'],
    ],
    [
      youth('Ana', 'Smith', 'Mimi', 2011),
      youth('Maya', 'Rivera', 'Mimi', 2011),
      ['alias', [], 'same_birth_year'],
    ],
    [
      youth('Mimi', null, null, 2011),
      youth('Maya', 'Rivera', 'Mimi', 2010),
      ['alias_given_name', [], 'birth_year_apart'],
    ],
    [
      youth(null, 'Rivera', 'Maya', 2011),
      youth('Maya', 'Rivera', null, 2011),
      ['alias_given_name', [], 'same_birth_year'],
    ],
    // an alias as a given name, but another family: someone else
    [youth(null, 'Smith', 'Maya', 2011), youth('Maya', 'Rivera', null, 2011), null],
    // a name alone
    [
      youth('Maya', null, null),
      youth('Maya', 'Rivera', null, 2010),
      ['given_name_only', [], 'birth_year_unknown'],
    ],
    [
      youth('Pepe', null, null, 2010),
      youth('José', null, null, 2010),
      ['given_name_only', [], 'same_birth_year'],
    ],
    [
      youth(null, 'Rivera', null, 2010),
      youth('Maya', 'Rivera', null, 2010),
      ['family_name_only', [], 'same_birth_year'],
    ],
    // different people
    [youth('Maya', 'Smith', null, 2010), youth('Maya', 'Rivera', null, 2010), null],
    [youth('Ana', 'Rivera', null, 2010), youth('Maya', 'Rivera', null, 2010), null],
    [youth(null, 'Rivera', 'Jay', 2010), youth('Maya', 'Rivera', null, 2010), null],
    [youth('Maya', null, null, 2010), youth('Ana', null, null, 2010), null],
    // nothing to compare
    [youth(null, null, null, 2010), youth('Maya', 'Rivera', null, 2010), null],
    [youth(null, null, null, 2010), youth(null, null, null, 2010), null],
  ];
  for (const [typed, recorded, expected] of table) {
    const label = (y: NamedYouth) =>
      `${[y.givenName, y.familyName, y.alias].map(String).join('/')} ${String(y.birthDate ?? y.estimatedBirthYear)}`;
    test(`${label(typed)} against ${label(recorded)}: ${expected ? expected.join(' ') : 'no match'}`, () => {
      for (const [a, b] of [
        [typed, recorded],
        [recorded, typed],
      ] as const) {
        const match = comparePossibleMatch(a, b);
        if (expected === null) {
          assert.equal(match, null);
          continue;
        }
        assert.ok(match);
        assert.deepEqual([match.name, match.variations, match.birth], expected);
      }
    });
  }

  // [typed, recorded, reason]
  const reasons: readonly [NamedYouth, NamedYouth, string][] = [
    [
      youth('Maya', 'Rivera', null, 2010),
      youth('Maya', 'Rivera', null, 2011),
      'same name, birth year 2010 vs 2011',
    ],
    [
      youth('Pepe', 'Rivera', null, 2010),
      youth('José', 'Rivera López', null, 2010),
      'similar name (nickname, one of two family names), birth year 2010',
    ],
    [
      youth(null, null, 'Mimi'),
      youth('Mimi', null, null, 2011),
      'alias matches given name, birth year unknown',
    ],
    [
      youth('Ana', 'Ruiz', 'La Flaca', '2011-01-02'),
      youth('Ana', 'Ruiz', null, '2011-01-02'),
      'same name, same birth date',
    ],
  ];
  for (const [typed, recorded, reason] of reasons) {
    test(`reason: ${reason}`, () => {
      const match = comparePossibleMatch(typed, recorded);
      assert.ok(match);
      assert.equal(describePossibleMatch(match), reason);
    });
  }
});

describe('ranking', () => {
  test('likelier first: a closer name, then a closer birth; an unknown year last of equals', () => {
    const typed = youth('Maya', 'Rivera', null, 2010);
    const candidates = [
      { key: 'unknown year', ...youth('Maya', 'Rivera', null) },
      { key: 'year apart', ...youth('Maya', 'Rivera', null, 2011) },
      { key: 'another youth', ...youth('Ana', 'Ortega', null, 2010) },
      { key: 'name alone', ...youth('Maya', null, null, 2010) },
      { key: 'same year', ...youth('Maya', 'Rivera', null, 2010) },
      { key: 'nickname', ...youth('Mimi', 'Rivera', null, 2010) },
    ];
    const ranked = rankPossibleMatches(typed, candidates, 10).map((r) => r.candidate.key);
    assert.deepEqual(ranked, ['same year', 'year apart', 'nickname', 'unknown year', 'name alone']);
    assert.deepEqual(
      rankPossibleMatches(typed, candidates, 2).map((r) => r.candidate.key),
      ['same year', 'year apart'],
    );
  });
});

describe('what a record must hold', () => {
  const values = {
    givenName: [null, 'Maya'],
    familyName: [null, 'Rivera'],
    alias: [null, 'Mimi'],
    birthDate: [null, '2010-08-09'],
    estimatedBirthYear: [null, 2010],
  } as const;
  // Every combination of present and absent fields.
  for (const givenName of values.givenName)
    for (const familyName of values.familyName)
      for (const alias of values.alias)
        for (const birthDate of values.birthDate)
          for (const estimatedBirthYear of values.estimatedBirthYear) {
            const record = { givenName, familyName, alias, birthDate, estimatedBirthYear };
            const noBirth = birthDate === null && estimatedBirthYear === null;
            const nothing = noBirth && !givenName && !familyName && !alias;
            test(`${JSON.stringify(record)}: ${nothing ? 'refused' : noBirth ? 'flagged' : 'fine'}`, () => {
              assert.equal(needsBirthYear(record), noBirth);
              assert.equal(identifiesSomeone(record), !nothing);
            });
          }

  test('blank or punctuation-only names identify no one', () => {
    assert.equal(identifiesSomeone(youth('  ', '-', '’')), false);
    assert.equal(identifiesSomeone(youth('  ', '-', 'J')), true);
  });
});

describe('narrowing in the database', () => {
  test('nothing typed that names anyone: no pattern', () => {
    assert.equal(candidatePattern(youth(null, null, null, 2010)), null);
    assert.equal(candidatePattern(youth(' ', '--', null)), null);
  });

  // [typed, stored words, found]
  const table: readonly [NamedYouth, string, boolean][] = [
    [youth('Maya', 'Rivera', null), 'maya rivera mimi', true],
    [youth('Lupe', null, null), 'guadalupe ortega', true],
    [youth('Guadalupe', null, null), 'lupita', true],
    [youth('Esperansa', null, null), 'esperanza villalobos', true],
    [youth('Mraia', null, null), 'maria', true],
    [youth(null, 'Rivera y López', null), 'maya lopez', true],
    [youth('Maya', null, null), 'mayan rivera', false],
    [youth('Ana', null, null), 'anabel ortega', false],
    [youth('Maya', 'Rivera', null), 'ana ortega', false],
  ];
  for (const [typed, stored, found] of table) {
    test(`${[typed.givenName, typed.familyName].join(' ')} in "${stored}": ${String(found)}`, () => {
      const pattern = candidatePattern(typed);
      assert.ok(pattern);
      assert.equal(new RegExp(pattern, 'u').test(stored), found);
    });
  }
});

// --- properties ---

const WORDS = [
  'María',
  'maria',
  'Maya',
  'Mimi',
  'José',
  'Pepe',
  'Guadalupe',
  'Lupe',
  'Rivera',
  'Ribera',
  'López',
  'Lopez',
  'Esperanza',
  'Ortega',
  'Kate',
  'Catherine',
  'y',
  'de',
] as const;

/** A word of the pool, sometimes with one slip. */
const word = fc.oneof(
  fc.constantFrom(...WORDS),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.nat(), fc.constantFrom('a', 'e', 'z', 'ñ'), fc.nat(3))
    .map(([w, at, letter, kind]) => {
      const i = at % w.length;
      if (kind === 0) return w.slice(0, i) + letter + w.slice(i + 1);
      if (kind === 1) return w.slice(0, i) + letter + w.slice(i);
      if (kind === 2) return w.slice(0, i) + w.slice(i + 1);
      return w.slice(0, i) + w.slice(i + 1, i + 2) + w.slice(i, i + 1) + w.slice(i + 2);
    }),
);
const name = fc.option(
  fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', '  '))
    .map(([words, joiner]) => words.join(joiner)),
);
const birth = fc.option(
  fc.oneof(
    fc.integer({ min: 2007, max: 2012 }),
    fc
      .tuple(fc.integer({ min: 2007, max: 2012 }), fc.constantFrom('01-15', '08-09'))
      .map(([y, md]) => `${String(y)}-${md}`),
  ),
);
const someone = fc.tuple(name, name, name, birth).map(([g, f, a, b]) => youth(g, f, a, b ?? null));

/** Two youths, the second often sharing some of the first's fields, so that many pairs match. */
const pair = fc
  .tuple(someone, someone, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }))
  .map(([a, b, take]): [NamedYouth, NamedYouth] => [
    a,
    {
      givenName: take[0] ? a.givenName : b.givenName,
      familyName: take[1] ? a.familyName : b.familyName,
      alias: take[2] ? a.alias : b.alias,
      birthDate: take[3] ? a.birthDate : b.birthDate,
      estimatedBirthYear: take[3] ? a.estimatedBirthYear : b.estimatedBirthYear,
    },
  ]);

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ü',
  n: 'ñ',
};

/** The same names, written with accents, in capitals, with hyphens: nothing of substance. */
function restyled(y: NamedYouth, seed: number): NamedYouth {
  const restyle = (text: string | null) =>
    text === null
      ? null
      : Array.from(text)
          .map((c, i) => {
            const lower = c.toLowerCase();
            const accented = (seed + i) % 2 === 0 ? (ACCENTED[lower] ?? c) : c;
            return (seed + i) % 3 === 0 ? accented.toUpperCase() : accented;
          })
          .join('')
          .replace(/ /g, seed % 2 === 0 ? '-' : ' ');
  return {
    ...y,
    givenName: restyle(y.givenName),
    familyName: restyle(y.familyName),
    alias: restyle(y.alias),
  };
}

describe('properties', () => {
  test('symmetric: which record is the newer never changes the answer', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = comparePossibleMatch(a, b);
        const ba = comparePossibleMatch(b, a);
        assert.equal(ab === null, ba === null);
        if (ab && ba) {
          assert.deepEqual(
            [ab.name, ab.variations, ab.birth, ab.score],
            [ba.name, ba.variations, ba.birth, ba.score],
          );
          assert.deepEqual(ab.birthYears, [...ba.birthYears].reverse());
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('accents, capitals and hyphens never change the result', () => {
    fc.assert(
      fc.property(pair, fc.nat(), ([a, b], seed) => {
        assert.deepEqual(comparePossibleMatch(restyled(a, seed), b), comparePossibleMatch(a, b));
        assert.deepEqual(
          comparePossibleMatch(a, restyled(b, seed + 1)),
          comparePossibleMatch(a, b),
        );
      }),
      { numRuns: 500 },
    );
  });

  test('a youth with a name or alias is always a possible match of herself', () => {
    fc.assert(
      fc.property(someone, (a) => {
        const named = [a.givenName, a.familyName, a.alias].some((n) => nameWords(n).length > 0);
        assert.equal(comparePossibleMatch(a, a) !== null, named);
      }),
    );
  });

  test('the database narrowing never loses a match the domain would find', () => {
    fc.assert(
      fc.property(pair, ([typed, recorded]) => {
        if (comparePossibleMatch(typed, recorded) === null) return;
        const pattern = candidatePattern(typed);
        assert.ok(pattern);
        assert.ok(
          new RegExp(pattern, 'u').test(storedNameWords(recorded)),
          `${pattern} misses "${storedNameWords(recorded)}"`,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
