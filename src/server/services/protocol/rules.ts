// The county's protocol as its coordinator keeps it: rules (each edit a new version; what fired
// stays as it fired), the county's protocol decisions, its holiday calendar, and a dry run that
// says what would fire for an event on a case without writing anything.
import { unsafeListCaseEvents } from '../../../db/repositories/case-events.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { findLegalProfile } from '../../../db/repositories/legal.js';
import { listPointPersons } from '../../../db/repositories/point-persons.js';
import { listUserNames } from '../../../db/repositories/users.js';
import { findYouthIdByCaseNumber } from '../../../db/repositories/youth.js';
import {
  findProtocolSettings,
  insertRuleVersion,
  listCurrentRules,
  listHolidays,
  listRuleVersions,
  replaceHolidays,
  saveProtocolSettings,
  type Holiday,
  type StoredRule,
} from '../../../db/repositories/protocol.js';
import { listOrganizations } from '../../../db/repositories/organizations.js';
import { checkEvent, type EventType } from '../../../domain/case-events.js';
import {
  dueAt,
  escalationTimes,
  protocolSettingsSchema,
  ruleProblems,
  rulesThatFire,
  type ProtocolSettings,
} from '../../../domain/protocol.js';
import type { OrganizationType } from '../../../domain/vocabulary.js';
import { isIsoDate } from '../../../domain/local-time.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { AppError, badRequest, notFound } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';
import { openCase } from '../cases/case-scope.js';
import { protocolFacts } from './engine.js';

/** A rule version with the name of the person who saved it (null: installed with Lantern). */
export type RuleVersionView = StoredRule & { readonly createdByName: string | null };

async function withAuthors(app: AppServices, rules: StoredRule[]): Promise<RuleVersionView[]> {
  const names = await listUserNames(
    app.db,
    rules.flatMap((r) => (r.createdByUserId ? [r.createdByUserId] : [])),
  );
  return rules.map((r) => ({
    ...r,
    createdByName: r.createdByUserId ? (names.get(r.createdByUserId) ?? null) : null,
  }));
}

export interface ProtocolView {
  readonly rules: readonly RuleVersionView[];
  readonly settings: ProtocolSettings;
  readonly holidays: readonly Holiday[];
  readonly timeZone: string;
  /** The point-person functions of the county, which rules may name. */
  readonly pointPersonFunctions: readonly string[];
}

async function knownFunctions(app: AppServices, jurisdictionId: string): Promise<string[]> {
  const people = await listPointPersons(app.db, { jurisdictionId });
  return [...new Set(people.map((p) => p.function))].sort();
}

export async function readProtocol(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
): Promise<ProtocolView> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'protocol',
    id: jurisdictionId,
  });
  const [rules, settings, holidays, profile, pointPersonFunctions] = await Promise.all([
    listCurrentRules(app.db, jurisdictionId),
    findProtocolSettings(app.db, jurisdictionId),
    listHolidays(app.db, jurisdictionId),
    findLegalProfile(app.db, jurisdictionId),
    knownFunctions(app, jurisdictionId),
  ]);
  return {
    rules: await withAuthors(app, rules),
    settings,
    holidays,
    timeZone: profile.timeZone,
    pointPersonFunctions,
  };
}

export async function readRuleVersions(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  key: string,
): Promise<RuleVersionView[]> {
  await authorizeAdmin(app, request, 'protocol.read', {
    jurisdictionId,
    type: 'protocol_rule',
    id: key,
  });
  const versions = await listRuleVersions(app.db, jurisdictionId, key);
  if (versions.length === 0) throw notFound('The rule');
  return withAuthors(app, versions);
}

function invalidRule(problems: { code: string; path: string; message: string }[]): AppError {
  const [first] = problems;
  return new AppError(
    400,
    first?.code ?? 'invalid_rule',
    problems.map((p) => p.message).join(' '),
    {},
    { problems },
  );
}

