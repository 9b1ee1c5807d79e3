// Notifications: whom an act calls out, and what a notice may carry. A notice names a case
// number, organizations, a service, kinds of information, a task's title and when: never a
// youth's name, details or anything anyone wrote (docs/ARCHITECTURE.md, "Notifications").
import type { CaseTeamRole } from './case-team.js';
import {
  ROLES_BY_ORGANIZATION_TYPE,
  roleSeesYouthData,
  type DataCategory,
  type OrganizationType,
  type Role,
} from './vocabulary.js';

/**
 * The acts that call an organization out: it has something to do on a case. Each keeps the
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
};

export function calledOutRoles(kind: CalledOutKind, organizationType: OrganizationType): Role[] {
  return ROLES_BY_ORGANIZATION_TYPE[organizationType].filter(
    (role) => roleSeesYouthData(role) && ACTS_ON[kind](role),
  );
}

/**
 * What a notification says, as a code and its parameters, so each reader's screen words it in
 * their language with local dates. Instants are ISO strings here and only here; the screens
 * never show them as such.
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
      readonly code: 'referral.sent' | 'referral.withdrawn';
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
    };

export type NotificationCode = NotificationContent['code'];

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
