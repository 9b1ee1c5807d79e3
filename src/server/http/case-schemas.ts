// The API's shapes for youth records, case teams, consent, legal bases, notes and privilege.
import { z } from 'zod';
import { CASE_ACTIONS, DISCLOSURE_KINDS, LEGAL_BASIS_KINDS } from '../../domain/case-access.js';
import { CASE_STATUSES } from '../../domain/case-lifecycle.js';
import { CASE_TEAM_ROLES } from '../../domain/case-team.js';
import { DUTY_KINDS, QUALIFICATION_BASES } from '../../domain/legal-profile.js';
import { BIRTH_EVIDENCE, NAME_EVIDENCE, NAME_VARIATIONS } from '../../domain/name-match.js';
import {
  orderedRaceEthnicity,
  RACE_ETHNICITY_ANSWERS,
  raceEthnicityProblem,
} from '../../domain/race-ethnicity.js';
import { RETENTION_AGE_RANGE, RETENTION_YEARS_RANGE } from '../../domain/retention.js';
import { SUPPRESSION_THRESHOLD_RANGE } from '../../domain/suppression.js';
import { MANDATED_REPORT_KINDS } from '../../db/repositories/notes.js';
import { DataCategory, Id, OrganizationType, Role } from './schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalName = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
const CalendarDate = z.iso.date().describe('YYYY-MM-DD');
const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time');
export const Timestamp = z.date().transform((d) => d.toISOString());
/** Free text a person writes about a youth: generous, but bounded. */
const NoteBody = z.string().trim().min(1).max(20_000);

export const CaseTeamRole = z.enum(CASE_TEAM_ROLES);

// --- youth ---

const IdentityFields = {
  givenName: optionalName(100),
  familyName: optionalName(100),
  alias: optionalName(100),
  birthDate: CalendarDate.nullable()
    .optional()
    .transform((v) => v ?? null),
  estimatedBirthYear: z
    .int()
    .min(1900)
    .max(2200)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
};

export const DuplicateCheckBody = z.strictObject(IdentityFields);

/** Self-described, several allowed (docs/REPORTS.md, "Race and ethnicity"); null: not recorded. */
export const RaceEthnicityAnswers = z
  .array(z.enum(RACE_ETHNICITY_ANSWERS))
  .max(RACE_ETHNICITY_ANSWERS.length)
  .nullable()
  .superRefine((answers, context) => {
    const problem = raceEthnicityProblem(answers);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  })
  .transform((answers) => (answers === null ? null : orderedRaceEthnicity(answers)))
  .describe(
    'OMB SPD 15 (2024) categories as the youth describes them, several allowed; prefers_not_to_say and unknown stand alone; null when not recorded',
  );

export const CreateYouthBody = z.strictObject({
  ...IdentityFields,
  genderIdentity: optionalName(60),
  raceEthnicity: RaceEthnicityAnswers.optional().transform((v) => v ?? null),
  languages: z
    .array(text(40))
    .max(10)
    .optional()
    .transform((v) => v ?? []),
  createAnyway: z
    .boolean()
    .optional()
    .transform((v) => v ?? false)
    .describe('Create even when a possible duplicate was found'),
});

export const Identity = z.object({
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  alias: z.string().nullable(),
  birthDate: z.string().nullable(),
  estimatedBirthYear: z.number().nullable(),
  genderIdentity: z.string().nullable(),
  raceEthnicity: z.array(z.enum(RACE_ETHNICITY_ANSWERS)).nullable(),
  languages: z.array(z.string()),
  needsBirthYear: z
    .boolean()
    .describe('No birth date and no estimated birth year yet: someone should find the year out'),
});

export const CreatedYouth = z.object({ id: Id, caseNumber: z.string(), createdAt: z.string() });

