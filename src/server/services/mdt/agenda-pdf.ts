// The printable agenda: what the room's shared screen shows (case numbers, why each case is on
// the agenda, its clocks), never a youth's name, so a copy left on a table tells nothing of who.
// Standard PDF fonts only, in English (the protocol's printed words are English too).
import type { AgendaReason, ClockState } from '../../../domain/mdt.js';
import { localDate } from '../../../domain/legal-profile.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { describeInstant } from '../protocol/recipients.js';
import { openMeeting } from './access.js';
import { buildMeetingView, type MeetingViewBody } from './read.js';

const REASON_WORDS: Readonly<Record<AgendaReason, string>> = {
  missed_clock: 'a clock was missed',
  mdt_review: 'the protocol asks for an MDT review',
  new_identification: 'identified since the last meeting',
  clock_due_soon: 'a clock falls due within 72 hours',
  added_by_coordinator: 'added by the coordinator',
};

const STATE_WORDS: Readonly<Record<ClockState, string>> = {
  met: 'met',
  late: 'done late',
  overdue: 'overdue',
  due: 'due',
};

export async function agendaPdf(
  app: AppServices,
  request: RequestContext,
  meetingId: string,
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
  return render(body, timeZone, localDate(app.clock.now(), timeZone));
}

async function render(body: MeetingViewBody, timeZone: string, today: string): Promise<Buffer> {
  // Imported here: pdfkit reads its font tables when loaded (see protocol-pdf.ts).
  const { default: PDFDocument } = await import('pdfkit');
  const title = `${body.title}: agenda`;
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 54,
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
    .text(`Meeting: ${describeInstant(body.startsAt, timeZone)}`)
    .text(`Attendees: ${body.attendees.map((a) => a.organizationName).join(', ')}`)
    .fontSize(8)
    .fillColor('#444444')
    .text(`Printed ${today}. Case numbers and clocks only: names and case details stay in Lantern.`)
    .fillColor('black')
    .moveDown();
  for (const item of body.agenda) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(12)
      .text(`${String(item.position)}. Case ${item.caseNumber}`);
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(`On the agenda because ${item.reasons.map((r) => REASON_WORDS[r]).join('; ')}.`);
    for (const clock of item.clocks) {
      pdf.text(
        `- ${clock.title} (${clock.assigneeOrganizationName}): ${STATE_WORDS[clock.state]}, due ${describeInstant(clock.dueAt, timeZone)}`,
      );
    }
    if (item.clocks.length === 0) pdf.text('- No open clock.');
    pdf.moveDown(0.5);
  }
  if (body.agenda.length === 0) pdf.fontSize(11).text('No case is on the agenda.');
  pdf.end();
  return done;
}
