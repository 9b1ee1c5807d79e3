// Administering a screening and reading a youth's screenings (docs/SCREENING.md). A result is
// `screening` data of the administering organization, read through the access module exactly
// like a note. Completing one closes the case's open screening tasks and records a
// `screening_result` event (positive or not, nothing more) that fires the county's rules.
import { insertCaseEvent } from '../../../db/repositories/case-events.js';
import { insertScreening, unsafeListScreenings } from '../../../db/repositories/screenings.js';
import { CLOCK_SKEW_MS, EVENT_CATEGORY } from '../../../domain/case-events.js';
import { localDate } from '../../../domain/legal-profile.js';
import {
  ageOn,
  decideAdminister,
  scoreScreening,
  type AnswerProblem,
} from '../../../domain/screening.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, badRequest, forbidden } from '../../errors.js';
import { auditDenial, openCase, type CaseScope } from '../cases/case-scope.js';
import { closeTasksFulfilledBy } from '../protocol/artifacts.js';
import { fireProtocol } from '../protocol/engine.js';
import { countyInstruments, currentInstrument, type InstrumentView } from './instruments.js';
import { schedulePeriodicScreening } from './schedule.js';

export interface ScreeningView {
  readonly id: string;
  readonly instrumentKey: string;
  readonly instrumentVersion: number;
  readonly language: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly score: number;
  readonly threshold: number;
  readonly positive: boolean;
  readonly administeredAt: Date;
  readonly recordedAt: Date;
  readonly administeredByName: string;
  readonly administeredByOrganizationId: string;
  readonly administeredByOrganizationName: string;
}

export interface ScreeningResult {
  readonly screening: ScreeningView;
  /** The open screening tasks it closed. */
  readonly tasksClosed: number;
  /** The county rules the result fired (a positive screen's referral to advocacy, say). */
  readonly rulesFired: readonly string[];
}

async function refuseAnswers(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  details: { instrumentKey: string; instrumentVersion: number | null; problems: number },
  error: AppError,
): Promise<never> {
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'screening.create',
    outcome: 'denied',
    reason: error.code,
    targetType: 'youth',
    targetId: youthId,
    details: { ...details, positive: null, score: null, tasksClosed: 0 },
  });
  throw error;
}

const answerError = (problems: readonly AnswerProblem[]) =>
  new AppError(
    400,
    'invalid_answers',
    problems
      .slice(0, 5)
      .map((p) => p.message)
      .join(' '),
    {},
    { problems },
  );