export const DuplicateCheckResult = z.object({
  matches: z
    .array(
      z.object({
        id: Id,
        caseNumber: z.string(),
        reason: z.string().describe('Why it may be the same youth, in English'),
        evidence: z.object({
          name: z.enum(NAME_EVIDENCE),
          variations: z.array(z.enum(NAME_VARIATIONS)).readonly(),
          birth: z.enum(BIRTH_EVIDENCE),
          enteredBirthYear: z.number().nullable(),
          recordedBirthYear: z.number().nullable(),
        }),
      }),
    )
    .describe('Possible matches the caller may open, likeliest first'),
  hiddenMatchMessage: z
    .string()
    .nullable()
    .describe('Set when a possible match exists that the caller may not see: whom to contact'),
});

export const YouthQuery = z.strictObject({
  query: z.string().max(200).optional(),
  status: z
    .enum(['open', 'closed', 'all'])
    .optional()
    .describe('Open cases by default; closed ones, or both (merged records are never listed)'),
});

export const YouthSummary = z.object({
  id: Id,
  caseNumber: z.string(),
  createdAt: Timestamp,
  identity: Identity.nullable().describe('null when identity is withheld from the caller'),
  status: z.enum(CASE_STATUSES),
});

export const Contact = z
  .object({
    name: z.string(),
    title: z.string().nullable(),
    organizationName: z.string(),
    phone: z.string().nullable(),
    afterHoursPhone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .nullable();

export const AccessBasis = z.enum([
  'own_organization',
  'consent',
  ...LEGAL_BASIS_KINDS,
  'break_glass',
  'privilege_waiver',
]);

export const CategoryView = z.object({
  category: DataCategory,
  writable: z
    .boolean()
    .describe(
      'Whether the caller may add a case note in this category: on the team, and an organization whose work the category records',
    ),
  visible: z.array(
    z.object({ organizationId: Id, organizationName: z.string(), basis: AccessBasis }),
  ),
  withheld: z.array(
    z.object({
      organizationId: Id,
      organizationName: z.string(),
      reason: z.string(),
      message: z.string(),
      ask: Contact,
    }),
  ),
});

export const TeamMember = z.object({
  id: Id,
  organizationId: Id,
  organizationName: z.string(),
  organizationType: z.string(),
  userId: Id.nullable(),
  userName: z.string().nullable(),
  role: z.string(),
  addedAt: Timestamp,
  removable: z.boolean().describe('Whether the caller may remove this member'),
});

export const ConsentView = z.object({
  id: Id,
  recipientOrganizationIds: z.array(Id),
  categories: z.array(DataCategory),
  purpose: z.string(),
  givenBy: z.enum(['youth', 'guardian']),
  explanationMethod: z.string(),
  explanationLanguage: z.string(),
  signedAt: z.string(),
  expiresAt: z.string(),
  revokedAt: Timestamp.nullable(),
  current: z.boolean(),
  recordedByOrganizationId: Id.describe('Its data flowed at once; every other holder answers'),
  releases: z
    .array(z.object({ holderOrganizationId: Id, accepted: z.boolean(), decidedAt: Timestamp }))
    .describe("Holders' answers; a holder not listed has not answered yet"),
});

export const LegalBasisView = z.object({
  id: Id,
  endable: z
    .boolean()
    .describe('Whether the caller may end it (in force, and theirs or the court)'),
  endedAt: Timestamp.nullable(),
  recordedByOrganizationId: Id,
  dutyCode: z.string().nullable(),
  kind: z.enum(LEGAL_BASIS_KINDS),
  recipientOrganizationIds: z.array(Id),
  categories: z.array(DataCategory),
  description: z.string(),
  court: z.string().nullable(),
  orderDate: z.string().nullable(),
  citation: z.string().nullable(),
  effectiveOn: z.string(),
  expiresOn: z.string().nullable(),
  current: z.boolean(),
});

export const LegalDutyView = z.object({
  code: z.string(),
  kind: z.enum(DUTY_KINDS),
  name: z.string(),
  citation: z.string(),
  recorderOrganizationTypes: z.array(OrganizationType).readonly(),
  categories: z.array(DataCategory).readonly(),
});

export const Privilege = z.object({
  applies: z.boolean(),
  citation: z.string().nullable(),
  summary: z.string().nullable(),
  confirmed: z.boolean(),
});

export const YouthRecord = z.object({
  id: Id,
  caseNumber: z.string(),
  jurisdictionId: Id,
  createdAt: Timestamp,
  createdByOrganizationId: Id,
  createdByOrganizationName: z.string(),
  identity: Identity.nullable().describe('null when identity is withheld from the caller'),
  status: z.enum(CASE_STATUSES),
  lifecycleActions: z
    .array(z.enum(['identity.correct', 'case.close', 'case.reopen', 'case.merge']))
    .describe('What the caller may do to the record itself (docs/CONFIDENTIALITY.md)'),
  categories: z.array(CategoryView),
  team: z.array(TeamMember),
  consents: z.array(ConsentView),
  legalBases: z.array(LegalBasisView),
  breakGlass: z.array(
    z.object({ id: Id, category: DataCategory, openedAt: Timestamp, expiresAt: Timestamp }),
  ),
  privilege: Privilege,
  allowedActions: z.array(z.enum([...CASE_ACTIONS, 'privilegedNote.write', 'privilegedNote.read'])),
  legalBasisKinds: z
    .array(z.enum(LEGAL_BASIS_KINDS))
    .describe('The kinds of legal basis the caller may record on this case'),
  duties: z
    .array(LegalDutyView)
    .describe("The legal profile's duties the caller's organization may record on this case"),
});

export const PersonBody = z.strictObject({
  name: text(200),
  relationship: text(100),
  suspectedExploiter: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});

export const Person = z.object({
  id: Id,
  name: z.string(),
  relationship: z.string(),
  suspectedExploiter: z.boolean(),
});

// --- team ---

export const TeamBody = z.strictObject({
  organizationId: Id,
  role: CaseTeamRole,
  userId: Id.optional().describe('A named person of that organization; the organization joins too'),
});

export const TeamParams = z.strictObject({ id: Id, organizationId: Id });
export const TeamRemoveQuery = z.strictObject({ userId: Id.optional() });

// --- consent and legal bases ---

export const ConsentBody = z.strictObject({
  recipientOrganizationIds: z.array(Id).min(1).max(50),
  categories: z.array(DataCategory).min(1),
  purpose: text(500),
  givenBy: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('youth') }),
    z.strictObject({ kind: z.literal('guardian'), personId: Id }),
  ]),
  explainedBy: z.strictObject({
    userId: Id,
    method: text(300).describe('How it was explained, e.g. "read aloud together"'),
    language: text(40).describe('The language it was explained in'),
  }),
  signedAt: CalendarDate,
  expiresAt: CalendarDate.describe('The last day the consent holds (required)'),
});

