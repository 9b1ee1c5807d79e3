// Whom a protocol notice or escalation reaches, and telling them. In-app notices go to the
// people of an organization who work cases; messages carry a case number and what to do, never
// the youth's data. Another county hears without the case number: only that a youth of ours
// needs them, and whom to call.
import type { Queryable } from '../../../db/database.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import { countyLeadOrganizations } from '../../../db/repositories/notifications.js';
import { listPointPersons, type PointPerson } from '../../../db/repositories/point-persons.js';
import type { NotificationContent } from '../../../domain/notifications.js';
import type { Recipient } from '../../../domain/protocol.js';
import { dateTimeFormat } from '../../../domain/local-time.js';
import type { AppServices } from '../../context.js';
import { notifyOrganization } from '../cases/notify.js';
import { languagesByEmail } from '../../../db/repositories/users.js';
import { protocolEmail, type EmailLanguage, type EmailText } from '../../../domain/email-text.js';
import { queueEmail } from '../../mail/outbox.js';

/**
 * "Fri, Nov 27, 3:10 AM PST": an instant as the county reads it, in `locale` (English unless
 * given; the printed alert packet and MDT agenda pass the reader's).
 */
export function describeInstant(instant: Date, timeZone: string, locale = 'en-US'): string {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** The active point persons of a jurisdiction with exactly this function (any letter case). */
export async function pointPersonsWithFunction(
  tx: Queryable,
  jurisdictionId: string,
  fn: string,
): Promise<PointPerson[]> {
  const wanted = fn.trim().toLowerCase();
  return (await listPointPersons(tx, { jurisdictionId })).filter(
    (p) => p.function.trim().toLowerCase() === wanted,
  );
}

export interface Notice {
  readonly recipient: Recipient;
  readonly jurisdictionId: string;
  readonly youthId: string;
  readonly caseNumber: string;
  /** For an escalation: the organization the task is assigned to. */
  readonly assigneeOrganizationId?: string;
  /** For a notice to the hearing's or the transfer's county. */
  readonly otherJurisdictionId?: string | null;
  readonly sendingJurisdictionName?: string;
  readonly content: NotificationContent;
  readonly text: string;
  readonly now: Date;
  /** Also by email to the point persons reached: what to do and by when, nothing of the youth. */
  readonly email?: {
    readonly what: string;
    readonly dueAt: Date | null;
    readonly timeZone: string;
  };
}

/**
 * Emails point persons a protocol notice (when email is configured): what to do, by when, and a
 * link to My work, framed in the language of the person's account (matched by address; English
 * without one). Never the case number, a name or anything else of the youth.
 */
export async function emailPointPersons(
  tx: Queryable,
  app: AppServices,
  people: readonly PointPerson[],
  input: {
    readonly what: string;
    readonly dueAt: Date | null;
    readonly timeZone: string;
    readonly jurisdictionId: string;
    readonly now: Date;
  },
): Promise<void> {
  if (!app.config.mail) return;
  const addresses = [
    ...new Set(people.flatMap((p) => (p.email?.trim() ? [p.email.trim().toLowerCase()] : []))),
  ];
  // Each in the language its account chose; an address without an account reads English.
  const languages = await languagesByEmail(tx, addresses);
  const messages = new Map<EmailLanguage, EmailText>();
  const messageIn = (language: EmailLanguage): EmailText => {
    let message = messages.get(language);
    if (!message) {
      message = protocolEmail({
        what: input.what,
        dueAt: input.dueAt,
        timeZone: input.timeZone,
        link: `${app.config.publicUrl}/work`,
        language,
      });
      messages.set(language, message);
    }
    return message;
  };
  for (const to of addresses) {
    const message = messageIn(languages.get(to) ?? 'en');
    await queueEmail(tx, app.config, {
      to,
      subject: message.subject,
      text: message.text,
      jurisdictionId: input.jurisdictionId,
      now: input.now,
    });
  }
}

/** The active point persons of an organization. */
export async function pointPersonsOf(tx: Queryable, organizationId: string) {
  return listPointPersons(tx, { organizationId });
}

/** Tells the recipient; returns the organizations told (empty when nobody could be found). */
export async function reachRecipient(
  tx: Queryable,
  app: AppServices,
  notice: Notice,
): Promise<string[]> {
  const emailed: PointPerson[] = [];
  const tell = async (
    organizationId: string,
    jurisdictionId = notice.jurisdictionId,
    people?: readonly PointPerson[],
  ) => {
    const sameCounty = jurisdictionId === notice.jurisdictionId;
    if (notice.email && app.config.mail) {
      emailed.push(...(people ?? (await pointPersonsOf(tx, organizationId))));
    }
    await notifyOrganization(tx, organizationId, {
      jurisdictionId,
      content: notice.content,
      // Another county gets no link to a record it cannot open; the packet names the case.
      youthId: sameCounty ? notice.youthId : null,
      text: notice.text,
      now: notice.now,
    });
    return organizationId;
  };
  const coordinators = async (jurisdictionId: string) => {
    const told: string[] = [];
    for (const id of await countyLeadOrganizations(tx, jurisdictionId)) {
      told.push(await tell(id, jurisdictionId));
    }
    return told;
  };
  const told = await reach(notice, tell, coordinators, tx);
  if (notice.email) {
    await emailPointPersons(tx, app, emailed, {
      ...notice.email,
      jurisdictionId: notice.jurisdictionId,
      now: notice.now,
    });
  }
  return told;
}

async function reach(
  notice: Notice,
  tell: (id: string, jurisdictionId?: string, people?: readonly PointPerson[]) => Promise<string>,
  coordinators: (jurisdictionId: string) => Promise<string[]>,
  tx: Queryable,
): Promise<string[]> {
  const { recipient } = notice;
  switch (recipient.kind) {
    case 'coordinator':
      return coordinators(notice.jurisdictionId);
    case 'assignee_point_person':
      return notice.assigneeOrganizationId ? [await tell(notice.assigneeOrganizationId)] : [];
    case 'team_member': {
      const team = await listTeam(tx, notice.youthId);
      const organizations = [
        ...new Set(
          team
            .filter((m) => m.userId === null && m.organizationType === recipient.organizationType)
            .map((m) => m.organizationId),
        ),
      ];
      const told: string[] = [];
      for (const id of organizations) told.push(await tell(id));
      return told;
    }
    case 'point_person': {
      const jurisdictionId =
        recipient.jurisdiction === 'case'
          ? notice.jurisdictionId
          : (notice.otherJurisdictionId ?? null);
      if (!jurisdictionId) return [];
      const people = await pointPersonsWithFunction(tx, jurisdictionId, recipient.function);
      if (people.length === 0) return coordinators(jurisdictionId);
      const told = new Set<string>();
      for (const person of people) {
        if (!told.has(person.organizationId)) {
          const named = people.filter((p) => p.organizationId === person.organizationId);
          told.add(await tell(person.organizationId, jurisdictionId, named));
        }
      }
      return [...told];
    }
  }
}
