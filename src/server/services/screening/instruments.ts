// The screening instruments of a county: Lantern's own indicator screen, always there, and the
// instruments the county imported (the ones it licenses), each import a new version
// (docs/SCREENING.md). An instrument holds no youth data, so reading the list is not audited;
// an import, and a refused one, are.
import type { Queryable } from '../../../db/database.js';
import {
  insertInstrumentVersion,
  listImportedInstruments,
  type StoredInstrument,
} from '../../../db/repositories/screenings.js';
import { LANTERN_INDICATORS, LANTERN_INDICATORS_KEY } from '../../../domain/lantern-indicators.js';
import {
  instrumentDefinitionSchema,
  instrumentProblems,
  type Instrument,
  type InstrumentProblem,
} from '../../../domain/screening.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

export interface InstrumentView extends StoredInstrument {
  /** Shipped with Lantern rather than imported by the county. */
  readonly builtIn: boolean;
  /** The newest version of its key: the one new screenings use. */
  readonly current: boolean;
}

/** Every instrument version of the county, Lantern's own first; the newest of each key current. */
export async function countyInstruments(
  db: Queryable,
  jurisdictionId: string,
): Promise<InstrumentView[]> {
  const imported = await listImportedInstruments(db, jurisdictionId);
  const seen = new Set<string>();
  return [
    {
      ...LANTERN_INDICATORS,
      importedAt: null,
      importedByName: null,
      builtIn: true,
      current: true,
    },
    ...imported.map((instrument) => {
      const current = !seen.has(instrument.key);
      seen.add(instrument.key);
      return { ...instrument, builtIn: false, current };
    }),
  ];
}

/** The version new screenings of this key use, or null when the county has no such instrument. */
export async function currentInstrument(
  db: Queryable,
  jurisdictionId: string,
  key: string,
): Promise<Instrument | null> {
  return (
    (await countyInstruments(db, jurisdictionId)).find((i) => i.key === key && i.current) ?? null
  );
}

export async function listInstruments(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
): Promise<InstrumentView[]> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'screening_instruments',
    id: jurisdictionId,
  });
  return countyInstruments(app.db, jurisdictionId);
}

function refused(problems: InstrumentProblem[]): AppError {
  const [first] = problems;
  return new AppError(
    400,
    first?.code ?? 'invalid_instrument',
    problems
      .slice(0, 5)
      .map((p) => `${p.path}${p.itemId ? ` (item ${p.itemId})` : ''}: ${p.message}`)
      .join(' '),
    {},
    { problems },
  );
}

/**
 * Imports a definition as its key's next version (coordinator). A malformed one is refused with
 * every problem, each naming the item and the reason, and nothing is written.
 */
export async function importInstrument(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  input: unknown,
): Promise<InstrumentView> {
  const actor = await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'screening_instruments',
    id: jurisdictionId,
  });
  const problems = instrumentProblems(input);
  const key = (input as { key?: unknown } | null)?.key;
  if (key === LANTERN_INDICATORS_KEY) {
    problems.push({
      path: 'key',
      code: 'reserved_key',
      message: `${LANTERN_INDICATORS_KEY} is Lantern's own instrument; give the county's another key.`,
    });
  }
  if (problems.length > 0) {
    await appendAuditEvent(app.db, auditContext(app, request), {
      action: 'screening_instrument.import',
      outcome: 'denied',
      reason: problems[0]?.code ?? 'invalid_instrument',
      targetType: 'jurisdiction',
      targetId: jurisdictionId,
      details: {
        key: typeof key === 'string' ? key.slice(0, 60) : null,
        version: null,
        problems: problems.length,
      },
    });
    throw refused(problems);
  }
  const definition = instrumentDefinitionSchema.parse(input);
  const now = app.clock.now();
  const stored = await app.db.transaction(async (tx) => {
    const written = await insertInstrumentVersion(tx, {
      jurisdictionId,
      definition,
      userId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'screening_instrument.import',
      outcome: 'allowed',
      targetType: 'screening_instrument',
      targetId: written.id,
      details: { key: definition.key, version: written.version, problems: 0 },
    });
    return written;
  });
  const views = await countyInstruments(app.db, jurisdictionId);
  const view = views.find((i) => i.key === definition.key && i.version === stored.version);
  if (!view) throw new Error('The instrument just imported was not found.');
  return view;
}