export const RevokeBody = z.strictObject({ reason: z.string().trim().max(500).optional() });

export const LegalBasisBody = z.strictObject({
  kind: z.enum(LEGAL_BASIS_KINDS),
  recipientOrganizationIds: z.array(Id).min(1).max(50),
  categories: z.array(DataCategory).min(1),
  description: text(1000),
  court: z.string().trim().min(1).max(200).optional(),
  orderDate: CalendarDate.optional(),
  citation: z.string().trim().min(1).max(300).optional(),
  effectiveOn: CalendarDate,
  expiresOn: CalendarDate.optional(),
  dutyCode: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/)
    .optional()
    .describe(
      'For a statutory duty or mandated report: the legal profile duty it stands on. Without it, the first duty of that kind binding your organization and covering the categories.',
    ),
});

// --- notes ---

export const NoteBodySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case'), category: DataCategory, body: NoteBody }),
  z.strictObject({ kind: z.literal('privileged'), body: NoteBody }),
]);

export const NotesQuery = z.strictObject({
  category: DataCategory.optional(),
  kind: z.enum(['case', 'privileged']).optional(),
});

export const Note = z.object({
  id: Id,
  kind: z.enum(['case', 'privileged']),
  category: DataCategory.nullable(),
  body: z.string(),
  authorName: z.string(),
  authorOrganizationId: Id,
  authorOrganizationName: z.string(),
  createdAt: Timestamp,
  basis: AccessBasis,
  correctsNoteId: Id.nullable().describe('A correction: the earlier version it replaces'),
  correctionReason: z.string().nullable().describe('Why the earlier version was corrected'),
  correctedByNoteId: Id.nullable().describe('An earlier version: the note that corrects it'),
});

