// Every audit action Lantern writes, with the details each one carries. A typed union:
// adding an action means adding it here, so nothing is written under a misspelled name.
import type { DataCategory } from '../../domain/vocabulary.js';

export interface AuditDetails {
  'auth.login': { mfaStep: string };
  'auth.login_failed':
    | { reason: 'unknown_account' | 'inactive' }
    | { reason: 'wrong_password'; addressFailures: number; accountFailures: number };
  /** An attempt inside a wait: refused without looking at the password. */
  'auth.login_throttled': { scope: 'address' | 'account'; until: string };
  /** `reason: 'idle'`: the screen ended it after its idle warning, not the person. */
  'auth.logout': Record<string, never> | { reason: 'idle' };
  'auth.session_expired': { state: string };
  'auth.mfa_setup': Record<string, never>;
  'auth.mfa_enabled': Record<string, never>;
  'auth.mfa_verified': Record<string, never>;
  'auth.mfa_failed': { step: 'enable' } | { step: 'verify'; failures: number };
  /** A code inside the account's wait: refused without looking at it. */
  'auth.mfa_throttled': { until: string };
  'auth.password_changed': Record<string, never>;
  'auth.password_change_failed': { addressFailures: number; accountFailures: number };
  'auth.password_change_throttled': { scope: 'address' | 'account'; until: string };
  'auth.csrf_rejected': { method: string; route: string };
  'jurisdiction.create': { name: string };
  'organization.create': { name: string; type: string };
  'organization.update': { fields: string[] };
  'user.create': { roles: string[] };
  'user.update': { fields: string[] };
  'user.password_reset': Record<string, never>;
  'user.unlock': Record<string, never>;
  'user.mfa_reset': Record<string, never>;
  // A second person (docs/ARCHITECTURE.md): a request that waits, and what became of it.
  'approval.request': { kind: string; subjectUserId: string; roles: string[] | null };
  'approval.approve': { kind: string; subjectUserId: string; approvedAs: string };
  'approval.decline': { kind: string; subjectUserId: string };
  'approval.withdraw': { kind: string; subjectUserId: string; replaced: boolean };
  'point_person.create': { function: string };
  'point_person.update': { fields: string[] };
  'mou.create': { parties: number; categories: number };
  'mou.update': { fields: string[] };
  // An organization of another county on an agreement (docs/CONFIDENTIALITY.md).
  'mou.neighbor_propose': { organizationId: string; organizationJurisdictionId: string };
  'mou.neighbor_accept': { organizationId: string; agreementJurisdictionId: string };
  'mou.neighbor_decline': { organizationId: string; agreementJurisdictionId: string };
  'mou.neighbor_withdraw': { organizationId: string; organizationJurisdictionId: string };
  'access.denied': { action: string };
  'youth.create': { possibleDuplicates: number };
  'youth.duplicate_check': { possibleDuplicates: number; disclosed: number };
  'youth.read': { view: string; withheld: { category: string; reason: string }[] };
  'youth.search': { results: number };
  'team.add': { organizationId: string; userId: string | null; role: string; byRule?: string };
  'team.remove': { organizationId: string; userId: string | null; members: number };
  'person.create': { suspectedExploiter: boolean };
  // Records corrected, closed and merged (docs/CONFIDENTIALITY.md): field names and counts only.
  'youth.identity_correct': { fields: string[]; correctionId: string };
  'note.correct': { correctsNoteId: string };
  'youth.close': { reason: string; tasksCancelled: number; tasksKept: number };
  'youth.reopen': Record<string, never>;
  'youth.merge': { survivorId: string; duplicateId: string; moved: Record<string, number> };
  'consent.record': { recipients: string[]; givenBy: string; days: number };
  'consent.revoke': Record<string, never>;
  'release.accept': { holderOrganizationId: string };
  'release.decline': { holderOrganizationId: string };
  'release.list': { results: number; pending: number };
  'mou.standing_acceptance': { holderOrganizationId: string; recipients: number };
  'legal_basis.record': { kind: string; recipients: string[]; duty: string | null };
  'legal_basis.end': Record<string, never>;
  'note.create': { kind: 'case' | 'privileged' };
  'privileged_note.read': { basis: string };
  'privilege.disclose': { kind: string; recipients: string[]; notes: number | null };
  'privilege.disclosure_revoke': Record<string, never>;
  'mandated_report.file': { kind: string; fromPrivilegedNote: boolean };
  'break_glass.open': { minutes: number };
  // Its review (docs/CONFIDENTIALITY.md): ids and codes, never the reason or the comment.
  'break_glass.review_list': { results: number; open: number };
  'break_glass.reason_read': { youthId: string; reviews: number; reasonUnreadable?: true };
  'break_glass.reason_sealed': { was: 'plain'; when: 'start' | 'read' };
  'break_glass.review': {
    youthId: string;
    outcome: string;
    commentChars: number;
    reviewId: string;
  };
  // A case sealed by court order (docs/CONFIDENTIALITY.md, "Sealed cases"): dates and roles, never
  // the order's number; every opening of a sealed case by the roles the order names.
  'case_seal.record': { sealId: string; orderDate: string; rolesAllowed: readonly string[] };
  'case_seal.lift': { sealId: string; orderDate: string; heldClocks: number };
  'case_seal.read': { action: string };
  // Structured contact, placement and education entries (docs/CONFIDENTIALITY.md): the kind and
  // ids, never an address, a number, a school or a reason.
  'structured_record.create': { kind: string };
  'structured_record.correct': { kind: string; supersedesId: string };
  'legal_profile.update': {
    privilegeApplies: boolean;
    confirmed: boolean;
    duties: readonly string[];
    breakGlassRoles: readonly string[];
    coveredOffenses: readonly string[];
  };
  /** The recorder of an arrest attempt or charging step was shown the statement (codes only). */
  'non_criminalization.shown': {
    eventId: string;
    decision: 'covered' | 'consider_victim_status';
    offenseCode: string;
  };
  'qualification.record': { userId: string; basis: string; trainingHours: number };
  'qualification.revoke': { userId: string };
  'demo.seed': { organizations: number; users: number };
  'directory.import': { rows: number; written: number; refused: number; partial: boolean };
  'directory.export': { records: number; includeConfidential: boolean };
  /** `referralId`: a place taken by accepting a referral, or given back by undoing it. */
  'directory.capacity': { available: number; maximum: number | null; referralId?: string };
  'directory.alternative_to_detention': {
    alternativeToDetention: boolean;
    before: boolean;
    ownerJurisdictionId: string;
  };
  'directory.location_confidentiality': {
    confidential: boolean;
    before: boolean;
    ownerJurisdictionId: string;
    newLocation: boolean;
  };
  'directory.provider_link': {
    agencyId: string;
    beforeAgencyId: string | null;
    ownerJurisdictionId: string;
    newOrganization: boolean;
  };
  'directory.import_refused': {
    records: number;
    /** The first refused records (at most 50): table, id, kind of change, owner. */
    refused: { table: string; id: string; change: string; ownerJurisdictionId: string }[];
  };
  /** By hand (`needs`), or a detention or release setting the detention decision. */
  'service_plan.save':
    | { needs: number }
    | { facingDetention: boolean; byEvent: 'detention' | 'release'; eventId: string };
  'referral.create': {
    serviceId: string;
    receiverOrganizationId: string;
    automatic: boolean;
    urgency?: 'routine' | 'urgent';
  };
  'referral.transition': { from: string; to: string; reason: string | null };
  'referral.read': { identityShared: boolean };
  'referral.list': { box: string; results: number };
  'referral.overdue': { receiverOrganizationId: string };
  /** The accept taken back within its minute; the status it returned to. */
  'referral.undo_accept': { to: string; placeReturned: boolean };
  /** The thread between a referral's two sides: how many messages were read; never the text. */
  'referral.thread_read': { side: string; messages: number };
  'referral.message': { side: string; length: number };
  // The protocol engine (docs/PROTOCOL.md).
  'event.create': { type: string; lateMinutes: number; rulesFired: number };
  /** The missing-youth profile: whether its photo was kept, removed or replaced; never the text. */
  'missingProfile.write': { photo: 'kept' | 'none' | 'replaced'; photoConsent: boolean };
  /** A photo stored plain by a version before migration 0027, sealed when first met. */
  'missingProfile.photo_sealed': { was: 'plain'; when: 'start' | 'read' | 'save' | 'merge' };
  'protocol.fire': { ruleKey: string; ruleVersion: number; eventId: string; actions: string[] };
  'task.read': { scope: string; results: number };
  'task.take': { youthId: string };
  'task.complete': {
    youthId: string;
    lateMinutes: number;
    /** Set when writing an artifact (a safety plan, a screening) closed the task. */
    closedBy?: string;
    artifactId?: string;
  };
  'task.cancel': { youthId: string; reasonChars: number };
  'task.overdue': { assigneeOrganizationId: string };
  'task.escalate': { step: number; notifiedOrganizationId: string | null };
  'protocol_rule.save': { key: string; version: number; active: boolean };
  'protocol_rule.adopt': { key: string; version: number };
  'protocol_settings.save': { fields: string[] };
  'holidays.save': { days: number };
  'protocol_pack.install': { rules: number };
  // Verified contacts (docs/CONFIDENTIALITY.md): codes and keyed hashes, never a typed name.
  'contact.create': { status: string; aliases: number };
  'contact.update': { status: string | null; aliases: number | null };
  /**
   * A name check. `nameHash` is a keyed hash (HMAC under a key derived from the master key) of
   * the normalized name: an investigator holding the key can tell whether a given name was
   * checked, the database alone cannot. `caseHash` likewise names an unresolved case number.
   */
  contact_check: {
    answer: 'verified' | 'not_verified' | 'do_not_release' | null;
    nameHash: string;
    caseHash: string | null;
  };
  /** A run of checks by one person stopped: how many in how long. */
  'contact_check.burst': { checks: number; windowMinutes: number };
  // Safety plans (docs/CONFIDENTIALITY.md): counts and ids only, never what the plan says.
  'safety_plan.create': {
    type: string;
    version: number;
    startedFrom?: string | null;
    tasksClosed: number;
    stepTasksGiven: number;
    stepTasksWithdrawn: number;
  };
  'safety_plan.save': {
    type: string;
    version: number;
    editedVersion?: number;
    tasksClosed: number;
    stepTasksGiven: number;
    stepTasksWithdrawn: number;
  };
  // Screening (docs/SCREENING.md): never the answers, only the instrument, the result and counts.
  'screening.create': {
    instrumentKey: string;
    instrumentVersion: number | null;
    positive: boolean | null;
    score: number | null;
    problems: number;
    tasksClosed: number;
  };
  'screening.task': { trigger: string; taskId: string };
  'screening_instrument.import': { key: string | null; version: number | null; problems: number };
  'screening_schedule.save': { fields: string[] };
  // Protective orders and hearings (docs/LEGAL-AND-MDT.md): codes and ids, never names or courts.
  'protective_order.create': { type: string; linkedContact: boolean; reminderTaskId: string };
  'hearing.create': { type: string; youthTestifies: boolean; eventId: string; elsewhere: boolean };
  /** A court calendar read: the window, how many hearings, and whose names were shown. */
  'court_calendar.read': { from: string; to: string; results: number; namedYouthIds: string[] };
  // Reports (docs/REPORTS.md): the period and breakdown read, never a count.
  'report.measures': {
    from: string;
    to: string;
    by: string;
    format: 'json' | 'csv';
    compare?: 'previous';
  };
  'report.board': { quarter: string; language: 'en' | 'es' };
  'report.coordinator': Record<string, never>;
  'report.administration': { auditEventsChecked: number };
  // Legal matters (docs/LEGAL-AND-MDT.md): kinds, ids, statuses and sizes, never a reason's text.
  'certification_request.create': {
    visaKind: string;
    certifyingOrganizationId: string | null;
    removalProceedings: boolean;
    taskId: string | null;
  };
  'certification_request.outcome': { outcome: string; reasonChars: number; taskId: string | null };
  'compensation_claim.create': { status: string; reminderOn: string | null };
  'compensation_claim.update': { fields: string[]; version: number };
  'compensation_claim.reminder': { taskId: string };
  // MDT meetings (docs/LEGAL-AND-MDT.md): counts, ids and codes, never minutes or names.
  'mdt.schedule': { attendees: number; agenda: number };
  'mdt.agenda': { cases: number; added: number; removed: number };
  'mdt.list': { results: number };
  'mdt.read': { view: string; cases: number; names: number; minutes: number; withheld: number };
  'mdt.agenda_pdf': { cases: number };
  'mdt.attendance': { present: number; absent: number };
  'mdt.minutes': { youthId: string | null; bodyChars: number };
  'mdt.decision': { youthId: string; ownerOrganizationId: string; taskId: string };
  'mdt.reviewed': { youthId: string; tasksClosed: number };
  // Documents on a case (docs/LEGAL-AND-MDT.md): type, size and privilege, never the title or name.
  'document.upload': { contentType: string; sizeBytes: number; privileged: boolean };
  'document.download': { basis: string; privileged: boolean };
  'document.list': { results: number; withheld: { category: string; reason: string }[] };
  // Training records (docs/TRAINING.md): ids, days and counts, never the evidence's text.
  'training.course_create': { hours: number; validityMonths: number | null };
  'training.course_update': { changed: string[]; hours: number; validityMonths: number | null };
  'training.course_retire': Record<string, never>;
  'training.course_delete': Record<string, never>;
  'training.completion_record': {
    userId: string;
    courseId: string;
    completedOn: string;
    lapsesOn: string | null;
  };
  'training.read': { view: 'people' | 'compliance'; people: number };
  'training.expiry_warning': { userId: string; lapsesOn: string; supervisors: number };
  // Retention and purge (docs/RETENTION.md): the settings (numbers), and one event per run of
  // the purge with counts per category and table, never a case, a name or what a row held.
  'retention.update': {
    rules: Record<string, { yearsAfterClosure: number; untilAge: number | null }>;
  };
  'retention.purge': {
    day: string;
    cases: number;
    categories: Record<string, number>;
    tables: Record<string, number>;
  };
}

export type AuditAction = keyof AuditDetails;

export interface AuditEventInput<A extends AuditAction = AuditAction> {
  readonly action: A;
  readonly outcome: 'allowed' | 'denied';
  readonly details: AuditDetails[A];
  readonly reason?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly categories?: readonly DataCategory[];
  readonly jurisdictionId?: string | null;
}

/** Who acted and from where; null actor for sign-in attempts and the command line. */
export interface AuditContext {
  readonly actorUserId: string | null;
  readonly actorOrganizationId: string | null;
  readonly jurisdictionId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly now: Date;
}
