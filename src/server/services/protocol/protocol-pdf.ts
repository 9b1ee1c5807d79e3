// The county's multi-agency protocol as the agencies sign it: for each agency type, the duties and
// clocks the rules in force put on it, each with its source; the county's protocol decisions; a
// signature block per agency. Built from the rules on every request, so the paper always says what
// the engine does. It holds no youth data at all, so reading it is not audited (like the resource
// guide); a refusal is, through the 'protocol.read' check.
import { findJurisdiction } from '../../../db/repositories/jurisdictions.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { listPointPersons } from '../../../db/repositories/point-persons.js';
import { findProtocolSettings, listCurrentRules } from '../../../db/repositories/protocol.js';
import { protocolDuties, type Duty, type DutyHolder } from '../../../domain/protocol-duties.js';
import type { ProtocolSettings } from '../../../domain/protocol.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../../domain/vocabulary.js';
import type { AppServices, RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';
import type { PrintLanguage } from '../../../domain/pack-words.js';
import { protocolWords, type ProtocolWords } from './protocol-words.js';

export interface PrintedProtocol {
  readonly language: PrintLanguage;
  readonly countyName: string;
  /** The county's calendar date it was printed on. */
  readonly printedOn: string;
  readonly sections: readonly { holder: DutyHolder; duties: readonly Duty[] }[];
  readonly decisions: readonly { label: string; value: string }[];
  readonly agencies: readonly { name: string; type: OrganizationType }[];
}

const HOLDER_ORDER: readonly DutyHolder[] = [
  ...ORGANIZATION_TYPES,
  'coordinator',
  'recorder',
  'other_county',
];

export async function buildPrintedProtocol(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  language: PrintLanguage = 'en',
): Promise<PrintedProtocol> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'protocol',
    id: jurisdictionId,
  });
  const jurisdiction = await findJurisdiction(app.db, jurisdictionId);
  if (!jurisdiction) throw notFound('The jurisdiction');
  const [rules, settings, profile, organizations, pointPersons] = await Promise.all([
    listCurrentRules(app.db, jurisdictionId),
    findProtocolSettings(app.db, jurisdictionId),
    findLegalProfile(app.db, jurisdictionId),
    listOrganizations(app.db, { jurisdictionId }),
    listPointPersons(app.db, { jurisdictionId }),
  ]);
  const functions = new Map<string, OrganizationType>();
  for (const p of pointPersons) {
    const key = p.function.toLowerCase();
    if (!functions.has(key)) functions.set(key, p.organizationType);
  }
  const duties = protocolDuties(rules, functions);
  const printedOn = new Intl.DateTimeFormat('en-CA', {
    timeZone: profile.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(app.clock.now());
  return {
    language,
    countyName: jurisdiction.name,
    printedOn,
    sections: HOLDER_ORDER.map((holder) => ({
      holder,
      duties: duties.filter((d) => d.holder === holder),
    })).filter((s) => s.duties.length > 0),
    decisions: decisionWords(
      protocolWords(language),
      settings,
      organizations.find((o) => o.id === settings.advocacyPartnerOrganizationId)?.name ?? null,
    ),
    agencies: organizations.map((o) => ({ name: o.name, type: o.type })),
  };
}

function decisionWords(w: ProtocolWords, settings: ProtocolSettings, partnerName: string | null) {
  const d = w.decisions;
  return [
    { label: d.lawEnforcementResponse, value: d.value(settings.lawEnforcementResponse) },
    { label: d.interviewLocation, value: d.value(settings.interviewLocation) },
    { label: d.advocacyPartner, value: partnerName ?? d.notNamed },
    { label: d.juvenileHall, value: d.hall(settings.juvenileHallPractice) },
    { label: d.takeChildTo, value: settings.takeChildTo || d.notSet },
    { label: d.criteria, value: settings.forensicInterviewCriteria || d.notSet },
  ];
}

/** The printed protocol as a PDF: standard fonts only, nothing fetched. */
export async function protocolPdf(doc: PrintedProtocol): Promise<Buffer> {
  // Imported here, not at the top: pdfkit reads its font tables when loaded, a good part of a
  // second of CPU that every process starting (the server, each `lantern` command) paid.
  const { default: PDFDocument } = await import('pdfkit');
  const w = protocolWords(doc.language);
  const title = w.title(doc.countyName);
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    lang: doc.language,
    info: { Title: title, Producer: 'Lantern' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => {
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
  });
  pdf.font('Helvetica-Bold').fontSize(20).text(title);
  pdf
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444444')
    .text(w.printed(doc.printedOn))
    .text(w.preface)
    .fillColor('black')
    .moveDown();
  for (const section of doc.sections) {
    pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(w.holder(section.holder));
    pdf.moveDown(0.3);
    for (const duty of section.duties) {
      pdf.font('Helvetica-Bold').fontSize(10).text(w.when(duty.trigger, duty.conditions));
      pdf.font('Helvetica').fontSize(10).text(w.duty(duty));
      pdf.fontSize(8).fillColor('#444444').text(w.rule(duty.ruleName, duty.ruleKey));
      pdf.text(w.source(duty.source)).fillColor('black').moveDown(0.5);
    }
  }
  if (doc.sections.length === 0) pdf.fontSize(11).text(w.noRule);
  pdf.moveDown().font('Helvetica-Bold').fontSize(14).text(w.decisionsHeading);
  pdf.moveDown(0.3).font('Helvetica').fontSize(10);
  for (const decision of doc.decisions) pdf.text(`${decision.label}: ${decision.value}`);
  pdf.addPage().font('Helvetica-Bold').fontSize(14).text(w.signatures);
  pdf.font('Helvetica').fontSize(9).text(w.agreement).moveDown();
  for (const agency of doc.agencies) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(`${agency.name} (${w.holder(agency.type)})`);
    pdf.font('Helvetica').fontSize(9).text(w.signatureLine).moveDown(0.8);
  }
  pdf.end();
  return done;
}
