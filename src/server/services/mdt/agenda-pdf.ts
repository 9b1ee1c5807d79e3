// The printable agenda: what the room's shared screen shows (case numbers, why each case is on
// the agenda, its clocks), never a youth's name, so a copy left on a table tells nothing of who.
// Standard PDF fonts only, in English or Spanish (`?language=es`): Lantern's own words translated,
// the meeting's title and organization names as recorded.
import type { AgendaReason, ClockState } from '../../../domain/mdt.js';
import { localDate } from '../../../domain/legal-profile.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { taskTitleIn, type PrintLanguage } from '../../../domain/pack-words.js';
import { openMeeting } from './access.js';
import { buildMeetingView, type MeetingViewBody } from './read.js';
import { describeInstant } from '../protocol/recipients.js';

const WORDS = {
  en: {
    locale: 'en-US',
    reasons: {
      missed_clock: 'a clock was missed',
      mdt_review: 'the protocol asks for an MDT review',
      new_identification: 'identified since the last meeting',
      clock_due_soon: 'a clock falls due within 72 hours',
      added_by_coordinator: 'added by the coordinator',
    } satisfies Record<AgendaReason, string>,
    states: { met: 'met', late: 'done late', overdue: 'overdue', due: 'due' } satisfies Record<
      ClockState,
      string
    >,
    title: (meeting: string) => `${meeting}: agenda`,
    meeting: 'Meeting',
    attendees: 'Attendees',
    printed: (today: string) =>
      `Printed ${today}. Case numbers and clocks only: names and case details stay in Lantern.`,
    caseNumber: (n: string) => `Case ${n}`,
    because: 'On the agenda because',
    dueAt: 'due',
    noClock: 'No open clock.',
    empty: 'No case is on the agenda.',
  },
  es: {
    locale: 'es-US',
    reasons: {
      missed_clock: 'se venció un plazo',
      mdt_review: 'el protocolo pide una revisión del equipo multidisciplinario',
      new_identification: 'identificado desde la última reunión',
      clock_due_soon: 'un plazo vence en las próximas 72 horas',
      added_by_coordinator: 'lo añadió la coordinación',
    } satisfies Record<AgendaReason, string>,
    states: {
      met: 'cumplido',
      late: 'cumplido con retraso',
      overdue: 'vencido',
      due: 'pendiente',
    } satisfies Record<ClockState, string>,
    title: (meeting: string) => `${meeting}: orden del día`,
    meeting: 'Reunión',
    attendees: 'Asistentes',
    printed: (today: string) =>
      `Impreso el ${today}. Solo números de caso y plazos: los nombres y los detalles de los casos quedan en Lantern.`,
    caseNumber: (n: string) => `Caso ${n}`,
    because: 'En el orden del día porque',
    dueAt: 'vence',
    noClock: 'Ningún plazo abierto.',
    empty: 'No hay ningún caso en el orden del día.',
  },
} as const;

export async function agendaPdf(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
  language: PrintLanguage = 'en',
): Promise<Buffer> {
  const { actor, as, meeting } = await openMeeting(app, request, meetingId, 'read');
  const { body } = await buildMeetingView(app, actor, as, meeting, 'shared');
  const { timeZone } = await findLegalProfile(app.db, meeting.jurisdictionId);
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'mdt.agenda_pdf',
    outcome: 'allowed',
    targetType: 'mdt_meeting',
    targetId: meeting.id,
    details: { cases: body.agenda.length },
  });
  return render(body, timeZone, localDate(app.clock.now(), timeZone), language);
}

async function render(
  body: MeetingViewBody,
  timeZone: string,
  today: string,
  language: PrintLanguage,
): Promise<Buffer> {
  // Imported here: pdfkit reads its font tables when loaded (see protocol-pdf.ts).
  const { default: PDFDocument } = await import('pdfkit');
  const w = WORDS[language];
  const when = (instant: Date) => describeInstant(instant, timeZone, w.locale);
  const title = w.title(body.title);
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    lang: language,
    info: { Title: title, Producer: 'Lantern' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => {
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
  });
  pdf.font('Helvetica-Bold').fontSize(18).text(title);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(`${w.meeting}: ${when(body.startsAt)}`)
    .text(`${w.attendees}: ${body.attendees.map((a) => a.organizationName).join(', ')}`)
    .fontSize(8)
    .fillColor('#444444')
    .text(w.printed(today))
    .fillColor('black')
    .moveDown();
  for (const item of body.agenda) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`${String(item.position)}. ${w.caseNumber(item.caseNumber)}`);
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(`${w.because} ${item.reasons.map((r) => w.reasons[r]).join('; ')}.`);
    for (const clock of item.clocks) {
      pdf.text(
        `- ${taskTitleIn(clock.title, language)} (${clock.assigneeOrganizationName}): ${w.states[clock.state]}, ${w.dueAt} ${when(clock.dueAt)}`,
      );
    }
    if (item.clocks.length === 0) pdf.text(`- ${w.noClock}`);
    pdf.moveDown(0.5);
  }
  if (body.agenda.length === 0) pdf.fontSize(11).text(w.empty);
  pdf.end();
  return done;
}
