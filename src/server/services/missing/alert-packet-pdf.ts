// The alert packet printed (docs/MISSING-AND-CUSTODY.md, "The minimal alert packet"): one page to
// hand a patrol officer or post at a shelter's front desk, its headings and labels in English or
// Spanish as the reader asks (`?language=es`, like the other printed documents). The packet's
// values are printed as recorded; only Lantern's own words are translated.
import type { AlertPacket } from '../../../domain/missing-youth.js';
import { describeInstant } from '../protocol/recipients.js';

export type AlertPacketLanguage = 'en' | 'es';

const WORDS = {
  en: {
    locale: 'en-US',
    title: 'MISSING YOUTH',
    documentTitle: (caseNumber: string) => `Missing youth: case ${caseNumber}`,
    caseNumber: (caseNumber: string) => `Case ${caseNumber}`,
    photoNotPrinted: '(The photo could not be printed.)',
    photoUnreadable: '(A photo is on file but cannot be shown: ask the person below.)',
    notRecorded: 'not recorded',
    name: 'Name',
    age: 'Age',
    estimated: ' (estimated)',
    riskLevel: 'Risk level',
    risk: { low: 'Low', elevated: 'Elevated', high: 'HIGH' },
    missingSince: 'Missing since',
    lastKnownPlace: 'Last known place',
    description: 'Description',
    height: 'Height',
    build: 'Build',
    hair: 'Hair',
    eyes: 'Eyes',
    marks: 'Marks',
    call: 'If you see this youth, call',
    coordinator: 'The county’s CSEC coordinator',
    footer:
      'This youth is a child at risk, not an offender. Approach calmly; do not question about exploitation. ' +
      'This packet holds only what finding the youth needs; destroy it once the youth is found.',
  },
  es: {
    locale: 'es-US',
    title: 'JOVEN DESAPARECIDO/A',
    documentTitle: (caseNumber: string) => `Joven desaparecido/a: caso ${caseNumber}`,
    caseNumber: (caseNumber: string) => `Caso ${caseNumber}`,
    photoNotPrinted: '(No se pudo imprimir la foto.)',
    photoUnreadable:
      '(Hay una foto en el expediente, pero no se puede mostrar: pregunte a la persona indicada abajo.)',
    notRecorded: 'sin registrar',
    name: 'Nombre',
    age: 'Edad',
    estimated: ' (estimada)',
    riskLevel: 'Nivel de riesgo',
    risk: { low: 'Bajo', elevated: 'Elevado', high: 'ALTO' },
    missingSince: 'Desaparecido/a desde',
    lastKnownPlace: 'Último lugar conocido',
    description: 'Descripción',
    height: 'Estatura',
    build: 'Complexión',
    hair: 'Cabello',
    eyes: 'Ojos',
    marks: 'Señas particulares',
    call: 'Si ve a esta persona joven, llame a',
    coordinator: 'La coordinación CSEC del condado',
    footer:
      'Es una niña, un niño o un adolescente en riesgo, no un delincuente. Acérquese con calma; no pregunte sobre la explotación. ' +
      'Este documento contiene solo lo necesario para encontrar a la persona joven; destrúyalo una vez que aparezca.',
  },
} as const;

export async function alertPacketPdf(
  packet: AlertPacket,
  options: {
    readonly timeZone: string;
    readonly photoUnreadable: boolean;
    readonly language: AlertPacketLanguage;
  },
): Promise<Buffer> {
  // Imported here, not at the top: pdfkit reads its font tables when loaded (protocol-pdf.ts).
  const { default: PDFDocument } = await import('pdfkit');
  const words = WORDS[options.language];
  const pdf = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    lang: options.language,
    info: { Title: words.documentTitle(packet.caseNumber), Producer: 'Lantern' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => {
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
  });
  pdf.font('Helvetica-Bold').fontSize(24).text(words.title);
  pdf.font('Helvetica').fontSize(10).text(words.caseNumber(packet.caseNumber)).moveDown(0.5);
  if (packet.photo) {
    const base64 = packet.photo.slice(packet.photo.indexOf(',') + 1);
    try {
      pdf.image(Buffer.from(base64, 'base64'), { fit: [200, 240] }).moveDown(0.5);
    } catch {
      pdf.fontSize(10).text(words.photoNotPrinted);
    }
  } else if (options.photoUnreadable) {
    pdf.fontSize(10).text(words.photoUnreadable);
  }
  const line = (label: string, value: string | null) => {
    pdf.font('Helvetica-Bold').fontSize(12).text(`${label}: `, { continued: true });
    pdf.font('Helvetica').text(value ?? words.notRecorded);
  };
  line(words.name, packet.name);
  line(
    words.age,
    packet.age === null
      ? null
      : `${String(packet.age)}${packet.ageEstimated ? words.estimated : ''}`,
  );
  line(words.riskLevel, packet.riskLevel ? words.risk[packet.riskLevel] : null);
  line(words.missingSince, describeInstant(packet.missingSince, options.timeZone, words.locale));
  line(words.lastKnownPlace, packet.lastKnownPlace);
  pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(words.description);
  const d = packet.description;
  line(words.height, d.height);
  line(words.build, d.build);
  line(words.hair, d.hair);
  line(words.eyes, d.eyes);
  line(words.marks, d.marks);
  pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(words.call);
  const pp = packet.pointPerson;
  pdf
    .font('Helvetica')
    .fontSize(12)
    .text(
      pp
        ? [pp.name, pp.function, pp.organizationName, pp.phone].filter(Boolean).join(', ')
        : words.coordinator,
    );
  pdf.moveDown().fontSize(8).fillColor('#444444').text(words.footer);
  pdf.end();
  return done;
}
