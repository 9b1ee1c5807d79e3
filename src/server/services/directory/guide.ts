// The published resource guide: the public directory by need, as data for the printable page
// and as a PDF for agencies that work on paper. Regenerated from the directory on every
// request; confidential locations are never in it.
import {
  confidentialLocationIds,
  findServiceProfiles,
} from '../../../db/repositories/directory.js';
import { languageNames } from '../../../domain/language-names.js';
import { NEED_LABELS, NEEDS, type Need } from '../../../domain/matching.js';
import type { HsdsRecord } from '../../../hsds/tables.js';
import type { AppServices } from '../../context.js';
import { loadGraph } from './graph.js';
import { languagesOf } from './languages.js';
import { firstPhones } from './staff.js';

export type GuideLanguage = 'en' | 'es';

export interface GuideService {
  readonly id: string;
  readonly name: string;
  readonly organizationName: string | null;
  readonly description: string | null;
  readonly phone: string | null;
  /** The first public address; null when the service has none or only a confidential one. */
  readonly address: string | null;
  /** It has a confidential location (a safe house): call the provider. */
  readonly confidential: boolean;
  readonly languages: readonly string[];
  /** The ISO 639 code of each of `languages`, one for one; null where the record has none. */
  readonly languageCodes: readonly (string | null)[];
  readonly minimumAge: number | null;
  readonly maximumAge: number | null;
  readonly url: string | null;
  readonly email: string | null;
}

export interface Guide {
  readonly generatedAt: Date;
  readonly language: GuideLanguage;
  readonly sections: readonly { need: Need; label: string; services: GuideService[] }[];
  /** Services listed under no need. */
  readonly other: readonly GuideService[];
}

const TEXT = {
  en: {
    title: 'Resource guide',
    generated: 'Generated',
    other: 'Other services',
    phone: 'Phone',
    address: 'Address',
    confidential: 'Confidential location: call the provider.',
    languages: 'Languages',
    ages: 'Ages',
    empty: 'No services are listed yet.',
  },
  es: {
    title: 'Guía de recursos',
    generated: 'Generada',
    other: 'Otros servicios',
    phone: 'Teléfono',
    address: 'Dirección',
    confidential: 'Ubicación confidencial: llame al proveedor.',
    languages: 'Idiomas',
    ages: 'Edades',
    empty: 'Todavía no hay servicios.',
  },
} as const;

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

export async function buildGuide(app: AppServices, language: GuideLanguage): Promise<Guide> {
  const services = (
    await app.db.query<{ data: HsdsRecord }>(
      `SELECT data FROM hsds_records WHERE kind = 'service' AND data ->> 'status' = 'active'
       ORDER BY lower(data ->> 'name'), id`,
    )
  ).map((r) => r.data);
  const confidential = await confidentialLocationIds(app.db);
  const graph = await loadGraph(
    app.db,
    services.map((record) => ({ kind: 'service' as const, record })),
    confidential,
  );
  const profiles = await findServiceProfiles(
    app.db,
    services.map((s) => s.id),
  );
  // A service with a confidential site has fewer locations in the public graph than links.
  const salCounts = new Map(
    (
      await app.db.query<{ service_id: string; n: number }>(
        `SELECT data ->> 'service_id' AS service_id, count(*)::int AS n FROM hsds_records
         WHERE kind = 'service_at_location' GROUP BY 1`,
      )
    ).map((r) => [r.service_id, r.n]),
  );
  const organizationPhones = await firstPhones(app.db, [
    ...new Set(services.map((s) => str(s.organization_id) ?? '')),
  ]);
  const entries = services.map((service): [GuideService, readonly string[]] => {
    const sals = graph.childrenOf('service_id', service.id, 'service_at_location');
    const locations = sals
      .map((sal) => graph.get('location', sal.location_id))
      .filter((l): l is HsdsRecord => l !== undefined);
    const address = locations
      .flatMap((l) => graph.childrenOf('location_id', l.id, 'address'))
      .map((a) =>
        [a.address_1, a.address_2, a.city, a.state_province, a.postal_code]
          .map(str)
          .filter(Boolean)
          .join(', '),
      )[0];
    const phone =
      graph.childrenOf('service_id', service.id, 'phone')[0] ??
      organizationPhones.get(str(service.organization_id) ?? '');
    return [
      {
        id: service.id,
        name: str(service.name) ?? '',
        organizationName: str(graph.get('organization', service.organization_id)?.name),
        description: str(service.description),
        phone: phone ? str(phone.number) : null,
        address: address ?? null,
        confidential: (salCounts.get(service.id) ?? 0) > locations.length,
        ...languagesOf(graph.childrenOf('service_id', service.id, 'language')),
        minimumAge: num(service.minimum_age),
        maximumAge: num(service.maximum_age),
        url: str(service.url),
        email: str(service.email),
      },
      profiles.get(service.id)?.needs ?? [],
    ];
  });
  return {
    generatedAt: app.clock.now(),
    language,
    sections: NEEDS.map((need) => ({
      need,
      label: NEED_LABELS[need][language],
      services: entries.filter(([, needs]) => needs.includes(need)).map(([s]) => s),
    })).filter((section) => section.services.length > 0),
    other: entries.filter(([, needs]) => needs.length === 0).map(([s]) => s),
  };
}

/** The guide as a PDF: standard fonts only, nothing fetched. */
export async function guidePdf(guide: Guide, countyName: string): Promise<Buffer> {
  // Imported here, not at the top: pdfkit reads its font tables when loaded, a good part of a
  // second of CPU that every process starting (the server, each `lantern` command) paid.
  const { default: PDFDocument } = await import('pdfkit');
  const t = TEXT[guide.language];
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: { Title: `${t.title}: ${countyName}`, Producer: 'Lantern' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
  });
  doc.font('Helvetica-Bold').fontSize(20).text(`${t.title}: ${countyName}`);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444444')
    .text(`${t.generated} ${guide.generatedAt.toISOString().slice(0, 10)}`)
    .fillColor('black')
    .moveDown();
  const sections = [
    ...guide.sections.map((s) => ({ label: s.label, services: s.services })),
    ...(guide.other.length > 0 ? [{ label: t.other, services: [...guide.other] }] : []),
  ];
  if (sections.length === 0) doc.fontSize(11).text(t.empty);
  for (const section of sections) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(section.label).moveDown(0.3);
    for (const s of section.services) {
      doc.font('Helvetica-Bold').fontSize(11).text(s.name, { continued: false });
      doc.font('Helvetica').fontSize(9);
      if (s.organizationName) doc.text(s.organizationName);
      if (s.description) doc.text(s.description);
      const facts = [
        s.phone ? `${t.phone}: ${s.phone}` : null,
        s.address ? `${t.address}: ${s.address}` : s.confidential ? t.confidential : null,
        s.languages.length > 0
          ? `${t.languages}: ${languageNames(s.languages, s.languageCodes, guide.language).join(', ')}`
          : null,
        s.minimumAge !== null || s.maximumAge !== null
          ? `${t.ages}: ${s.minimumAge ?? ''}–${s.maximumAge ?? ''}`
          : null,
        s.url,
      ].filter((f): f is string => f !== null);
      for (const fact of facts) doc.text(fact);
      doc.moveDown(0.5);
    }
  }
  doc.end();
  return done;
}
