// Text PostgreSQL cannot store: U+0000 and lone surrogates, found wherever they are in a value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import i18next from 'i18next';
import {
  fieldPath,
  findUnstorableText,
  firstUnstorableIndex,
  type PathSegment,
} from '../../src/domain/storable-text.js';
import {
  unstorableTextApiErrorsEn,
  unstorableTextEn,
} from '../../src/web/src/i18n/unstorable-text.en.js';
import {
  unstorableTextApiErrorsEs,
  unstorableTextEs,
} from '../../src/web/src/i18n/unstorable-text.es.js';
import { wordUnstorableText } from '../../src/web/src/unstorable-text.js';

// ignoreBOM: by default a decoder drops a leading U+FEFF, which PostgreSQL stores as it is.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** What UTF-8 can hold: the string survives a round trip unchanged. PostgreSQL adds no NUL. */
function storable(text: string): boolean {
  return !text.includes('\u0000') && decoder.decode(new TextEncoder().encode(text)) === text;
}

/** Any UTF-16 sequence, with the interesting code units often. */
const codeUnits = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 0xffff }),
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.constantFrom(
      0,
      0x0a,
      0xfeff,
      0xd800,
      0xd83d,
      0xdbff,
      0xdc00,
      0xde00,
      0xdfff,
      0xfffd,
      0xffff,
    ),
  ),
  { maxLength: 12 },
);
const anyText = codeUnits.map((units) => String.fromCharCode(...units));
const storableText = anyText.filter(storable);

