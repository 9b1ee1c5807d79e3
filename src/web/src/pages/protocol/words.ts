// A rule in plain words in the reader's language: "Task for Victim advocacy: Advocate on scene,
// due 90 minutes after; at due: their point person; 2 hours later: the coordinator".
import type { TFunction } from 'i18next';
import { IDENTIFICATION_SETTINGS } from '../../../../domain/case-events.js';
import type { Need } from '../../../../domain/matching.js';
import type {
  Action,
  Assignee,
  Condition,
  Due,
  Duration,
  Escalation,
  Recipient,
} from '../../../../domain/protocol.js';
import type { OrganizationType } from '../../../../domain/vocabulary.js';

const typeWords = (t: TFunction, type: OrganizationType) => t(`organizationTypes.${type}`);

export function durationWords(t: TFunction, d: Duration): string {
  return t('protocol.words.duration', { amount: d.amount, unit: t(`protocol.units.${d.unit}`) });
}

export function dueWords(t: TFunction, due: Due): string {
  if ('after' in due)
    return t('protocol.words.dueAfter', { duration: durationWords(t, due.after) });
  return t('protocol.words.dueBefore', {
    duration: durationWords(t, due.by),
    date: t(`protocol.words.${due.before}`),
  });
}

export function recipientWords(t: TFunction, to: Recipient): string {
  switch (to.kind) {
    case 'assignee_point_person':
      return t('protocol.words.assigneePointPerson');
    case 'coordinator':
      return t('protocol.words.coordinator');
    case 'team_member':
      return t('protocol.words.teamMember', { type: typeWords(t, to.organizationType) });
    case 'point_person':
      return to.jurisdiction === 'case'
        ? t('protocol.words.pointPerson', { function: to.function })
        : t('protocol.words.pointPersonElsewhere', {
            function: to.function,
            jurisdiction: t(`protocol.editor.jurisdictions.${to.jurisdiction}`),
          });
  }
}

function assigneeWords(t: TFunction, assignee: Assignee): string {
  switch (assignee.kind) {
    case 'organization_type':
      return typeWords(t, assignee.organizationType);
    case 'point_person':
      return t('protocol.words.pointPerson', { function: assignee.function });
    case 'recorder':
      return t('protocol.words.recorder');
    case 'coordinator':
      return t('protocol.words.coordinator');
  }
}

function ladderWords(t: TFunction, steps: readonly Escalation[]): string[] {
  return steps.map((step, i) => {
    const to = recipientWords(t, step.to);
    // The first step counts from due; each later one is said as "later" than due too.
    return step.after.amount === 0
      ? t('protocol.words.atDue', { to })
      : t('protocol.words.later', { duration: durationWords(t, step.after), to, step: i });
  });
}

export function actionWords(t: TFunction, action: Action): string {
  switch (action.kind) {
    case 'task':
      return [
        t('protocol.words.task', {
          assignee: assigneeWords(t, action.assignee),
          title: action.title,
          due: dueWords(t, action.due),
        }),
        ...ladderWords(t, action.escalations),
      ].join('; ');
    case 'notify':
      return t('protocol.words.notify', {
        to: recipientWords(t, action.to),
        message: action.message,
      });
    case 'add_to_team':
      return t('protocol.words.addToTeam', { type: typeWords(t, action.organizationType) });
    case 'referral':
      return action.need
        ? t('protocol.words.referralFor', {
            type: typeWords(t, action.receiverOrganizationType),
            need: t(`referrals.needs.${action.need satisfies Need}`),
          })
        : t('protocol.words.referral', { type: typeWords(t, action.receiverOrganizationType) });
    case 'statement':
      return t('protocol.words.statement');
  }
}

function valueWords(t: TFunction, value: string | boolean): string {
  if (typeof value === 'boolean') return t(value ? 'protocol.words.yes' : 'protocol.words.no');
  if ((IDENTIFICATION_SETTINGS as readonly string[]).includes(value)) {
    return value.replaceAll('_', ' ');
  }
  return t(`organizationTypes.${value}`, { defaultValue: value });
}

export function conditionWords(t: TFunction, c: Condition): string {
  switch (c.fact) {
    case 'detail':
      return t('protocol.words.detail', { field: c.field, value: valueWords(t, c.equals) });
    case 'team_includes':
      return t(c.equals ? 'protocol.words.teamIncludes' : 'protocol.words.teamExcludes', {
        type: typeWords(t, c.organizationType),
      });
    case 'in_custody':
      return t(c.equals ? 'protocol.words.inCustody' : 'protocol.words.notInCustody');
    case 'identified_by_law_enforcement':
      return t(c.equals ? 'protocol.words.byPolice' : 'protocol.words.notByPolice');
    case 'hearing_elsewhere':
      return t(c.equals ? 'protocol.words.hearingElsewhere' : 'protocol.words.hearingHere');
    case 'setting':
      return t('protocol.words.setting', {
        setting: t(`protocol.settings.${c.setting}`),
        value: c.equals.replaceAll('_', ' '),
      });
  }
}

/** "90 minutes", "72 hours", "14 days": how long after the event a due time falls. */
export function afterEventWords(t: TFunction, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 7 * 1440 && minutes % 1440 === 0) {
    return t('protocol.dryRun.days', { count: minutes / 1440 });
  }
  if (minutes >= 120 && minutes % 60 === 0) {
    return t('protocol.dryRun.hours', { count: minutes / 60 });
  }
  return t('protocol.dryRun.minutes', { count: minutes });
}