export const DisclosureBody = z.strictObject({
  kind: z.enum(DISCLOSURE_KINDS),
  recipientOrganizationIds: z.array(Id).min(1).max(50),
  noteIds: z.array(Id).min(1).max(500).optional(),
  periodFrom: CalendarDate.optional(),
  periodTo: CalendarDate.optional(),
  expiresOn: CalendarDate,
  signedOn: CalendarDate,
  court: z.string().trim().min(1).max(200).optional(),
  orderDate: CalendarDate.optional(),
});

export const Disclosure = z.object({
  id: Id,
  kind: z.enum(DISCLOSURE_KINDS),
  authorOrganizationId: Id,
  recipientOrganizationIds: z.array(Id),
  noteIds: z.array(Id).nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  expiresOn: z.string(),
  court: z.string().nullable(),
  orderDate: z.string().nullable(),
  signedOn: z.string(),
  revokedAt: Timestamp.nullable(),
  current: z.boolean(),
});

export const MandatedReportBody = z.strictObject({
  kind: z.enum(MANDATED_REPORT_KINDS),
  reportedTo: text(300),
  reportedAt: Instant,
  content: NoteBody.describe('Only what was reported'),
  sourceNoteId: Id.optional().describe('The privileged note it was filed from; never exposed'),
});

export const MandatedReport = z.object({
  id: Id,
  kind: z.enum(MANDATED_REPORT_KINDS),
  reportedTo: z.string(),
  reportedAt: Timestamp,
  content: z.string(),
  filedByName: z.string(),
  filedByOrganizationId: Id,
  filedByOrganizationName: z.string(),
});

export const BreakGlassBody = z.strictObject({
  category: DataCategory,
  reason: z.string().trim().min(20).max(1000).describe('Why there is imminent danger'),
});

export const BreakGlassGrant = z.object({
  id: Id,
  category: DataCategory,
  openedAt: Timestamp,
  expiresAt: Timestamp,
});

export const Created = z.object({ id: Id });

// --- notifications, legal profile, qualifications ---

export const Notification = z.object({
  id: Id,
  kind: z.string(),
  youthId: Id.nullable(),
  caseNumber: z.string().nullable(),
  /** English text, kept for older clients; the screens word `kind` and `params` instead. */
  message: z.string(),
  /**
   * What the screens word the notice from, by `kind` (src/domain/notifications.ts): case
   * number, organization names, a service, kinds of information, a task's title, instants as
   * ISO strings. Null for a notice kept as text only.
   */
  params: z.record(z.string(), z.union([z.string(), z.array(z.string())])).nullable(),
  createdAt: Timestamp,
  read: z.boolean(),
});

export const UnreadNotifications = z.object({ unread: z.number().int().min(0) });

export const LegalDuty = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/, 'lowercase letters, digits and _'),
  kind: z.enum(DUTY_KINDS),
  name: text(200),
  citation: text(300),
  recorderOrganizationTypes: z.array(OrganizationType).min(1).max(20),
  categories: z.array(DataCategory).min(1).max(11),
});

export const CoveredOffense = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/, 'lowercase letters, digits and _')
    .refine((code) => code !== 'other', 'other is the code for an offense not on the list'),
  label: text(200),
  citation: text(300),
  ageLimit: z
    .int()
    .min(1)
    .max(26)
    .default(18)
    .describe('The first age the protection no longer covers (18: anyone under 18)'),
  prostitutionRelated: z.boolean().default(false),
});

/** Every data category's retention (src/domain/retention.ts); all of them, none other. */
const RetentionBody = z.record(
  DataCategory,
  z.strictObject({
    yearsAfterClosure: z.int().min(RETENTION_YEARS_RANGE.min).max(RETENTION_YEARS_RANGE.max),
    untilAge: z.int().min(RETENTION_AGE_RANGE.min).max(RETENTION_AGE_RANGE.max).nullable(),
  }),
);