/**
 * Saves a rule as its next version (or the first, for a new key). The version before stops
 * firing at once; what it already fired is unchanged and still names it.
 */
export async function saveRule(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  key: string,
  input: { rule: unknown; active: boolean },
): Promise<RuleVersionView> {
  const actor = await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'protocol_rule',
    id: key,
  });
  const checked = ruleProblems(input.rule, {
    pointPersonFunctions: await knownFunctions(app, jurisdictionId),
  });
  if (!checked.ok) throw invalidRule(checked.problems);
  const now = app.clock.now();
  const saved = await app.db.transaction(async (tx) => {
    const [current] = await listRuleVersions(tx, jurisdictionId, key);
    const saved = await insertRuleVersion(tx, {
      jurisdictionId,
      key,
      rule: checked.rule,
      active: input.active,
      countyDefault: current?.countyDefault ?? false,
      userId: actor.userId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'protocol_rule.save',
      outcome: 'allowed',
      targetType: 'protocol_rule',
      targetId: saved.id,
      details: { key, version: saved.version, active: saved.active },
    });
    return saved;
  });
  const names = await listUserNames(app.db, [actor.userId]);
  return { ...saved, createdByName: names.get(actor.userId) ?? null };
}

export async function saveSettings(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  input: unknown,
): Promise<ProtocolSettings> {
  const actor = await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'protocol_settings',
    id: jurisdictionId,
  });
  const parsed = protocolSettingsSchema.safeParse(input);
  if (!parsed.success) {
    throw badRequest('invalid_settings', parsed.error.issues.map((i) => i.message).join('; '));
  }
  const settings = parsed.data;
  if (settings.advocacyPartnerOrganizationId) {
    const partner = (await listOrganizations(app.db, { jurisdictionId })).find(
      (o) => o.id === settings.advocacyPartnerOrganizationId,
    );
    if (!partner || partner.type !== 'advocacy') {
      throw badRequest(
        'unknown_organization',
        'The partner must be an active advocacy organization of this county.',
      );
    }
  }
  const before = await findProtocolSettings(app.db, jurisdictionId);
  await app.db.transaction(async (tx) => {
    await saveProtocolSettings(tx, jurisdictionId, settings, actor.userId, app.clock.now());
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'protocol_settings.save',
      outcome: 'allowed',
      targetType: 'protocol_settings',
      targetId: jurisdictionId,
      details: {
        fields: (Object.keys(settings) as (keyof ProtocolSettings)[]).filter(
          (k) => settings[k] !== before[k],
        ),
      },
    });
  });
  return settings;
}

export async function saveHolidays(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  holidays: readonly Holiday[],
): Promise<Holiday[]> {
  await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'holidays',
    id: jurisdictionId,
  });
  const bad = holidays.find((h) => !isIsoDate(h.day));
  if (bad) throw badRequest('invalid_date', `Holidays are dates written YYYY-MM-DD: ${bad.day}.`);
  const days = new Set<string>();
  for (const h of holidays) {
    if (days.has(h.day)) throw badRequest('duplicate_holiday', `${h.day} is listed twice.`);
    days.add(h.day);
  }
  await app.db.transaction(async (tx) => {
    await replaceHolidays(tx, jurisdictionId, holidays);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'holidays.save',
      outcome: 'allowed',
      targetType: 'holidays',
      targetId: jurisdictionId,
      details: { days: holidays.length },
    });
  });
  return listHolidays(app.db, jurisdictionId);
}

export interface DryRunResult {
  readonly rules: readonly {
    readonly key: string;
    readonly version: number;
    readonly name: string;
    readonly draft: boolean;
    readonly actions: readonly {
      readonly kind: string;
      readonly title: string | null;
      readonly dueAt: Date | null;
      readonly escalationsAt: readonly Date[];
    }[];
  }[];
}

