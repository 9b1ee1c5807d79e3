// The words of an email: whole texts written out here for moments across time zones, daylight
// saving and the turn of a year, in both languages; and properties that an email holds nothing
// but its fixed wording, what to do, when, and the link, however odd the inputs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { protocolEmail, testEmail } from '../../src/domain/email-text.js';

const WHAT = 'Call the advocate';
const LINK = 'https://lantern.county.example/tasks/7';

const english = (due: string) =>
  [
    'A task in Lantern is waiting for you.',
    '',
    `What to do: ${WHAT}`,
    `Due: ${due}`,
    '',
    `Open the task: ${LINK}`,
    '',
    'This email carries no details about the youth. Sign in to Lantern to see the task.',
    '',
  ].join('\n');

const spanish = (due: string) =>
  [
    'Tiene una tarea pendiente en Lantern.',
    '',
    `Qué hacer: ${WHAT}`,
    `Fecha límite: ${due}`,
    '',
    `Abra la tarea: ${LINK}`,
    '',
    'Este correo no contiene ningún dato del joven. Inicie sesión en Lantern para ver la tarea.',
    '',
  ].join('\n');

// [due (UTC), time zone, language, subject, the due line as a person there reads it]
const CASES: readonly (readonly [string, string, 'en' | 'es', string, string])[] = [
  [
    '2026-11-27T14:30:00Z',
    'America/Los_Angeles',
    'en',
    'Lantern: a task due Friday, November 27',
    'Friday, November 27, 2026, 6:30 AM PST',
  ],
  [
    '2026-11-27T14:30:00Z',
    'America/Los_Angeles',
    'es',
    'Lantern: una tarea para el viernes 27 de noviembre',
    'viernes, 27 de noviembre de 2026, 06:30 (PST)',
  ],
  // Summer time: the same zone, its other abbreviation; noon is PM.
  [
    '2026-07-04T19:05:00Z',
    'America/Los_Angeles',
    'en',
    'Lantern: a task due Saturday, July 4',
    'Saturday, July 4, 2026, 12:05 PM PDT',
  ],
  // The night daylight saving starts in New York (March 8, 2026): midnight still EST...
  [
    '2026-03-08T05:00:00Z',
    'America/New_York',
    'en',
    'Lantern: a task due Sunday, March 8',
    'Sunday, March 8, 2026, 12:00 AM EST',
  ],
  // ...and 07:30 UTC is already 03:30 EDT.
  [
    '2026-03-08T07:30:00Z',
    'America/New_York',
    'es',
    'Lantern: una tarea para el domingo 8 de marzo',
    'domingo, 8 de marzo de 2026, 03:30 (EDT)',
  ],
  // New Year's Day in UTC is still New Year's Eve in California: the day is the county's.
  [
    '2026-01-01T07:59:00Z',
    'America/Los_Angeles',
    'en',
    'Lantern: a task due Wednesday, December 31',
    'Wednesday, December 31, 2025, 11:59 PM PST',
  ],
  [
    '2026-01-01T07:59:00Z',
    'America/Los_Angeles',
    'es',
    'Lantern: una tarea para el miércoles 31 de diciembre',
    'miércoles, 31 de diciembre de 2025, 23:59 (PST)',
  ],
  [
    '2026-02-10T21:00:00Z',
    'America/Anchorage',
    'en',
    'Lantern: a task due Tuesday, February 10',
    'Tuesday, February 10, 2026, 12:00 PM AKST',
  ],
  [
    '2026-02-10T22:00:00Z',
    'Pacific/Honolulu',
    'es',
    'Lantern: una tarea para el martes 10 de febrero',
    'martes, 10 de febrero de 2026, 12:00 (HST)',
  ],
  // A zone without a common English abbreviation shows its offset.
  [
    '2026-02-10T12:00:00Z',
    'Europe/Madrid',
    'en',
    'Lantern: a task due Tuesday, February 10',
    'Tuesday, February 10, 2026, 1:00 PM GMT+1',
  ],
  [
    '2026-02-10T12:00:00Z',
    'Europe/Madrid',
    'es',
    'Lantern: una tarea para el martes 10 de febrero',
    'martes, 10 de febrero de 2026, 13:00 (GMT+1)',
  ],
];

