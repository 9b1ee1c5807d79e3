// A notification in the reader's language, from its code and parameters
// (src/domain/notifications.ts): organization and county names as stored, roles, kinds of
// information and requested changes in words, instants and days as local dates. A notice kept as
// text only (written before codes) shows its text. No React here, so every code's wording is
// tested in both languages without a browser (test/domain/notification-words.test.ts).
import { CASE_TEAM_ROLES } from '../../../../domain/case-team.js';
import { APPROVAL_KINDS } from '../../../../domain/administration.js';
import { VISA_KINDS } from '../../../../domain/certification-clock.js';
import { PACK_NOTICE_RULES, type NotificationParams } from '../../../../domain/notifications.js';
import { DATA_CATEGORIES, ROLES } from '../../../../domain/vocabulary.js';
import { formatDay, formatMoment } from '../work/moment.js';
import { taskTitle } from '../../task-title.js';

/** i18next's `t`, untyped: the keys are built from codes checked here. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface WordedNotice {
  readonly kind: string;
  readonly message: string;
  readonly params: NotificationParams | null;
}

/** A code of a closed list in words (`dataCategories.medical`), or the value as it came. */
const known = (list: readonly string[], prefix: string, t: Translate) => (value: string) =>
  list.includes(value) ? t(`${prefix}.${value}`) : value;

const REFERRAL_ANSWERS = [
  'accepted',
  'declined',
  'info_requested',
  'enrolled',
  'completed',
  'ended',
] as const;