/**
 * What would fire for this event on this case (or on a new case with nobody on its team), with
 * these due times. With a draft rule, the draft stands in for the rule of its key. Writes nothing.
 */
export async function dryRun(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  input: {
    youthId?: string | undefined;
    /** The case by its number instead of its id, as a coordinator knows it. */
    caseNumber?: string | undefined;
    event: { type: EventType; occurredAt: Date; details: unknown };
    draft?: { key: string; rule: unknown } | undefined;
  },
): Promise<DryRunResult> {
  await authorizeAdmin(app, request, 'protocol.manage', {
    jurisdictionId,
    type: 'protocol',
    id: jurisdictionId,
  });
  const now = app.clock.now();
  const checked = checkEvent(input.event, now);
  if (!checked.ok) throw badRequest(checked.problem.code, checked.problem.message);
  const profile = await findLegalProfile(app.db, jurisdictionId);
  let rules: (StoredRule & { draft?: boolean })[] = await listCurrentRules(app.db, jurisdictionId);
  if (input.draft) {
    const draft = ruleProblems(input.draft.rule, {
      pointPersonFunctions: await knownFunctions(app, jurisdictionId),
    });
    if (!draft.ok) throw invalidRule(draft.problems);
    const current = rules.find((r) => r.key === input.draft?.key);
    const stand: StoredRule & { draft: boolean } = {
      ...(current ?? {
        id: 'draft',
        jurisdictionId,
        key: input.draft.key,
        version: 0,
        countyDefault: false,
        createdAt: now,
        createdByUserId: null,
        retiredAt: null,
      }),
      ...draft.rule,
      active: true,
      draft: true,
    };
    rules = [...rules.filter((r) => r.key !== input.draft?.key), stand];
  }
  const event = {
    type: input.event.type,
    occurredAt: input.event.occurredAt,
    details: checked.details,
  };
  let facts = protocolFacts(
    {
      id: '',
      jurisdictionId,
      caseNumber: '',
      createdByOrganizationId: '',
      createdAt: now,
      identity: emptyIdentity,
      status: 'open',
      mergedIntoYouthId: null,
    },
    [event],
    [],
  );
  let youthId = input.youthId;
  if (!youthId && input.caseNumber) {
    youthId =
      (await findYouthIdByCaseNumber(app.db, jurisdictionId, input.caseNumber)) ?? undefined;
    if (!youthId) throw notFound('The case');
  }
  if (youthId) {
    const scope = await openCase(app, request, youthId, 'case.view');
    if (scope.youth.jurisdictionId !== jurisdictionId) throw notFound('The youth');
    const [events, team] = await Promise.all([
      unsafeListCaseEvents(app.db, youthId),
      listTeam(app.db, youthId),
    ]);
    facts = protocolFacts(
      scope.youth,
      [...events, event],
      team.map((m) => m.organizationType as OrganizationType),
    );
  }
  const settings = await findProtocolSettings(app.db, jurisdictionId);
  const calendar = {
    timeZone: profile.timeZone,
    holidays: (await listHolidays(app.db, jurisdictionId)).map((h) => h.day),
  };
  return {
    rules: rulesThatFire(rules, event, facts, settings).map((rule) => ({
      key: rule.key,
      version: rule.version,
      name: rule.name,
      draft: rule.draft === true,
      actions: rule.actions.map((action) => {
        if (action.kind !== 'task') {
          return { kind: action.kind, title: null, dueAt: null, escalationsAt: [] };
        }
        const due = dueAt(action.due, event, calendar);
        return {
          kind: action.kind,
          title: action.title,
          dueAt: due,
          escalationsAt: escalationTimes(due, action.escalations, calendar),
        };
      }),
    })),
  };
}

const emptyIdentity = {
  givenName: null,
  familyName: null,
  alias: null,
  birthDate: null,
  estimatedBirthYear: null,
  genderIdentity: null,
  raceEthnicity: null,
  languages: [],
};
