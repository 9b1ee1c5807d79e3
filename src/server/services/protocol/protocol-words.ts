// The county protocol in plain English words, for the printed protocol: what a rule does, when,
// and by when. The screen words the same rules in the reader's language (src/web).
import type { EventType } from '../../../domain/case-events.js';
import { NEED_LABELS } from '../../../domain/matching.js';
import type { Condition, Due, Duration, Escalation, Recipient } from '../../../domain/protocol.js';
import type { Duty, DutyHolder } from '../../../domain/protocol-duties.js';
import type { OrganizationType } from '../../../domain/vocabulary.js';

export const ORGANIZATION_TYPE_WORDS: Readonly<Record<OrganizationType, string>> = {
  advocacy: 'Victim advocacy',
  child_welfare: 'Child welfare',
  probation: 'Probation',
  law_enforcement: 'Law enforcement',
  district_attorney: 'District attorney',
  juvenile_court: 'Juvenile court',
  child_advocacy_center: 'Child advocacy center',
  medical: 'Medical',
  mental_health: 'Mental health',
  community_provider: 'Community provider',
  county_lead: 'County lead agency',
  oversight: 'Oversight body',
};

export const HOLDER_WORDS: Readonly<Record<DutyHolder, string>> = {
  ...ORGANIZATION_TYPE_WORDS,
  coordinator: 'The county CSEC coordinator',
  recorder: 'Whichever agency records the event',
  other_county: 'Another county named by the event',
};

const EVENT_WORDS: Readonly<Record<EventType, string>> = {
  identification: 'a child is identified',
  protective_custody: 'a child is taken into protective custody',
  arrest_attempt: 'an arrest of a minor is attempted',
  detention: 'a youth is detained',
  release: 'a youth is released from custody',
  placement_change: 'a placement changes',
  missing: 'a youth goes missing',
  returned: 'a youth returns from missing',
  disclosure: 'a youth discloses exploitation',
  subpoena: 'a youth is subpoenaed',
  hearing: 'a hearing is set',
  transfer: 'a case transfers to another county',
  charging: 'a prosecutor considers charging a youth',
  screening_result: 'a screening is completed',
};

const UNIT_WORDS: Readonly<Record<Duration['unit'], [string, string]>> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  business_days: ['business day', 'business days'],
};

export function durationWords(d: Duration): string {
  const [one, many] = UNIT_WORDS[d.unit];
  return `${d.amount} ${d.amount === 1 ? one : many}`;
}

export function dueWords(due: Due): string {
  if ('after' in due) return `within ${durationWords(due.after)} of the event`;
  const date = due.before === 'hearingDate' ? 'the hearing' : 'the release';
  return `${durationWords(due.by)} before ${date}`;
}

function recipientWords(to: Recipient): string {
  switch (to.kind) {
    case 'assignee_point_person':
      return 'the assigned agency’s point person';
    case 'coordinator':
      return 'the coordinator';
    case 'team_member':
      return `${ORGANIZATION_TYPE_WORDS[to.organizationType].toLowerCase()} on the team`;
    case 'point_person':
      return to.jurisdiction === 'case'
        ? `the point person for "${to.function}"`
        : `the ${to.jurisdiction} county’s point person for "${to.function}"`;
  }
}

export function ladderWords(steps: readonly Escalation[]): string {
  return steps
    .map((s) =>
      s.after.amount === 0
        ? `at due: ${recipientWords(s.to)}`
        : `${durationWords(s.after)} after due: ${recipientWords(s.to)}`,
    )
    .join('; ');
}

function conditionWords(c: Condition): string {
  switch (c.fact) {
    case 'detail':
      return `${c.field} is ${String(c.equals).replaceAll('_', ' ')}`;
    case 'team_includes':
      return `${ORGANIZATION_TYPE_WORDS[c.organizationType].toLowerCase()} is ${c.equals ? '' : 'not '}on the team`;
    case 'in_custody':
      return c.equals ? 'the youth is in custody' : 'the youth is not in custody';
    case 'identified_by_law_enforcement':
      return c.equals
        ? 'law enforcement identified the youth'
        : 'law enforcement did not identify the youth';
    case 'hearing_elsewhere':
      return c.equals ? 'the hearing is in another county' : 'the hearing is in this county';
    case 'setting':
      return `the county's ${c.setting} is ${c.equals.replaceAll('_', ' ')}`;
  }
}

/** "When a child is identified, and byOrganizationType is law enforcement". */
export function whenWords(trigger: EventType, conditions: readonly Condition[]): string {
  return [`When ${EVENT_WORDS[trigger]}`, ...conditions.map(conditionWords)].join(', and ');
}

/** What the duty asks of its holder, in one line. */
export function dutyWords(duty: Duty): string {
  switch (duty.kind) {
    case 'task': {
      const ladder = duty.action.escalations.length
        ? ` If late, ${ladderWords(duty.action.escalations)}.`
        : '';
      return `${duty.action.title}: ${dueWords(duty.action.due)}.${ladder}`;
    }
    case 'escalation':
      return `Told when "${duty.action.title}" is late (${ladderWords([duty.step])}).`;
    case 'notice':
      return `Told: ${duty.action.message}.`;
    case 'team':
      return 'Joins the case team at once (this opens nothing of the youth’s record by itself).';
    case 'referral':
      return `Receives an automatic referral${duty.action.need ? ` for ${NEED_LABELS[duty.action.need].en.toLowerCase()}` : ''}, with what the youth’s consent allows.`;
    case 'statement':
      return 'Is shown at once the county’s legal statement (the child is a victim, not an offender) and whom to call now.';
  }
}