export function wordNotice(t: Translate, language: string, notice: WordedNotice): string {
  const params = notice.params;
  if (!params) return notice.message;
  const text = (key: string) => {
    const value = params[key];
    return typeof value === 'string' ? value : '';
  };
  const texts = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value : [];
  };
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  const category = known(DATA_CATEGORIES, 'dataCategories', t);
  const categories = list(texts('categories').map(category));
  const caseNumber = text('caseNumber');
  const words = (key: string, extra: Record<string, unknown> = {}) =>
    t(`notify.texts.${key}`, { caseNumber, ...extra });

  const kind = notice.kind;
  const answer = REFERRAL_ANSWERS.find((status) => kind === `referral.${status}`);
  if (answer) {
    return t(`notify.texts.referralAnswer.${answer}`, {
      caseNumber,
      receiverOrganization: text('receiverOrganization'),
      service: text('service'),
    });
  }
  switch (kind) {
    case 'team.add': {
      const teamRole = known(CASE_TEAM_ROLES, 'caseTeamRoles', t)(text('teamRole'));
      const base = { organization: text('organization'), teamRole };
      if (text('byOrganization')) {
        return words('teamAddBy', { ...base, byOrganization: text('byOrganization') });
      }
      if (text('byRule')) return words('teamAddByRule', { ...base, byRule: text('byRule') });
      return words('teamAdd', base);
    }
    case 'team.remove':
      return words(text('removed') === 'person' ? 'teamRemovePerson' : 'teamRemove', {
        organization: text('organization'),
      });
    case 'referral.sent':
    case 'referral.withdrawn':
      return words(kind === 'referral.sent' ? 'referralSent' : 'referralWithdrawn', {
        fromOrganization: text('fromOrganization'),
        service: text('service'),
      });
    case 'referral.overdue':
      if (text('urgentDueAt')) {
        return words('referralOverdueUrgent', {
          receiverOrganization: text('receiverOrganization'),
          service: text('service'),
          due: formatMoment(text('urgentDueAt'), language),
        });
      }
      return words('referralOverdue', {
        receiverOrganization: text('receiverOrganization'),
        service: text('service'),
        count: Number(text('businessDays')),
      });
    case 'referral.accept_undone':
      return words('referralAcceptUndone', {
        receiverOrganization: text('receiverOrganization'),
        service: text('service'),
      });
    case 'referral.message':
      return words('referralMessage', {
        fromOrganization: text('fromOrganization'),
        service: text('service'),
      });
    case 'release.request':
      return words('releaseRequest', {
        recordedBy: text('recordedBy'),
        recipients: list(texts('recipients')),
        categories,
      });
    case 'release.accept':
    case 'release.decline':
      return words(kind === 'release.accept' ? 'releaseAccept' : 'releaseDecline', {
        holder: text('holder'),
        categories,
      });
    case 'consent.record':
      return words('consentRecord', {
        recipients: list(texts('recipients')),
        categories,
        expiresOn: formatDay(text('expiresOn'), language),
      });
    case 'consent.revoke':
      return words('consentRevoke');
    case 'legal_basis.record':
      return text('duty')
        ? words('legalBasisDuty', {
            duty: text('duty'),
            citation: text('citation'),
            recipients: list(texts('recipients')),
            categories,
          })
        : words('legalBasisCourt', { recipients: list(texts('recipients')), categories });
    case 'mou.standing_acceptance':
      return texts('categories').length === 0 || text('partners') === '0'
        ? words('standingWithdrawn', { holder: text('holder'), agreement: text('agreement') })
        : words('standingAcceptance', {
            holder: text('holder'),
            agreement: text('agreement'),
            categories,
            count: Number(text('partners')),
          });
    case 'mou.neighbor_proposed':
    case 'mou.neighbor_withdrawn':
      return words(kind === 'mou.neighbor_proposed' ? 'neighborProposed' : 'neighborWithdrawn', {
        fromCounty: text('fromCounty'),
        organization: text('organization'),
        agreement: text('agreement'),
      });
    case 'mou.neighbor_answered':
      return words(text('answer') === 'accepted' ? 'neighborAccepted' : 'neighborDeclined', {
        organization: text('organization'),
        county: text('county'),
        agreement: text('agreement'),
      });
    case 'approval.request':
    case 'approval.approve':
    case 'approval.decline': {
      const change = text('change');
      const changeWords = (APPROVAL_KINDS as readonly string[]).includes(change)
        ? t(`approvals.kinds.${change}`, {
            roles: list(texts('roles').map(known(ROLES, 'roles', t))),
          })
        : change;
      const base = {
        change: changeWords,
        person: text('person'),
        organization: text('organization'),
        requestedBy: text('requestedBy'),
      };
      if (kind === 'approval.request') {
        return words('approvalRequest', {
          ...base,
          waitingFor: text('waitingFor') || t('notify.texts.countyLead'),
        });
      }
      return words(kind === 'approval.approve' ? 'approvalApprove' : 'approvalDecline', {
        ...base,
        decidedBy: text('decidedBy'),
      });
    }
    case 'directory.location_confidentiality':
      return words(text('confidential') === 'yes' ? 'locationConfidential' : 'locationPublic', {
        location: text('location'),
      });
    case 'directory.provider_link':
      return words(text('previousAgency') ? 'providerLinkInstead' : 'providerLink', {
        directoryOrganization: text('directoryOrganization'),
        agency: text('agency'),
        previousAgency: text('previousAgency'),
      });
    case 'break_glass':
      return words('breakGlass', {
        openedBy: text('openedBy'),
        organization: text('organization'),
        category: category(text('category')),
        expiresAt: formatMoment(text('expiresAt'), language),
      });
    case 'task.assigned': {
      const due = formatMoment(text('dueAt'), language);
      return text('task')
        ? words('taskAssigned', { task: taskTitle(text('task'), language), due })
        : words('taskAssignedFromPlan', { due });
    }
    case 'task.overdue':
      return words('taskOverdue', {
        task: taskTitle(text('task'), language),
        due: formatMoment(text('dueAt'), language),
      });
    case 'task.escalated':
      return words('taskEscalated', {
        task: taskTitle(text('task'), language),
        assignee: text('assignee'),
        due: formatMoment(text('dueAt'), language),
      });
    case 'protocol.notice':
    case 'protocol.missing_notice': {
      // The default pack's own words in the reader's language; a county's own words as written.
      const pack = text('packNotice');
      const what = (PACK_NOTICE_RULES as readonly string[]).includes(pack)
        ? t(`notify.texts.packNotices.${pack}`)
        : text('what');
      if (!text('fromCounty')) return words('protocolNotice', { what });
      return words(text('call') ? 'otherCountyCall' : 'otherCounty', {
        what,
        fromCounty: text('fromCounty'),
        when: formatDay(text('when'), language),
        call: text('call'),
      });
    }
    case 'contact_check_burst':
      return words(text('caseNumber') ? 'contactCheckBurstOnCase' : 'contactCheckBurst', {
        checkedBy: text('checkedBy') || t('notify.texts.anAccount'),
        organization: text('organization'),
        checks: text('checks'),
        minutes: text('minutes'),
      });
    case 'certification.answered':
      return words(
        text('outcome') === 'certified' ? 'certificationCertified' : 'certificationDeclined',
        {
          certifier: text('certifier'),
          visa: known(VISA_KINDS, 'notify.texts.visaKinds', t)(text('visaKind')),
        },
      );
    case 'training.expiring':
      return words('trainingExpiring', {
        person: text('person'),
        course: text('course'),
        lapsesOn: formatDay(text('lapsesOn'), language),
      });
    default:
      return notice.message;
  }
}

/** Where a notice's reader acts on it, if anywhere but the case. */
export function noticeDestination(
  kind: string,
  params: Readonly<Record<string, string | readonly string[]>> | null = null,
): {
  to: string;
  label: 'releases' | 'work' | 'referrals' | 'breakGlassReview' | 'training';
} | null {
  if (kind === 'release.request') return { to: '/releases', label: 'releases' };
  // The coordinator's notice of an emergency opening leads to its review (older notices, from
  // before reviews, name no opening: to the list).
  if (kind === 'break_glass') {
    const id = params?.reviewId;
    return {
      to:
        typeof id === 'string'
          ? `/break-glass/reviews/${encodeURIComponent(id)}`
          : '/break-glass/reviews',
      label: 'breakGlassReview',
    };
  }
  if (kind === 'task.assigned' || kind === 'task.overdue' || kind === 'task.escalated') {
    return { to: '/work', label: 'work' };
  }
  if (
    kind === 'referral.sent' ||
    kind === 'referral.overdue' ||
    kind === 'referral.message' ||
    kind === 'referral.accept_undone'
  ) {
    return { to: '/referrals', label: 'referrals' };
  }
  if (kind === 'training.expiring') return { to: '/training', label: 'training' };
  return null;
}