export async function administerScreening(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: {
    readonly instrumentKey: string;
    readonly answers: Readonly<Record<string, unknown>>;
    readonly administeredAt?: Date | undefined;
    readonly language: string;
  },
): Promise<ScreeningResult> {
  // On the case as for writing a note; then the instrument's own rule.
  const scope = await openCase(app, request, youthId, 'note.write');
  const { actor, youth } = scope;
  const key = input.instrumentKey;
  const instrument = await currentInstrument(app.db, youth.jurisdictionId, key);
  if (!instrument) {
    return refuseAnswers(
      app,
      request,
      youth.id,
      { instrumentKey: key.slice(0, 60), instrumentVersion: null, problems: 1 },
      badRequest('unknown_instrument', `The county has no screening instrument ${key}.`),
    );
  }
  const now = scope.time.now;
  const administeredAt = input.administeredAt ?? now;
  const versioned = { instrumentKey: key, instrumentVersion: instrument.version };
  if (administeredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return refuseAnswers(
      app,
      request,
      youth.id,
      { ...versioned, problems: 1 },
      badRequest('in_the_future', 'A screening is recorded once it is done, never ahead of time.'),
    );
  }
  const age = ageOn(youth.identity, localDate(administeredAt, scope.profile.timeZone));
  const may = decideAdminister(actor, instrument, { age, language: input.language });
  if (!may.allowed) {
    if (may.reason === 'role_cannot_administer') {
      await auditDenial(app, request, {
        action: 'screening.create',
        reason: 'role_cannot_record',
        targetType: 'youth',
        targetId: youth.id,
        categories: ['screening'],
      });
      throw forbidden(
        'role_cannot_administer',
        `Not allowed: the instrument ${key} is administered by ${instrument.administeredBy.join(', ')}.`,
      );
    }
    return refuseAnswers(
      app,
      request,
      youth.id,
      { ...versioned, problems: 1 },
      may.reason === 'below_minimum_age'
        ? badRequest(
            'below_minimum_age',
            `The instrument ${key} is for youth of ${String(instrument.minimumAge)} and older.`,
          )
        : badRequest(
            'wrong_language',
            `The instrument ${key} is written in ${instrument.languages.join(', ')}.`,
          ),
    );
  }
  const score = scoreScreening(instrument, input.answers);
  if (!score.ok) {
    return refuseAnswers(
      app,
      request,
      youth.id,
      { ...versioned, problems: score.problems.length },
      answerError(score.problems),
    );
  }
  const written = await app.db.transaction(async (tx) => {
    const id = await insertScreening(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      ...versioned,
      language: input.language,
      answers: input.answers,
      score: score.score,
      threshold: score.threshold,
      positive: score.positive,
      administeredAt,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    const context = auditContext(app, request);
    const closed = await closeTasksFulfilledBy(
      tx,
      context,
      {
        youthId: youth.id,
        kind: 'screening',
        artifactType: 'screening',
        artifactId: id,
        userId: actor.userId,
      },
      now,
    );
    // The result as an event of its own category, so a county rule can act on a positive screen.
    const details = { positive: score.positive };
    const eventId = await insertCaseEvent(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      type: 'screening_result',
      category: EVENT_CATEGORY.screening_result,
      occurredAt: administeredAt,
      details,
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    const fired = await fireProtocol(tx, app, request, {
      actor,
      youth,
      event: {
        id: eventId,
        type: 'screening_result',
        occurredAt: administeredAt,
        details,
        recordedByOrganizationId: actor.organizationId,
      },
      profile: scope.profile,
      now,
    });
    await schedulePeriodicScreening(tx, youth);
    await appendAuditEvent(tx, context, {
      action: 'screening.create',
      outcome: 'allowed',
      targetType: 'screening',
      targetId: id,
      categories: ['screening'],
      details: {
        ...versioned,
        positive: score.positive,
        score: score.score,
        problems: 0,
        tasksClosed: closed.length,
      },
    });
    return { id, closed: closed.length, rulesFired: fired.fired.map((f) => f.ruleKey) };
  });
  const [stored] = (await unsafeListScreenings(app.db, youth.id)).filter(
    (s) => s.id === written.id,
  );
  if (!stored) throw new Error('The screening just recorded was not found.');
  return { screening: stored, tasksClosed: written.closed, rulesFired: written.rulesFired };
}

/** The instruments the caller may administer to this youth now (by role and age). */
function administrable(scope: CaseScope, instruments: readonly InstrumentView[]) {
  if (!scope.may('note.write')) return [];
  const age = ageOn(scope.youth.identity, scope.time.today);
  return instruments.filter(
    (i) =>
      i.current &&
      decideAdminister(scope.actor, i, { age, language: i.languages[0] ?? '' }).allowed,
  );
}

/**
 * The screenings of the youth the caller may read, newest first, with their answers; what is
 * withheld is audited by category. Also the instruments the caller may administer here.
 */
export async function listScreeningsFor(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<{ screenings: ScreeningView[]; mayAdminister: InstrumentView[] }> {
  const scope = await openCase(app, request, youthId, 'case.view');
  const shown: ScreeningView[] = [];
  const withheld: { category: string; reason: string }[] = [];
  for (const screening of await unsafeListScreenings(app.db, youthId)) {
    const decision = scope.read('screening', screening.administeredByOrganizationId);
    if (!decision.allowed) {
      withheld.push({ category: 'screening', reason: decision.reason });
      continue;
    }
    shown.push(screening);
  }
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youthId,
    categories: shown.length > 0 ? ['screening'] : [],
    details: { view: 'screenings', withheld },
  });
  const instruments = await countyInstruments(app.db, scope.youth.jurisdictionId);
  return { screenings: shown, mayAdminister: administrable(scope, instruments) };
}
