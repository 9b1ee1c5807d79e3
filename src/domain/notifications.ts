// Notifications: whom an act calls out, and what a notice may carry. A notice names a case
// number, organizations, a service, kinds of information, a task's title and when: never a
// youth's name, details or anything anyone wrote (docs/ARCHITECTURE.md, "Notifications").
import type { ApprovalKind } from './administration.js';
import type { CaseTeamRole } from './case-team.js';
import type { VisaKind } from './certification-clock.js';
import {
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesYouthData,
  type DataCategory,
  type OrganizationType,
  type Role,
} from './vocabulary.js';

/**
 * The acts that call an organization out: it has something to do on a case (for a certifying
 * agency's answer, the requester files the petition or looks for another certifier). Each keeps the
 * notification kind it had before it reached the organization called out (`team.add` was the
 * coordinator's alone), so lists filtered by kind keep working. A referral withdrawn is told to
 * the same people its sending was.
 */
export const CALLED_OUT_KINDS = [
  'team.add',
  'referral.sent',
  'referral.withdrawn',
  'release.request',
  'task.assigned',
  'certification.answered',
] as const;
export type CalledOutKind = (typeof CALLED_OUT_KINDS)[number];

/**
 * Of an organization called out, the roles that act on each kind of call. Every role of the
 * organization that works cases may work a case it joined, answer a referral to it, answer a
 * release of its data (`decideReleaseAnswer`) and take its tasks (`src/domain/tasks.ts`), so
 * each kind reaches them all, with one exception: a judge decides in court and keeps no inbox
 * for the court's case work, which its clerks do; telling a judge of a case's team, referrals or
 * tasks outside the hearing would also look like ex parte contact. Roles that never work cases
 * (administrators, oversight, juvenile hall intake) are never told of a case.
 */
const notJudge = (role: Role) => role !== 'judge';
const ACTS_ON: Readonly<Record<CalledOutKind, (role: Role) => boolean>> = {
  'team.add': notJudge,
  'referral.sent': notJudge,
  'referral.withdrawn': notJudge,
  'release.request': notJudge,
  'task.assigned': notJudge,
  'certification.answered': notJudge,
};

export function calledOutRoles(kind: CalledOutKind, organizationType: OrganizationType): Role[] {
  return ROLES_BY_ORGANIZATION_TYPE[organizationType].filter(
    (role) => roleSeesYouthData(role) && ACTS_ON[kind](role),
  );
}

/** The referral steps the receiving organization takes, each told to the sender. */
export const REFERRAL_ANSWER_CODES = [
  'referral.accepted',
  'referral.declined',
  'referral.info_requested',
  'referral.enrolled',
  'referral.completed',
  'referral.ended',
] as const;
export type ReferralAnswerCode = (typeof REFERRAL_ANSWER_CODES)[number];

/** The code of a referral step the receiver takes (`referral.accepted`...), or null. */
export function referralAnswerCode(status: string): ReferralAnswerCode | null {
  return REFERRAL_ANSWER_CODES.find((code) => code === `referral.${status}`) ?? null;
}

/**
 * Every kind of notification the server writes, so each reader's screen words it in their
 * language with local dates: the called-out kinds above, and what the county's coordinators
 * and the parties to a case hear besides. The kind names are the ones stored before codes, so
 * lists filtered by kind keep working.
 */
export const NOTIFICATION_CODES = [
  ...CALLED_OUT_KINDS,
  'team.remove',
  ...REFERRAL_ANSWER_CODES,
  'referral.overdue',
  'referral.accept_undone',
  'referral.message',
  'release.accept',
  'release.decline',
  'consent.record',
  'consent.revoke',
  'legal_basis.record',
  'mou.standing_acceptance',
  'mou.neighbor_proposed',
  'mou.neighbor_answered',
  'mou.neighbor_withdrawn',
  'approval.request',
  'approval.approve',
  'approval.decline',
  'directory.location_confidentiality',
  'directory.provider_link',
  'break_glass',
  'task.overdue',
  'task.escalated',
  'protocol.notice',
  'protocol.missing_notice',
  'contact_check_burst',
  'training.expiring',
] as const;

/**
 * The default pack's rules that send a notice (src/domain/protocol-pack.ts). A notice in exactly
 * one of these rules' words carries the rule's key (`packNotice`), so each reader's screen words
 * it in their language; a county that rewrote the message is shown its own words as written.
 */
export const PACK_NOTICE_RULES = [
  'missing-ncic',
  'detention-child-welfare-notice',
  'subpoena-hearing-county',
  'hearing-county',
  'arrest-attempt-victim',
] as const;
export type PackNoticeRule = (typeof PACK_NOTICE_RULES)[number];

