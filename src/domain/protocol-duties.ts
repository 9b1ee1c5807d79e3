// Who owes what under the county's protocol: the rules in force read agency by agency, for the
// printed multi-agency protocol each agency signs (docs/PROTOCOL.md, "The printed protocol").
// Pure: the service passes the rules and which organization type holds each point-person
// function; the wording is the printer's.
import type { EventType } from './case-events.js';
import type { Action, Condition, Escalation, ProtocolRule, Recipient } from './protocol.js';
import type { OrganizationType } from './vocabulary.js';

/**
 * Whom a duty falls on: an agency type, the county coordinator, whichever agency recorded the
 * event, or the county a subpoena or transfer names (told through its point persons).
 */
export type DutyHolder = OrganizationType | 'coordinator' | 'recorder' | 'other_county';

export type Duty =
  | (DutyBase & { readonly kind: 'task'; readonly action: Extract<Action, { kind: 'task' }> })
  | (DutyBase & {
      readonly kind: 'escalation';
      readonly action: Extract<Action, { kind: 'task' }>;
      readonly step: Escalation;
      /** The step's place on the ladder, from 1. */
      readonly stepNumber: number;
    })
  | (DutyBase & { readonly kind: 'notice'; readonly action: Extract<Action, { kind: 'notify' }> })
  | (DutyBase & {
      readonly kind: 'team';
      readonly action: Extract<Action, { kind: 'add_to_team' }>;
    })
  | (DutyBase & {
      readonly kind: 'referral';
      readonly action: Extract<Action, { kind: 'referral' }>;
    })
  | (DutyBase & {
      readonly kind: 'statement';
      readonly action: Extract<Action, { kind: 'statement' }>;
    });

interface DutyBase {
  readonly holder: DutyHolder;
  readonly ruleKey: string;
  readonly ruleName: string;
  readonly trigger: EventType;
  readonly conditions: readonly Condition[];
  readonly source: string;
}

/** Which organization type holds each point-person function of the county (lower case). */
export type FunctionHolders = ReadonlyMap<string, OrganizationType>;

/**
 * The duties of the active rules, in rule order. A task named to a point-person function the
 * roster no longer has falls on the coordinator, as the engine does (nothing is dropped).
 */
export function protocolDuties(rules: readonly ProtocolRule[], functions: FunctionHolders): Duty[] {
  const byFunction = (name: string): DutyHolder =>
    functions.get(name.toLowerCase()) ?? 'coordinator';
  // A notice has no assignee: "the assignee's point person" reaches nobody there, as in the engine.
  const recipientHolder = (to: Recipient, assignee: DutyHolder | null): DutyHolder | null => {
    switch (to.kind) {
      case 'assignee_point_person':
        return assignee;
      case 'coordinator':
        return 'coordinator';
      case 'team_member':
        return to.organizationType;
      case 'point_person':
        return to.jurisdiction === 'case' ? byFunction(to.function) : 'other_county';
    }
  };
  const duties: Duty[] = [];
  for (const rule of rules.filter((r) => r.active)) {
    const base = {
      ruleKey: rule.key,
      ruleName: rule.name,
      trigger: rule.trigger,
      conditions: rule.conditions,
      source: rule.source,
    };
    for (const action of rule.actions) {
      switch (action.kind) {
        case 'task': {
          const holder: DutyHolder =
            action.assignee.kind === 'organization_type'
              ? action.assignee.organizationType
              : action.assignee.kind === 'point_person'
                ? byFunction(action.assignee.function)
                : action.assignee.kind;
          duties.push({ ...base, kind: 'task', holder, action });
          action.escalations.forEach((step, i) => {
            duties.push({
              ...base,
              kind: 'escalation',
              holder: recipientHolder(step.to, holder) ?? holder,
              action,
              step,
              stepNumber: i + 1,
            });
          });
          break;
        }
        case 'notify': {
          const holder = recipientHolder(action.to, null);
          if (holder) duties.push({ ...base, kind: 'notice', holder, action });
          break;
        }
        case 'add_to_team':
          duties.push({ ...base, kind: 'team', holder: action.organizationType, action });
          break;
        case 'referral':
          duties.push({
            ...base,
            kind: 'referral',
            holder: action.receiverOrganizationType,
            action,
          });
          break;
        case 'statement':
          duties.push({ ...base, kind: 'statement', holder: 'recorder', action });
          break;
      }
    }
  }
  return duties;
}
