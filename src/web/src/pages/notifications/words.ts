// A notification in the reader's language, from its code and parameters: organization names as
// stored, roles and kinds of information in words, instants as local dates. A notice kept as
// text only (older kinds) shows its text.
import { useTranslation } from 'react-i18next';
import { CASE_TEAM_ROLES, type CaseTeamRole } from '../../../../domain/case-team.js';
import { DATA_CATEGORIES, type DataCategory } from '../../../../domain/vocabulary.js';
import type { Notification } from '../../notifications-api';
import { formatMoment } from '../work/time-words';

const isTeamRole = (value: string): value is CaseTeamRole =>
  (CASE_TEAM_ROLES as readonly string[]).includes(value);
const isCategory = (value: string): value is DataCategory =>
  (DATA_CATEGORIES as readonly string[]).includes(value);

/** Where a notice's reader acts on it, if anywhere but the case. */
export function noticeDestination(
  kind: string,
): { to: string; label: 'releases' | 'work' | 'referrals' } | null {
  if (kind === 'release.request') return { to: '/releases', label: 'releases' };
  if (kind === 'task.assigned') return { to: '/work', label: 'work' };
  if (kind === 'referral.sent') return { to: '/referrals', label: 'referrals' };
  return null;
}

export function useNotificationWords(): (notification: Notification) => string {
  const { t, i18n } = useTranslation();
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
  return (notification) => {
    const params = notification.params;
    if (!params) return notification.message;
    const text = (key: string) => {
      const value = params[key];
      return typeof value === 'string' ? value : '';
    };
    const texts = (key: string) => {
      const value = params[key];
      return Array.isArray(value) ? value : [];
    };
    const caseNumber = text('caseNumber');
    switch (notification.kind) {
      case 'team.add': {
        const role = text('teamRole');
        const words = {
          caseNumber,
          organization: text('organization'),
          teamRole: isTeamRole(role) ? t(`caseTeamRoles.${role}`) : role,
        };
        if (text('byOrganization')) {
          return t('notify.texts.teamAddBy', { ...words, byOrganization: text('byOrganization') });
        }
        if (text('byRule')) {
          return t('notify.texts.teamAddByRule', { ...words, byRule: text('byRule') });
        }
        return t('notify.texts.teamAdd', words);
      }
      case 'referral.sent':
      case 'referral.withdrawn':
        return t(
          notification.kind === 'referral.sent'
            ? 'notify.texts.referralSent'
            : 'notify.texts.referralWithdrawn',
          { caseNumber, fromOrganization: text('fromOrganization'), service: text('service') },
        );
      case 'release.request':
        return t('notify.texts.releaseRequest', {
          caseNumber,
          recordedBy: text('recordedBy'),
          recipients: list(texts('recipients')),
          categories: list(
            texts('categories').map((c) => (isCategory(c) ? t(`dataCategories.${c}`) : c)),
          ),
        });
      case 'task.assigned': {
        const due = formatMoment(text('dueAt'), i18n.language);
        return text('task')
          ? t('notify.texts.taskAssigned', { caseNumber, task: text('task'), due })
          : t('notify.texts.taskAssignedFromPlan', { caseNumber, due });
      }
      default:
        return notification.message;
    }
  };
}