describe('firstUnstorableIndex', () => {
  test('finds U+0000 and unpaired surrogates, nothing else', () => {
    const cases: [string, number][] = [
      ['', -1],
      ['plain words', -1],
      ['María José Ñúñez', -1],
      ['emoji \uD83D\uDE00 pair', -1],
      ['\u0001\u001f\u007f control characters other than NUL', -1],
      ['\uFFFD\uFFFE\uFFFF', -1],
      ['\uFEFF a byte order mark first', -1],
      ['\u0000', 0],
      ['A\u0000B', 1],
      ['\uD800', 0],
      ['\uDFFF', 0],
      ['end \uDBFF', 4],
      ['\uDE00\uD83D reversed pair', 0],
      ['\uD83D\uD83D\uDE00 high then a pair', 0],
      ['\uD83D\uDE00\uDE00 a pair then low', 2],
      ['ok\uD83D\uDE00\u0000', 4],
      ['\uD800\u0000', 0],
    ];
    for (const [text, index] of cases) {
      assert.equal(firstUnstorableIndex(text), index, JSON.stringify(text));
    }
  });

  test('agrees with a UTF-8 round trip on any UTF-16 sequence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const index = firstUnstorableIndex(text);
        assert.equal(index === -1, storable(text));
        if (index !== -1) {
          assert.ok(storable(text.slice(0, index)), 'nothing unstorable before it');
          assert.ok(!storable(text.slice(index, index + 1)), 'the unit found is itself unstorable');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('findUnstorableText', () => {
  test('says where the first one is, in a value or in a key, with its line', () => {
    const cases: [unknown, ReturnType<typeof findUnstorableText>][] = [
      [null, null],
      [42, null],
      [true, null],
      ['fine', null],
      [{ a: ['b', { c: 'd' }], e: 1, f: null }, null],
      ['\u0000', { path: [], inKey: false, codePoint: 'U+0000', kind: 'nul', line: null }],
      [
        { givenName: 'A\u0000B' },
        { path: ['givenName'], inKey: false, codePoint: 'U+0000', kind: 'nul', line: null },
      ],
      [
        { people: [{ name: 'ok' }, { name: 'x\uD800' }] },
        {
          path: ['people', 1, 'name'],
          inKey: false,
          codePoint: 'U+D800',
          kind: 'lone_surrogate',
          line: null,
        },
      ],
      [
        { first: '\u0000', second: '\u0000' },
        { path: ['first'], inKey: false, codePoint: 'U+0000', kind: 'nul', line: null },
      ],
      [
        [['ok', ['\uDC00']], '\u0000'],
        { path: [0, 1, 0], inKey: false, codePoint: 'U+DC00', kind: 'lone_surrogate', line: null },
      ],
      [
        { outer: { 'giv\u0000en': 'x' } },
        { path: ['outer'], inKey: true, codePoint: 'U+0000', kind: 'nul', line: null },
      ],
      [
        { '\uDFFF': 1 },
        { path: [], inKey: true, codePoint: 'U+DFFF', kind: 'lone_surrogate', line: null },
      ],
      [
        { files: { 'services.csv': 'id,name\r\n1,A\r\n2,B\u0000\r\n' } },
        {
          path: ['files', 'services.csv'],
          inKey: false,
          codePoint: 'U+0000',
          kind: 'nul',
          line: 3,
        },
      ],
      [
        { files: { 'services.csv': '\u0000\nsecond line' } },
        {
          path: ['files', 'services.csv'],
          inKey: false,
          codePoint: 'U+0000',
          kind: 'nul',
          line: 1,
        },
      ],
      [
        { files: { 'services.csv': [{ name: 'ok' }, { name: 'multi\nline\u0000' }] } },
        {
          path: ['files', 'services.csv', 1, 'name'],
          inKey: false,
          codePoint: 'U+0000',
          kind: 'nul',
          line: 2,
        },
      ],
    ];
    for (const [value, expected] of cases) {
      assert.deepEqual(findUnstorableText(value), expected, JSON.stringify(value));
    }
  });

  test('a body nested far deeper than the stack allows is walked, not a crash', () => {
    let value: unknown = 'A\u0000';
    for (let depth = 0; depth < 200_000; depth += 1) value = [value];
    const found = findUnstorableText(value);
    assert.equal(found?.path.length, 200_000);
    assert.equal(found.kind, 'nul');
  });

  test('finds one bad string put anywhere in any JSON value, and nothing in clean ones', () => {
    const clean = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        storableText,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(storableText, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const bad = fc.constantFrom('\u0000', '\uD800', '\uDFFF', 'tail \uDBFF', 'x\u0000y');
    interface Planted {
      readonly value: unknown;
      readonly path: readonly PathSegment[];
      readonly inKey: boolean;
      readonly text: string;
    }
    // One bad string in a value or a key, at any depth, among clean siblings: its path is known.
    const planted = fc.letrec<{ node: Planted }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        bad.map((text) => ({ value: text, path: [], inKey: false, text })),
        fc.tuple(bad, fc.dictionary(storableText, clean, { maxKeys: 3 })).map(([text, rest]) => ({
          value: { ...rest, [text]: 1 },
          path: [],
          inKey: true,
          text,
        })),
        fc
          .tuple(fc.array(clean, { maxLength: 3 }), tie('node'), fc.array(clean, { maxLength: 3 }))
          .map(([before, inner, after]) => ({
            ...inner,
            value: [...before, inner.value, ...after],
            path: [before.length, ...inner.path],
          })),
        fc
          .tuple(fc.dictionary(storableText, clean, { maxKeys: 3 }), storableText, tie('node'))
          .map(([siblings, key, inner]) => ({
            ...inner,
            value: { ...siblings, [key]: inner.value },
            path: [key, ...inner.path],
          })),
      ),
    })).node;
    fc.assert(
      fc.property(clean, planted, (value, { value: withBad, path, inKey, text }) => {
        assert.equal(findUnstorableText(value), null, 'a clean value passes');
        const found = findUnstorableText(withBad);
        assert.ok(found, 'the planted text is found');
        assert.deepEqual(found.path, path);
        assert.equal(found.inKey, inKey);
        assert.equal(found.kind, text.includes('\u0000') ? 'nul' : 'lone_surrogate');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fieldPath', () => {
  test('reads as a person writes it; odd keys quoted and cut short', () => {
    const long = 'k'.repeat(70);
    const cases: [PathSegment[], string][] = [
      [[], ''],
      [['givenName'], 'givenName'],
      [['people', 0, 'givenName'], 'people[0].givenName'],
      [['files', 'services.csv'], 'files["services.csv"]'],
      [['files', 'services.csv', 3, 'name'], 'files["services.csv"][3].name'],
      [[0, 'a'], '[0].a'],
      [['has space', '$ok', '_x1'], '["has space"].$ok._x1'],
      [['1leading'], '["1leading"]'],
      [['quote"and\\slash'], '["quote\\"and\\\\slash"]'],
      [['line\nbreak'], '["line\\nbreak"]'],
      [[long], `["${'k'.repeat(60)}…"]`],
      [['\uD83D\uDE00'.repeat(61)], `["${'\uD83D\uDE00'.repeat(60)}…"]`],
      [Array.from({ length: 16 }, () => 0), '[0]'.repeat(16)],
      [
        ['a', ...Array.from({ length: 20 }, (_, i) => i), 'z'],
        `a[0][1][2][3][4][5][6]…[13][14][15][16][17][18][19].z`,
      ],
    ];
    for (const [path, expected] of cases) {
      assert.equal(fieldPath(path), expected, JSON.stringify(path));
    }
  });
});

describe('the refusal in the reader’s language (issue 15, item 7)', () => {
  async function translator(language: 'en' | 'es') {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: language,
      resources: {
        [language]: {
          translation:
            language === 'en'
              ? { apiErrors: unstorableTextApiErrorsEn, unstorableText: unstorableTextEn }
              : { apiErrors: unstorableTextApiErrorsEs, unstorableText: unstorableTextEs },
        },
      },
      interpolation: { escapeValue: false },
    });
    return (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
  }
  const refusals = ['params', 'query', 'body'].flatMap((part) =>
    [false, true].flatMap((inKey) =>
      ['people[0].givenName', null].flatMap((field) =>
        (['nul', 'lone_surrogate'] as const).flatMap((kind) =>
          [null, 7].map((line) => ({
            part,
            field,
            inKey,
            kind,
            codePoint: kind === 'nul' ? 'U+0000' : 'U+D800',
            line,
          })),
        ),
      ),
    ),
  );

  test('every place and character has words in both languages, each fact said', async () => {
    const english = await translator('en');
    const spanish = await translator('es');
    for (const refusal of refusals) {
      const words = {
        en: wordUnstorableText(english, refusal),
        es: wordUnstorableText(spanish, refusal),
      };
      for (const [language, said] of Object.entries(words)) {
        const what = `${language} ${JSON.stringify(refusal)}: ${String(said)}`;
        assert.ok(said !== null, what);
        assert.ok(said.includes(refusal.codePoint), what);
        assert.ok(!/{{|}}|unstorableText|apiErrors/.test(said), what);
        // The field is named where the place has one (a body field without a name is the body).
        const named = refusal.field !== null && !(refusal.inKey && refusal.part !== 'body');
        assert.equal(said.includes('people[0].givenName'), named, what);
        assert.equal(said.includes('7'), refusal.line !== null, what);
      }
      assert.ok(!/\b(contains|cannot|field|line|character)\b/.test(words.es ?? ''), words.es ?? '');
      assert.match(words.es ?? '', /no se puede guardar/);
    }
    // Different places read differently.
    const places = new Set(
      refusals
        .filter((r) => r.kind === 'nul' && r.line === null && r.field !== null)
        .map((r) => wordUnstorableText(spanish, r)),
    );
    assert.equal(places.size, 6);
  });

  test('a refusal without its values (an older server) keeps the message it came with', async () => {
    const english = await translator('en');
    assert.equal(wordUnstorableText(english, {}), null);
    assert.equal(wordUnstorableText(english, { part: 'body', kind: 'nul' }), null);
    assert.equal(
      wordUnstorableText(english, { part: 'cookie', kind: 'nul', codePoint: 'U+0000' }),
      null,
    );
  });
});