describe('protocolEmail', () => {
  for (const [due, timeZone, language, subject, dueLine] of CASES) {
    test(`${language}, due ${due} in ${timeZone}`, () => {
      const email = protocolEmail({
        what: WHAT,
        dueAt: new Date(due),
        timeZone,
        link: LINK,
        language,
      });
      assert.equal(email.subject, subject);
      assert.equal(email.text, (language === 'en' ? english : spanish)(dueLine));
    });
  }

  test('English is the default language', () => {
    const email = protocolEmail({
      what: WHAT,
      dueAt: new Date('2026-11-27T14:30:00Z'),
      timeZone: 'America/Los_Angeles',
      link: LINK,
    });
    assert.equal(email.text, english('Friday, November 27, 2026, 6:30 AM PST'));
  });

  test('without a due time it says so, in both languages', () => {
    const base = { what: WHAT, dueAt: null, timeZone: 'America/Chicago', link: LINK } as const;
    const en = protocolEmail({ ...base, language: 'en' });
    assert.equal(en.subject, 'Lantern: a task for you');
    assert.equal(en.text, english('no set time'));
    const es = protocolEmail({ ...base, language: 'es' });
    assert.equal(es.subject, 'Lantern: una tarea para usted');
    assert.equal(es.text, spanish('ninguna'));
  });

  test('what to do stays on its one line: breaks and control characters become spaces', () => {
    const table: readonly (readonly [string, string])[] = [
      ['  Call the advocate  ', 'Call the advocate'],
      ['Call\nthe advocate', 'Call the advocate'],
      ['Call\r\n\tthe\u2028advocate', 'Call the advocate'],
      ['Call\u0000the\u0007advocate', 'Call the advocate'],
      [
        'Call the advocate\n\nThis email carries no details',
        'Call the advocate This email carries no details',
      ],
    ];
    for (const [what, shown] of table) {
      const { text } = protocolEmail({ what, dueAt: null, timeZone: 'UTC', link: LINK });
      assert.equal(text.split('\n')[2], `What to do: ${shown}`, JSON.stringify(what));
      assert.equal(text.split('\n').length, 9);
    }
  });

  test('bad input: no instruction, no link or an unknown time zone is refused', () => {
    const base = { what: WHAT, dueAt: new Date('2026-11-27T14:30:00Z'), link: LINK };
    assert.throws(() => protocolEmail({ ...base, what: ' \n ', timeZone: 'UTC' }), /what to do/);
    assert.throws(() => protocolEmail({ ...base, link: '', timeZone: 'UTC' }), /a link/);
    assert.throws(() => protocolEmail({ ...base, timeZone: 'Mars/Olympus_Mons' }), RangeError);
    assert.throws(
      () => protocolEmail({ ...base, dueAt: null, timeZone: 'Mars/Olympus_Mons' }),
      RangeError,
    );
  });

  const ZONES = ['America/Los_Angeles', 'America/New_York', 'America/Chicago', 'America/Denver'];
  const MONTHS_EN =
    'January|February|March|April|May|June|July|August|September|October|November|December';
  const DAYS_EN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
  const MONTHS_ES =
    'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
  const DAYS_ES = 'lunes|martes|miércoles|jueves|viernes|sábado|domingo';
  const ZONE = '(PST|PDT|MST|MDT|CST|CDT|EST|EDT)';
  const DUE_LINE = {
    en: new RegExp(
      `^Due: (${DAYS_EN}), (${MONTHS_EN}) \\d{1,2}, \\d{4}, (1[0-2]|[1-9]):[0-5]\\d (AM|PM) ${ZONE}$`,
    ),
    es: new RegExp(
      `^Fecha límite: (${DAYS_ES}), \\d{1,2} de (${MONTHS_ES}) de \\d{4}, ([01]\\d|2[0-3]):[0-5]\\d \\(${ZONE}\\)$`,
    ),
  };
  const SUBJECT = {
    en: new RegExp(`^Lantern: a task due (${DAYS_EN}), (${MONTHS_EN}) \\d{1,2}$`),
    es: new RegExp(`^Lantern: una tarea para el (${DAYS_ES}) \\d{1,2} de (${MONTHS_ES})$`),
  };
  const FIXED = {
    en: {
      lines: [
        'A task in Lantern is waiting for you.',
        'This email carries no details about the youth. Sign in to Lantern to see the task.',
      ],
      what: 'What to do: ',
      link: 'Open the task: ',
    },
    es: {
      lines: [
        'Tiene una tarea pendiente en Lantern.',
        'Este correo no contiene ningún dato del joven. Inicie sesión en Lantern para ver la tarea.',
      ],
      what: 'Qué hacer: ',
      link: 'Abra la tarea: ',
    },
  };
  // Words of one line with single spaces: shown exactly as given.
  const oneLine = fc
    .array(fc.stringMatching(/^[\p{L}\p{N}.,'/:?=&#-]{1,12}$/u), { minLength: 1, maxLength: 8 })
    .map((words) => words.join(' '));

  test('property: the text is the fixed wording, what to do, the due time and the link, nothing else', () => {
    fc.assert(
      fc.property(
        oneLine,
        oneLine,
        fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.constantFrom('en' as const, 'es' as const),
        (what, link, dueAt, timeZone, language) => {
          const email = protocolEmail({ what, dueAt, timeZone, link, language });
          const fixed = FIXED[language];
          assert.deepEqual(email.text.split('\n'), [
            fixed.lines[0],
            '',
            fixed.what + what,
            email.text.split('\n')[3],
            '',
            fixed.link + link,
            '',
            fixed.lines[1],
            '',
          ]);
          assert.match(email.text.split('\n')[3]!, DUE_LINE[language]);
          assert.match(email.subject, SUBJECT[language]);
        },
      ),
    );
  });

  test('property: whatever the instruction holds, the email keeps its nine lines and its closing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (what) => {
        fc.pre(what.replace(/[\s\p{Cc}]/gu, '') !== '');
        const { text } = protocolEmail({ what, dueAt: null, timeZone: 'UTC', link: LINK });
        const lines = text.split('\n');
        assert.equal(lines.length, 9);
        assert.equal(lines[5], `Open the task: ${LINK}`);
        assert.equal(lines[7], FIXED.en.lines[1]);
      }),
    );
  });
});

describe('testEmail', () => {
  test('names the installation and nothing else', () => {
    assert.deepEqual(testEmail({ publicUrl: 'https://lantern.county.example' }), {
      subject: 'Lantern: test email',
      text:
        'This is a test email from Lantern at https://lantern.county.example.\n' +
        "It arrived, so Lantern's email settings work. It carries no information about anyone.\n",
    });
  });
});