export const LegalProfileBody = z.strictObject({
  timeZone: text(60),
  privilegeApplies: z.boolean(),
  privilegeCitation: z.string().trim().max(300).nullable(),
  privilegeSummary: z.string().trim().max(2000).nullable(),
  minimumTrainingHours: z.int().min(0).max(1000),
  maxConsentDays: z.int().min(1).max(3660),
  confirmed: z.boolean(),
  duties: z
    .array(LegalDuty)
    .max(50)
    .optional()
    .describe('The duties to disclose the law puts on organizations; omitted: unchanged'),
  breakGlassRoles: z
    .array(Role)
    .max(20)
    .optional()
    .describe('Roles that may open emergency access; omitted: unchanged'),
  nonCriminalization: z
    .strictObject({ statement: text(2000), citation: text(300) })
    .optional()
    .describe(
      'The plain statement shown to an officer that the child is a victim, not an offender; omitted: unchanged',
    ),
  coveredOffenses: z
    .array(CoveredOffense)
    .max(50)
    .optional()
    .describe(
      'The offenses the state does not charge minors with, each with its citation; omitted: unchanged',
    ),
  legalMatterClocks: z
    .strictObject({
      certificationCalendarDays: z.int().min(1).max(365),
      certificationRemovalBusinessDays: z.int().min(1).max(30),
      certificationCitation: text(300),
      compensationYears: z.int().min(1).max(50),
      compensationMinorUntilAge: z.int().min(18).max(40),
      compensationCitation: text(300),
    })
    .optional()
    .describe(
      'T/U visa certification response clocks and the victim compensation filing limit; omitted: unchanged (California by default)',
    ),
  smallCellThreshold: z
    .int()
    .min(SUPPRESSION_THRESHOLD_RANGE.min)
    .max(SUPPRESSION_THRESHOLD_RANGE.max)
    .optional()
    .describe(
      'Published reports hide every count from 1 to this minus one (10 to 100; 11 by default); omitted: unchanged',
    ),
  retention: RetentionBody.optional().describe(
    'How long a closed case is kept, per data category: whole years after closure (1 to 75) and, or not, until the youth turns an age (18 to 99), whichever is later; 7 years and age 28 by default; the county coordinator alone changes it; omitted: unchanged',
  ),
});
export const LegalProfile = z.object({
  timeZone: z.string(),
  privilegeApplies: z.boolean(),
  privilegeCitation: z.string().nullable(),
  privilegeSummary: z.string().nullable(),
  minimumTrainingHours: z.number(),
  maxConsentDays: z.number(),
  confirmed: z.boolean(),
  duties: z.array(LegalDutyView).readonly(),
  breakGlassRoles: z.array(Role).readonly(),
  nonCriminalization: z.object({ statement: z.string(), citation: z.string() }),
  coveredOffenses: z
    .array(
      z.object({
        code: z.string(),
        label: z.string(),
        citation: z.string(),
        ageLimit: z.number(),
        prostitutionRelated: z.boolean(),
      }),
    )
    .readonly(),
  legalMatterClocks: z.object({
    certificationCalendarDays: z.number(),
    certificationRemovalBusinessDays: z.number(),
    certificationCitation: z.string(),
    compensationYears: z.number(),
    compensationMinorUntilAge: z.number(),
    compensationCitation: z.string(),
  }),
  smallCellThreshold: z.number(),
  retention: z.record(
    DataCategory,
    z.object({ yearsAfterClosure: z.number(), untilAge: z.number().nullable() }),
  ),
});

export const QualificationBody = z.strictObject({
  userId: Id,
  basis: z.enum(QUALIFICATION_BASES),
  trainingHours: z.int().min(0).max(10_000),
  supervisor: z.string().trim().max(200).nullable().optional(),
  completedOn: CalendarDate,
});
export const Qualification = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  basis: z.enum(QUALIFICATION_BASES),
  trainingHours: z.number(),
  supervisor: z.string().nullable(),
  completedOn: z.string(),
  revoked: z.boolean(),
  qualifies: z.boolean(),
});
