// The words of Lantern's emails. An email leaves Lantern for mail servers and inboxes Lantern
// does not control, so it carries no youth data at all (docs/ARCHITECTURE.md, Decisions): only
// what to do, by when, and a link; the person signs in to see the rest. Everything written here
// is fixed wording around exactly the inputs. Pure: no I/O and no clock.
import { isTimeZone } from './legal-profile.js';
import { dateTimeFormat } from './local-time.js';

export type EmailLanguage = 'en' | 'es';

export interface EmailText {
  readonly subject: string;
  readonly text: string;
}

/** `what` on one line: line breaks and control characters would let it pose as our own lines. */
function oneLine(value: string): string {
  return value.replace(/[\s\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();
}

function partsOf(
  date: Date,
  timeZone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of dateTimeFormat(locale, { timeZone, ...options }).formatToParts(date)) {
    parts[part.type] = part.value;
  }
  return parts;
}

/**
 * The zone's abbreviation at that moment (PST or PDT, EST or EDT, ...). Spanish text uses the
 * same letters: they are what clocks and calendars in a United States county show, where the
 * Spanish locale would write "GMT-8". A zone without a common abbreviation gets "GMT+1".
 */
function zoneAbbreviation(date: Date, timeZone: string): string {
  return partsOf(date, timeZone, 'en-US', { timeZoneName: 'short' }).timeZoneName ?? timeZone;
}

/** "Friday, November 27, 2026, 6:30 AM PST" or "viernes, 27 de noviembre de 2026, 06:30 (PST)". */
export function formatDue(dueAt: Date, timeZone: string, language: EmailLanguage): string {
  const zone = zoneAbbreviation(dueAt, timeZone);
  const date = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
  if (language === 'es') {
    const p = partsOf(dueAt, timeZone, 'es', {
      ...date,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return `${p.weekday}, ${p.day} de ${p.month} de ${p.year}, ${p.hour}:${p.minute} (${zone})`;
  }
  // Built from parts so that no locale's narrow no-break space reaches a plain-text email.
  const p = partsOf(dueAt, timeZone, 'en-US', {
    ...date,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  });
  return `${p.weekday}, ${p.month} ${p.day}, ${p.year}, ${p.hour}:${p.minute} ${p.dayPeriod} ${zone}`;
}

function dayOf(dueAt: Date, timeZone: string, language: EmailLanguage): string {
  if (language === 'es') {
    const p = partsOf(dueAt, timeZone, 'es', { weekday: 'long', month: 'long', day: 'numeric' });
    return `${p.weekday} ${p.day} de ${p.month}`;
  }
  const p = partsOf(dueAt, timeZone, 'en-US', { weekday: 'long', month: 'long', day: 'numeric' });
  return `${p.weekday}, ${p.month} ${p.day}`;
}

const WORDS = {
  en: {
    subjectDue: (day: string) => `Lantern: a task due ${day}`,
    subject: 'Lantern: a task for you',
    opening: 'A task in Lantern is waiting for you.',
    what: 'What to do: ',
    due: 'Due: ',
    noDue: 'Due: no set time',
    link: 'Open the task: ',
    noDetails: 'This email carries no details about the youth. Sign in to Lantern to see the task.',
  },
  es: {
    subjectDue: (day: string) => `Lantern: una tarea para el ${day}`,
    subject: 'Lantern: una tarea para usted',
    opening: 'Tiene una tarea pendiente en Lantern.',
    what: 'Qué hacer: ',
    due: 'Fecha límite: ',
    noDue: 'Fecha límite: ninguna',
    link: 'Abra la tarea: ',
    noDetails:
      'Este correo no contiene ningún dato del joven. Inicie sesión en Lantern para ver la tarea.',
  },
} as const;

/**
 * A protocol task's notice. `what` is the step's instruction ("Call the advocate"), never a
 * name or a note: the caller chooses it from the protocol, not from the case. `timeZone` is
 * the jurisdiction's (an IANA name; an unknown one throws, as a programming error would).
 */
export function protocolEmail(input: {
  readonly what: string;
  readonly dueAt: Date | null;
  readonly timeZone: string;
  readonly link: string;
  readonly language?: EmailLanguage;
}): EmailText {
  const language = input.language ?? 'en';
  const words = WORDS[language];
  const what = oneLine(input.what);
  const link = oneLine(input.link);
  if (what === '' || link === '') throw new Error('an email needs what to do and a link');
  if (!isTimeZone(input.timeZone)) throw new RangeError(`unknown time zone ${input.timeZone}`);
  const subject =
    input.dueAt === null
      ? words.subject
      : words.subjectDue(dayOf(input.dueAt, input.timeZone, language));
  const due =
    input.dueAt === null
      ? words.noDue
      : words.due + formatDue(input.dueAt, input.timeZone, language);
  const text = [
    words.opening,
    '',
    words.what + what,
    due,
    '',
    words.link + link,
    '',
    words.noDetails,
    '',
  ].join('\n');
  return { subject, text };
}

/** What `lantern send-test-email` sends: it names the installation and nothing else. */
export function testEmail(input: { readonly publicUrl: string }): EmailText {
  return {
    subject: 'Lantern: test email',
    text: [
      `This is a test email from Lantern at ${oneLine(input.publicUrl)}.`,
      "It arrived, so Lantern's email settings work. It carries no information about anyone.",
      '',
    ].join('\n'),
  };
}