/**
 * What a notification says, as a code and its parameters. Instants are ISO strings and calendar
 * days YYYY-MM-DD here and only here; the screens never show them as such. Names are the
 * organizations', counties', directory records' and staff members' own; roles, kinds of
 * information and other vocabularies travel as codes the screens word. Nothing anyone wrote
 * about a youth: a break-glass notice names the category opened, not the reason (the reason is
 * read with the opener, docs/CONFIDENTIALITY.md).
 */
export type NotificationContent =
  | {
      readonly code: 'team.add';
      readonly params: {
        readonly caseNumber: string;
        readonly organization: string;
        readonly teamRole: CaseTeamRole;
        /** The organization whose person added it; absent when the county protocol did. */
        readonly byOrganization?: string;
        /** The county protocol's rule that added it. */
        readonly byRule?: string;
      };
    }
  | {
      readonly code: 'team.remove';
      readonly params: {
        readonly caseNumber: string;
        readonly organization: string;
        /** The whole organization left, or one of its people was taken off. */
        readonly removed: 'organization' | 'person';
      };
    }
  | {
      readonly code: 'referral.sent' | 'referral.withdrawn';
      readonly params: {
        readonly caseNumber: string;
        readonly fromOrganization: string;
        readonly service: string;
      };
    }
  | {
      readonly code: ReferralAnswerCode;
      readonly params: {
        readonly caseNumber: string;
        readonly receiverOrganization: string;
        readonly service: string;
      };
    }
  | {
      readonly code: 'referral.overdue';
      readonly params:
        | {
            readonly caseNumber: string;
            readonly receiverOrganization: string;
            readonly service: string;
            /** The service's answer time, in business days (digits). */
            readonly businessDays: string;
          }
        | {
            readonly caseNumber: string;
            readonly receiverOrganization: string;
            readonly service: string;
            /** An urgent referral: the instant its answer was due (ISO). */
            readonly urgentDueAt: string;
          };
    }
  | {
      /** The receiver took back its accept within the minute it had. */
      readonly code: 'referral.accept_undone';
      readonly params: {
        readonly caseNumber: string;
        readonly receiverOrganization: string;
        readonly service: string;
      };
    }
  | {
      /**
       * A message on a referral's thread, told to the other side: who wrote it and where,
       * never what it says or the youth's name.
       */
      readonly code: 'referral.message';
      readonly params: {
        readonly caseNumber: string;
        readonly fromOrganization: string;
        readonly service: string;
      };
    }
  | {
      readonly code: 'release.request';
      readonly params: {
        readonly caseNumber: string;
        /** The organization that recorded the youth's consent. */
        readonly recordedBy: string;
        /** The organizations the consent releases to. */
        readonly recipients: readonly string[];
        readonly categories: readonly DataCategory[];
      };
    }
  | {
      readonly code: 'release.accept' | 'release.decline';
      readonly params: {
        readonly caseNumber: string;
        readonly holder: string;
        readonly categories: readonly DataCategory[];
      };
    }
  | {
      readonly code: 'consent.record';
      readonly params: {
        readonly caseNumber: string;
        readonly recipients: readonly string[];
        readonly categories: readonly DataCategory[];
        /** The consent's last day (YYYY-MM-DD). */
        readonly expiresOn: string;
      };
    }
  | { readonly code: 'consent.revoke'; readonly params: { readonly caseNumber: string } }
  | {
      readonly code: 'legal_basis.record';
      readonly params: {
        readonly caseNumber: string;
        readonly recipients: readonly string[];
        readonly categories: readonly DataCategory[];
        /** The legal profile's duty and its citation; both absent for a court order. */
        readonly duty?: string;
        readonly citation?: string;
      };
    }
  | {
      readonly code: 'mou.standing_acceptance';
      readonly params: {
        readonly holder: string;
        readonly agreement: string;
        /** Empty when the holder withdrew its standing acceptance. */
        readonly categories: readonly DataCategory[];
        /** How many partners it accepts for (digits). */
        readonly partners: string;
      };
    }
  | {
      /** Proposed, or the proposal withdrawn before the organization's county answered it. */
      readonly code: 'mou.neighbor_proposed' | 'mou.neighbor_withdrawn';
      readonly params: {
        readonly fromCounty: string;
        readonly organization: string;
        readonly agreement: string;
      };
    }
  | {
      readonly code: 'mou.neighbor_answered';
      readonly params: {
        readonly organization: string;
        readonly county: string;
        readonly agreement: string;
        readonly answer: 'accepted' | 'declined';
      };
    }
  | {
      readonly code: 'approval.request' | 'approval.approve' | 'approval.decline';
      readonly params: {
        readonly change: ApprovalKind;
        /** The person the change is for, and their organization. */
        readonly person: string;
        readonly organization: string;
        readonly roles: readonly Role[];
        readonly requestedBy: string;
        /** For a decision: who decided. */
        readonly decidedBy?: string;
        /** For a request: the organization whose approver decides; absent for the county lead. */
        readonly waitingFor?: string;
      };
    }
  | {
      readonly code: 'directory.location_confidentiality';
      readonly params: { readonly location: string; readonly confidential: 'yes' | 'no' };
    }
  | {
      readonly code: 'directory.provider_link';
      readonly params: {
        readonly directoryOrganization: string;
        readonly agency: string;
        readonly previousAgency?: string;
      };
    }
  | {
      readonly code: 'break_glass';
      readonly params: {
        readonly caseNumber: string;
        /** The staff member who opened it, and their organization. */
        readonly openedBy: string;
        readonly organization: string;
        readonly category: DataCategory;
        readonly expiresAt: string;
        /** The opening, whose review the notice links to; absent on notices from before reviews. */
        readonly reviewId?: string;
      };
    }
  | {
      readonly code: 'task.assigned';
      readonly params: {
        readonly caseNumber: string;
        /**
         * The task's title, in the county protocol's words; absent for a safety plan's step,
         * whose notice names only the case and when (the task itself is the packet).
         */
        readonly task?: string;
        readonly dueAt: string;
      };
    }
  | {
      /**
       * The certifying agency's answer, told to the organization that recorded the request. The
       * answer only: a declined request's reason is read on the request itself.
       */
      readonly code: 'certification.answered';
      readonly params: {
        readonly caseNumber: string;
        /** The certifying agency's name. */
        readonly certifier: string;
        readonly visaKind: VisaKind;
        readonly outcome: 'certified' | 'declined';
      };
    }
  | {
      readonly code: 'task.overdue';
      readonly params: {
        readonly caseNumber: string;
        readonly task: string;
        readonly dueAt: string;
      };
    }
  | {
      readonly code: 'task.escalated';
      readonly params: {
        readonly caseNumber: string;
        readonly task: string;
        readonly assignee: string;
        readonly dueAt: string;
      };
    }
  | {
      readonly code: 'protocol.notice' | 'protocol.missing_notice';
      /**
       * `what`: the county rule's message, written by the county, not from the case. A notice
       * to another county carries the minimal packet (src/domain/cross-county.ts) and no more:
       * the sending county, the hearing's or transfer's day (YYYY-MM-DD) and whom to call.
       */
      readonly params: {
        readonly caseNumber: string;
        readonly what: string;
        /** `what` is this default pack rule's own message, worded on the screen in each language. */
        readonly packNotice?: PackNoticeRule;
        readonly fromCounty?: string;
        readonly when?: string;
        readonly call?: string;
      };
    }
  | {
      readonly code: 'contact_check_burst';
      readonly params: {
        /** The staff member who checked, and their organization. */
        readonly checkedBy: string;
        readonly organization: string;
        readonly checks: string;
        readonly minutes: string;
        /** For an organization listing people on the last case checked. */
        readonly caseNumber?: string;
      };
    }
  | {
      /**
       * A completion lapses in 30 days (docs/TRAINING.md): to the person and their supervisor.
       * `lapsesOn` is the first day it no longer counts (YYYY-MM-DD).
       */
      readonly code: 'training.expiring';
      readonly params: {
        readonly person: string;
        readonly course: string;
        readonly lapsesOn: string;
      };
    };

export type NotificationCode = (typeof NOTIFICATION_CODES)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only while every code in the list has a content shape, and every shape a code. */
export const CODES_MATCH_CONTENT: Same<NotificationCode, NotificationContent['code']> = true;

/** The content of one code (a shape may serve several codes). */
export type ContentOf<C extends NotificationCode> = NotificationContent extends infer N
  ? N extends { readonly code: infer K }
    ? C extends K
      ? N
      : never
    : never
  : never;

/** A notification's parameters as they travel: strings and lists of strings only. */
export type NotificationParams = Readonly<Record<string, string | string[]>>;

/** The content's parameters as stored and sent (absent parameters left out). */
export function notificationParams(content: NotificationContent): NotificationParams {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(content.params) as [
    string,
    string | readonly string[] | undefined,
  ][]) {
    if (typeof value === 'string') params[key] = value;
    else if (value !== undefined) params[key] = [...value];
  }
  return params;
}
