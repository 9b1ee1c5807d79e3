// What the authorization matrix sends: the records it aims at (one of each kind per county, or
// none that exists) and, for every row of authorization-matrix.table.ts, a request with a valid
// body, so that the answer reflects authorization alone.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { EventTypeName, RouteKey } from './authorization-matrix.table.js';

/** Today in both counties' time zone at the test clock's start (2026-11-23T10:00Z). */
export const TODAY = '2026-11-23';

export interface LegalProfileBody {
  timeZone: string;
  privilegeApplies: boolean;
  privilegeCitation: string | null;
  privilegeSummary: string | null;
  minimumTrainingHours: number;
  maxConsentDays: number;
  confirmed: boolean;
}

/** The county's protocol decisions as PUT .../protocol/settings takes them. */
export interface ProtocolSettingsBody {
  lawEnforcementResponse: string;
  interviewLocation: string;
  advocacyPartnerOrganizationId: string | null;
  juvenileHallPractice: string;
  takeChildTo: string;
  forensicInterviewCriteria: string;
}

export interface HolidayBody {
  day: string;
  name: string;
}

/** Open tasks the protocol gave in `before`, one per task row and variant (acting closes them). */
export interface ProtocolTasks {
  readonly toTake: string;
  readonly toComplete: string;
  readonly toCancel: string;
  /** Of an organization none of the table's accounts works at. */
  readonly otherOrganizationToCancel: string;
}

/** Every id a mutation of the matrix names, for one county (or all unknown). */
export interface CountyRecords {
  readonly jurisdictionId: string;
  readonly legalProfile: LegalProfileBody;
  readonly protocolSettings: ProtocolSettingsBody;
  readonly holidays: readonly HolidayBody[];
  readonly tasks: ProtocolTasks;
  readonly organizationToChange: string;
  readonly accountOrganization: string;
  readonly countyLead: string;
  readonly agreementParties: readonly [string, string];
  readonly advocacy: string;
  readonly consentRecipient: string;
  readonly courtOrderRecipient: string;
  readonly disclosureRecipient: string;
  readonly teamAddition: { readonly organizationId: string; readonly role: string };
  readonly teamRemoval: {
    readonly organizationId: string;
    readonly userId: string;
    readonly role: string;
  };
  readonly explainerUserId: string;
  readonly userToChange: string;
  readonly spareUserId: string;
  readonly spareCaseworkerId: string;
  /** A provider intake of a community provider, who may also be given the advocate role. */
  readonly spareIntakeId: string;
  readonly deactivatedAdvocateId: string;
  readonly spareAdministratorId: string;
  /** Account openings waiting for approval: one per approval row and variant, as deciding consumes it. */
  readonly openingsToApprove: AccountOpenings;
  readonly openingsToDecline: AccountOpenings;
  readonly qualificationToRevoke: string;
  readonly pointPersonId: string;
  readonly mouId: string;
  readonly neighborParties: NeighborPartyRecords;
  readonly notificationId: string;
  readonly youthId: string;
  /** A record the county's police opened, alone on its team: corrected, closed and reopened. */
  readonly recordToClose: string;
  /** Its duplicate, opened by the same police alone: merged into it by the coordinator. */
  readonly recordToMerge: string;
  /** The police's case note on that record, corrected by its writer only. */
  readonly noteToCorrect: string;
  readonly consentForRelease: string;
  readonly consentToRevoke: string;
  readonly legalBasisToEnd: string;
  readonly disclosureToRevoke: string;
  /** A person the county's advocate listed on the youth's case (verified contacts). */
  readonly contactToChange: string;
  /** The youth's case number, for the name check. */
  readonly caseNumber: string;
  /** The county's MDT meeting: its advocacy organization attends, the youth's case on its agenda. */
  readonly mdtMeetingId: string;
  /** A general safety plan the county's advocate wrote, at version 1. */
  readonly safetyPlanId: string;
  /** The county advocate's U visa certification request to the county's police, pending. */
  readonly certificationRequestId: string;
  /** The county advocate's planned compensation claim, at version 1. */
  readonly compensationClaimId: string;
  /** The county advocate's emergency opening of the youth's identity, not yet reviewed. */
  readonly breakGlassToReview: string;
  /** The county police's address and placement, and its advocate's school entry, on the youth. */
  readonly contactLocationToCorrect: string;
  readonly placementToCorrect: string;
  readonly educationToCorrect: string;
  /** A training course the county's coordinator added. */
  readonly trainingCourseId: string;
  /** Two more, no completion recorded: one to retire, one to delete. */
  readonly trainingCourseToRetire: string;
  readonly trainingCourseToDelete: string;
  readonly referralId: string;
  readonly capacityServiceId: string;
  readonly referralServiceId: string;
  readonly importServiceId: string;
}

/**
 * Organizations of neighboring counties on an agreement: an organization of the other county to
 * propose on this county's agreement, and the other county's agreement's proposals of this
 * county's organizations, to accept and to decline; and this county's own proposal, to withdraw.
 */
export interface NeighborPartyRecords {
  readonly toPropose: string;
  readonly toAccept: { readonly mouId: string; readonly organizationId: string };
  readonly toDecline: { readonly mouId: string; readonly organizationId: string };
  readonly toWithdraw: { readonly mouId: string; readonly organizationId: string };
}

/** The county administrator's requests to open an account, by the account's organization. */
export interface AccountOpenings {
  readonly advocacy: string;
  readonly childWelfare: string;
}

/**
 * The same kinds of ids, none of which exists; the bodies that are not ids (the legal profile,
 * the protocol decisions, the holidays) are the caller's county's.
 */
export function unknownRecords(own: CountyRecords): CountyRecords {
  const id = () => randomUUID();
  return {
    jurisdictionId: id(),
    legalProfile: own.legalProfile,
    protocolSettings: own.protocolSettings,
    holidays: own.holidays,
    tasks: {
      toTake: id(),
      toComplete: id(),
      toCancel: id(),
      otherOrganizationToCancel: id(),
    },
    organizationToChange: id(),
    accountOrganization: id(),
    countyLead: id(),
    agreementParties: [id(), id()],
    advocacy: id(),
    consentRecipient: id(),
    courtOrderRecipient: id(),
    disclosureRecipient: id(),
    teamAddition: { organizationId: id(), role: 'coordination' },
    teamRemoval: { organizationId: id(), userId: id(), role: 'coordination' },
    explainerUserId: id(),
    userToChange: id(),
    spareUserId: id(),
    spareCaseworkerId: id(),
    spareIntakeId: id(),
    deactivatedAdvocateId: id(),
    spareAdministratorId: id(),
    openingsToApprove: { advocacy: id(), childWelfare: id() },
    openingsToDecline: { advocacy: id(), childWelfare: id() },
    qualificationToRevoke: id(),
    pointPersonId: id(),
    mouId: id(),
    neighborParties: {
      toPropose: id(),
      toAccept: { mouId: id(), organizationId: id() },
      toDecline: { mouId: id(), organizationId: id() },
      toWithdraw: { mouId: id(), organizationId: id() },
    },
    notificationId: id(),
    youthId: id(),
    recordToClose: id(),
    recordToMerge: id(),
    noteToCorrect: id(),
    consentForRelease: id(),
    consentToRevoke: id(),
    legalBasisToEnd: id(),
    disclosureToRevoke: id(),
    contactToChange: id(),
    caseNumber: '2026-ZZZZ-ZZZZ',
    mdtMeetingId: id(),
    safetyPlanId: id(),
    certificationRequestId: id(),
    compensationClaimId: id(),
    breakGlassToReview: id(),
    contactLocationToCorrect: id(),
    placementToCorrect: id(),
    educationToCorrect: id(),
    trainingCourseId: id(),
    trainingCourseToRetire: id(),
    trainingCourseToDelete: id(),
    referralId: id(),
    capacityServiceId: id(),
    referralServiceId: id(),
    importServiceId: id(),
  };
}

export type Build = (
  r: CountyRecords,
  n: number,
) => { path: string; body?: unknown; headers?: Record<string, string> };

/** A document upload as multipart/form-data: a tiny PDF, ASCII only, so it travels as text. */
function documentForm(youthId: string, privileged: boolean) {
  const boundary = 'matrixboundary';
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  return {
    path: `/api/youth/${youthId}/documents`,
    body:
      field('category', 'legal') +
      field('title', 'Matrix court order') +
      (privileged ? field('privileged', 'true') : '') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="order.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n' +
      `--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export interface Walk {
  readonly build: Build | Readonly<Record<string, Build>>;
  /**
   * The walk goes in this order. 0: the rest. 1: consumes a record made for it in `before` (a
   * consent, legal basis, waiver or qualification to revoke, the referral to accept, the spare
   * account's password and second factor, the requests to approve or decline): the first allowed
   * call succeeds and later allowed ones answer 409, which the table accepts. 2: adds an organization to the team, which changes
   * nothing the removal row's table cell depends on. 3: removes one, so it goes last, and the
   * removed member is put back before every call (`restore`). 4: seals the main record, which
   * hides it from every other row, so after all of them; 5: lifts that seal.
   */
  readonly order?: 1 | 2 | 3 | 4 | 5;
  /** Whether an answer is a success; by default any 2xx. */
  readonly succeeded?: (response: LightMyRequestResponse) => boolean;
  readonly restore?: true;
}

/** Lantern indicators' items, as SCREENING.md lists them. */
const LANTERN_ITEMS = [
  'ran_away',
  'older_partner',
  'money_gifts',
  'hotel_stays',
  'branding',
  'phone_controlled',
  'online_explicit',
  'sex_for_needs',
  'travel',
  'fear_of_someone',
  'substance_use',
  'school_absence',
];

/** A county no record of the matrix lives in, for the transfer event. */
const ELSEWHERE = randomUUID();

/**
 * A valid event of each type, an hour before the test clock's start. None makes an automatic
 * referral (no forensic-interview criteria, no disclosure in custody), so no organization joins
 * a team and no cell of another row changes.
 */
const EVENT_DETAILS = {
  identification: { where: 'Matrix station', prostitutionRelated: false },
  protective_custody: {},
  arrest_attempt: { offenseDescription: 'Loitering (matrix)', prostitutionRelated: false },
  detention: { facility: 'Matrix juvenile hall' },
  release: { releasedTo: 'Matrix foster home' },
  placement_change: { placementType: 'Foster home' },
  missing: { fromCare: false },
  returned: { knownRunawayHistory: false },
  disclosure: { toOrganizationType: 'advocacy', inCustody: false },
  subpoena: { hearingDate: '2027-01-15' },
  hearing: { hearingDate: '2026-12-01' },
  transfer: { toJurisdictionId: ELSEWHERE },
  charging: { offenseCode: 'other', offenseDescription: 'Matrix charge' },
  screening_result: { positive: false },
} as const satisfies Record<EventTypeName, Record<string, unknown>>;

const newAccount = (n: number, organizationId: string, roles: string[]) => ({
  path: '/api/users',
  body: { email: `matrix.${n}@accounts.test`, displayName: `Matrix ${n}`, organizationId, roles },
});

/** Structured entries the matrix adds, and its world records to correct. */
export const MATRIX_ADDRESS = {
  kind: 'address',
  addressKind: 'last_known',
  line: 'Matrix shelter',
  city: 'Matrix City',
  zip: null,
  since: null,
};
export const MATRIX_PLACEMENT = {
  kind: 'placement',
  placementType: 'shelter',
  startsOn: '2026-11-01',
  endsOn: null,
  reason: 'Authorization matrix',
};
export const MATRIX_EDUCATION = {
  kind: 'education',
  school: 'Matrix High',
  grade: '9',
  enrolment: 'enrolled',
  since: null,
};

export const REQUESTS: Readonly<Record<RouteKey, Walk>> = {
  'POST /api/organizations': {
    build: (_, n) => ({
      path: '/api/organizations',
      body: { name: `Matrix ${n}`, type: 'medical' },
    }),
  },
  'PATCH /api/organizations/{id}': {
    build: (r) => ({
      path: `/api/organizations/${r.organizationToChange}`,
      body: { phone: '555-0999' },
    }),
  },
  'POST /api/users': {
    build: {
      oversight_analyst: (r, n) => newAccount(n, r.accountOrganization, ['oversight_analyst']),
      advocate: (r, n) => newAccount(n, r.advocacy, ['advocate']),
      coordinator_and_administrator: (r, n) =>
        newAccount(n, r.countyLead, ['coordinator', 'administrator']),
    },
  },
  'PATCH /api/users/{id}': {
    build: {
      language: (r) => ({ path: `/api/users/${r.userToChange}`, body: { language: 'en' } }),
      // Asked again by each allowed call: a newer request replaces the older one.
      youth_data_role: (r) => ({
        path: `/api/users/${r.spareIntakeId}`,
        body: { roles: ['provider_intake', 'advocate'] },
      }),
      reactivation: (r) => ({
        path: `/api/users/${r.deactivatedAdvocateId}`,
        body: { active: true },
      }),
      coordinator_and_administrator: (r) => ({
        path: `/api/users/${r.spareAdministratorId}`,
        body: { roles: ['administrator', 'coordinator'] },
      }),
    },
  },
  'POST /api/users/{id}/reset-password': {
    order: 1,
    build: {
      oversight_analyst: (r) => ({ path: `/api/users/${r.spareUserId}/reset-password` }),
      caseworker: (r) => ({ path: `/api/users/${r.spareCaseworkerId}/reset-password` }),
    },
  },
  'POST /api/users/{id}/unlock': { build: (r) => ({ path: `/api/users/${r.spareUserId}/unlock` }) },
  'POST /api/users/{id}/reset-mfa': {
    order: 1,
    build: {
      oversight_analyst: (r) => ({ path: `/api/users/${r.spareUserId}/reset-mfa` }),
      caseworker: (r) => ({ path: `/api/users/${r.spareCaseworkerId}/reset-mfa` }),
    },
  },
  'POST /api/point-persons': {
    build: (r, n) => ({
      path: '/api/point-persons',
      body: {
        organizationId: r.organizationToChange,
        function: 'Matrix line',
        name: `Matrix ${n}`,
      },
    }),
  },
  'PATCH /api/point-persons/{id}': {
    build: (r) => ({ path: `/api/point-persons/${r.pointPersonId}`, body: { notes: 'Reviewed' } }),
  },
  'POST /api/mous': {
    build: (r, n) => ({
      path: '/api/mous',
      body: {
        title: `Matrix agreement ${n}`,
        purpose: 'Education records (authorization matrix)',
        categories: ['education'],
        organizationIds: r.agreementParties,
        startsOn: '2026-01-01',
      },
    }),
  },
  // An open-ended agreement stays open-ended: the change is a no-op.
  'PATCH /api/mous/{id}': {
    build: (r) => ({ path: `/api/mous/${r.mouId}`, body: { endsOn: null } }),
  },
  'POST /api/mous/{id}/neighbor-parties': {
    build: (r) => ({
      path: `/api/mous/${r.mouId}/neighbor-parties`,
      body: { organizationId: r.neighborParties.toPropose },
    }),
  },
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/accept': {
    order: 1,
    build: ({ neighborParties: { toAccept } }) => ({
      path: `/api/mous/${toAccept.mouId}/neighbor-parties/${toAccept.organizationId}/accept`,
    }),
  },
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/decline': {
    order: 1,
    build: ({ neighborParties: { toDecline } }) => ({
      path: `/api/mous/${toDecline.mouId}/neighbor-parties/${toDecline.organizationId}/decline`,
    }),
  },
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/withdraw': {
    build: ({ neighborParties: { toWithdraw } }) => ({
      path: `/api/mous/${toWithdraw.mouId}/neighbor-parties/${toWithdraw.organizationId}/withdraw`,
    }),
  },
  // The profile as it stands, duties and break-glass roles unchanged.
  'PUT /api/jurisdictions/{id}/legal-profile': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/legal-profile`,
      body: r.legalProfile,
    }),
  },
  'POST /api/caseworker-qualifications': {
    build: (r) => ({
      path: '/api/caseworker-qualifications',
      body: {
        userId: r.spareCaseworkerId,
        basis: 'training',
        trainingHours: 40,
        supervisor: 'Matrix Supervisor',
        completedOn: '2026-02-01',
      },
    }),
  },
  'POST /api/caseworker-qualifications/{id}/revoke': {
    order: 1,
    build: (r) => ({ path: `/api/caseworker-qualifications/${r.qualificationToRevoke}/revoke` }),
  },
  'POST /api/notifications/{id}/read': {
    build: (r) => ({ path: `/api/notifications/${r.notificationId}/read` }),
  },
  'POST /api/approvals/{id}/approve': {
    order: 1,
    build: {
      advocacy: (r) => ({ path: `/api/approvals/${r.openingsToApprove.advocacy}/approve` }),
      child_welfare: (r) => ({
        path: `/api/approvals/${r.openingsToApprove.childWelfare}/approve`,
      }),
    },
  },
  'POST /api/approvals/{id}/decline': {
    order: 1,
    build: {
      advocacy: (r) => ({
        path: `/api/approvals/${r.openingsToDecline.advocacy}/decline`,
        body: { reason: 'Matrix check' },
      }),
      child_welfare: (r) => ({
        path: `/api/approvals/${r.openingsToDecline.childWelfare}/decline`,
        body: { reason: 'Matrix check' },
      }),
    },
  },
  'PUT /api/directory/services/{id}/capacity': {
    build: (r) => ({
      path: `/api/directory/services/${r.capacityServiceId}/capacity`,
      body: { available: 1, maximum: 8 },
    }),
  },
  'PATCH /api/directory/services/{id}/profile': {
    build: (r) => ({
      path: `/api/directory/services/${r.capacityServiceId}/profile`,
      body: { alternativeToDetention: true },
    }),
  },
  // A real change every time (the open places), so no row is identical to what is stored.
  'POST /api/directory/import': {
    build: (r, n) => ({
      path: '/api/directory/import',
      body: {
        files: {
          'lantern_services.csv': [{ service_id: r.importServiceId, capacity_available: n }],
        },
      },
    }),
    // An import that writes nothing answers 200 with the refused rows listed.
    succeeded: (response) =>
      response.statusCode === 200 && response.json<{ committed: boolean }>().committed,
  },
  'PUT /api/youth/{id}/service-plan': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/service-plan`,
      body: {
        needs: ['emergency_shelter', 'crisis_counseling', 'medical', 'legal'],
        history: 'exploited',
        excludedOrganizationIds: [],
      },
    }),
  },
  'POST /api/referrals': {
    build: (r) => ({
      path: '/api/referrals',
      body: { youthId: r.youthId, serviceId: r.referralServiceId, needs: ['medical'], note: null },
    }),
  },
  'POST /api/referrals/{id}/transitions': {
    order: 1,
    build: (r) => ({
      path: `/api/referrals/${r.referralId}/transitions`,
      body: { to: 'accepted' },
    }),
  },
  'POST /api/referrals/{id}/messages': {
    build: (r) => ({
      path: `/api/referrals/${r.referralId}/messages`,
      body: { body: 'Matrix message' },
    }),
  },
  // After the accept (order 1), within its minute (the walk never moves the clock): the first
  // allowed call undoes it, later ones answer 409.
  'POST /api/referrals/{id}/undo-accept': {
    order: 2,
    build: (r) => ({ path: `/api/referrals/${r.referralId}/undo-accept` }),
  },
  'POST /api/releases/{id}/accept': {
    build: (r) => ({ path: `/api/releases/${r.consentForRelease}/accept` }),
  },
  'POST /api/releases/{id}/decline': {
    build: (r) => ({
      path: `/api/releases/${r.consentForRelease}/decline`,
      body: { reason: 'Matrix check' },
    }),
  },
  // Empty: withdraws the caller's standing acceptance, which nobody has; nothing changes.
  'PUT /api/mous/{id}/standing-acceptance': {
    build: (r) => ({
      path: `/api/mous/${r.mouId}/standing-acceptance`,
      body: { recipientOrganizationIds: [], categories: [] },
    }),
  },
  'POST /api/youth': {
    build: (_, n) => ({
      path: '/api/youth',
      body: {
        givenName: `Matrix${n}`,
        familyName: 'Check',
        estimatedBirthYear: 2011,
        createAnyway: true,
      },
    }),
  },
  'POST /api/youth/duplicate-check': {
    build: () => ({
      path: '/api/youth/duplicate-check',
      body: { givenName: 'Maya', familyName: 'Rivera', estimatedBirthYear: 2011 },
    }),
  },
  'POST /api/youth/{id}/people': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/people`,
      body: { name: 'Matrix Aunt', relationship: 'aunt' },
    }),
  },
  'POST /api/youth/{id}/contacts': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/contacts`,
      body: { name: 'Matrix Cousin', relationship: 'cousin', status: 'not_verified' },
    }),
  },
  'PATCH /api/contacts/{id}': {
    build: (r) => ({
      path: `/api/contacts/${r.contactToChange}`,
      body: { status: 'verified', method: 'caseworker_knows' },
    }),
  },
  'POST /api/verified-contacts/check': {
    build: (r) => ({
      path: '/api/verified-contacts/check',
      body: { caseNumber: r.caseNumber, name: 'Matrix Aunt' },
    }),
  },
  'POST /api/youth/{id}/protective-orders': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/protective-orders`,
      body: {
        type: 'temporary',
        court: 'Matrix Court',
        issuedOn: TODAY,
        expiresOn: '2027-01-15',
        restrainedName: 'Matrix Restrained',
      },
    }),
  },
  'POST /api/youth/{id}/hearings': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/hearings`,
      body: {
        startsAt: '2027-01-15T17:00:00Z',
        court: 'Matrix Court',
        type: 'review',
        youthTestifies: false,
      },
    }),
  },
  'POST /api/youth/{id}/team': {
    order: 2,
    build: (r) => ({ path: `/api/youth/${r.youthId}/team`, body: r.teamAddition }),
  },
  'DELETE /api/youth/{id}/team/{organizationId}': {
    order: 3,
    restore: true,
    build: (r) => ({ path: `/api/youth/${r.youthId}/team/${r.teamRemoval.organizationId}` }),
  },
  'PATCH /api/youth/{id}/identity': {
    build: (r, n) => ({
      path: `/api/youth/${r.recordToClose}/identity`,
      body: { genderIdentity: `matrix ${String(n)}`, reason: 'Authorization matrix' },
    }),
  },
  'POST /api/youth/{id}/notes/{noteId}/corrections': {
    build: (r, n) => ({
      path: `/api/youth/${r.recordToClose}/notes/${r.noteToCorrect}/corrections`,
      body: { body: `Matrix note, corrected ${String(n)}.`, reason: 'Authorization matrix' },
    }),
  },
  'POST /api/youth/{id}/close': {
    order: 1,
    build: (r) => ({
      path: `/api/youth/${r.recordToClose}/close`,
      body: { reason: 'services_completed', note: 'Authorization matrix' },
    }),
  },
  /** After the close row (order 1): the first allowed call reopens, later ones answer 409. */
  'POST /api/youth/{id}/reopen': {
    order: 2,
    build: (r) => ({
      path: `/api/youth/${r.recordToClose}/reopen`,
      body: { note: 'Authorization matrix' },
    }),
  },
  /** The first allowed call merges; later ones answer 409 record_merged. */
  'POST /api/youth/{id}/merge': {
    build: (r) => ({
      path: `/api/youth/${r.recordToClose}/merge`,
      body: { duplicateId: r.recordToMerge, reason: 'Authorization matrix' },
    }),
  },
  /** After every other row (order 4): the first allowed call seals, later ones answer 409. */
  'POST /api/youth/{id}/seal': {
    order: 4,
    build: (r) => ({
      path: `/api/youth/${r.youthId}/seal`,
      body: { orderNumber: 'JV-MATRIX-1', orderDate: TODAY },
    }),
  },
  /** Then (order 5) the first allowed call lifts it, later ones answer 409 not_sealed. */
  'POST /api/youth/{id}/unseal': {
    order: 5,
    build: (r) => ({
      path: `/api/youth/${r.youthId}/unseal`,
      body: { orderNumber: 'JV-MATRIX-2', orderDate: TODAY },
    }),
  },
  'POST /api/youth/{id}/consents': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/consents`,
      body: {
        recipientOrganizationIds: [r.consentRecipient],
        categories: ['education'],
        purpose: 'School enrollment (authorization matrix)',
        givenBy: { kind: 'youth' },
        explainedBy: { userId: r.explainerUserId, method: 'Read aloud together', language: 'en' },
        signedAt: TODAY,
        expiresAt: '2027-02-20',
      },
    }),
  },
  'POST /api/consents/{id}/revoke': {
    order: 1,
    build: (r) => ({
      path: `/api/consents/${r.consentToRevoke}/revoke`,
      body: { reason: 'Matrix check' },
    }),
  },
  'POST /api/youth/{id}/legal-bases': {
    build: {
      statutory_duty: (r) => ({
        path: `/api/youth/${r.youthId}/legal-bases`,
        body: {
          kind: 'statutory_duty',
          dutyCode: 'advocate_call',
          recipientOrganizationIds: [r.advocacy],
          categories: ['identity'],
          description: 'Called the CSEC advocate (authorization matrix).',
          effectiveOn: TODAY,
        },
      }),
      court_order: (r) => ({
        path: `/api/youth/${r.youthId}/legal-bases`,
        body: {
          kind: 'court_order',
          recipientOrganizationIds: [r.courtOrderRecipient],
          categories: ['legal'],
          description: 'Order to share court records (authorization matrix).',
          court: 'Juvenile court',
          orderDate: '2026-11-20',
          effectiveOn: TODAY,
          expiresOn: '2027-05-01',
        },
      }),
    },
  },
  'POST /api/legal-bases/{id}/end': {
    order: 1,
    build: (r) => ({ path: `/api/legal-bases/${r.legalBasisToEnd}/end` }),
  },
  'POST /api/youth/{id}/notes': {
    build: {
      case: (r) => ({
        path: `/api/youth/${r.youthId}/notes`,
        body: { kind: 'case', category: 'case_notes', body: 'Matrix case note.' },
      }),
      privileged: (r) => ({
        path: `/api/youth/${r.youthId}/notes`,
        body: { kind: 'privileged', body: 'Matrix privileged note.' },
      }),
    },
  },
  'POST /api/youth/{id}/documents': {
    build: {
      case: (r) => documentForm(r.youthId, false),
      privileged: (r) => documentForm(r.youthId, true),
    },
  },
  'POST /api/youth/{id}/privilege-disclosures': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/privilege-disclosures`,
      body: {
        kind: 'waiver',
        recipientOrganizationIds: [r.disclosureRecipient],
        periodFrom: '2020-01-01',
        periodTo: '2020-01-02',
        expiresOn: '2027-01-01',
        signedOn: TODAY,
      },
    }),
  },
  'POST /api/privilege-disclosures/{id}/revoke': {
    order: 1,
    build: (r) => ({ path: `/api/privilege-disclosures/${r.disclosureToRevoke}/revoke` }),
  },
  'POST /api/youth/{id}/mandated-reports': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/mandated-reports`,
      body: {
        kind: 'child_abuse_or_neglect',
        reportedTo: 'Child abuse hotline',
        reportedAt: `${TODAY}T09:00:00Z`,
        content: 'Matrix report.',
      },
    }),
  },
  'POST /api/youth/{id}/break-glass': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/break-glass`,
      body: {
        category: 'placement',
        reason: 'Imminent danger: she may be moved tonight (matrix).',
      },
    }),
  },
  // Needs follow-up keeps it open, so every coordinator allowed succeeds.
  'POST /api/break-glass/reviews/{id}': {
    build: (r) => ({
      path: `/api/break-glass/reviews/${r.breakGlassToReview}`,
      body: { outcome: 'needs_follow_up', comment: 'Matrix review.' },
    }),
  },
  'POST /api/youth/{id}/events': {
    build: Object.fromEntries(
      (Object.keys(EVENT_DETAILS) as EventTypeName[]).map((type): [string, Build] => [
        type,
        (r) => ({
          path: `/api/youth/${r.youthId}/events`,
          body: { type, occurredAt: `${TODAY}T09:00:00Z`, details: EVENT_DETAILS[type] },
        }),
      ]),
    ),
  },
  // Safety plans: a general plan needs no party on the team; the save edits version 1, so after
  // the first allowed save the others are stale (409, which the walk accepts).
  'POST /api/youth/{id}/safety-plans': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/safety-plans`,
      body: { type: 'general', warningSigns: ['Matrix check'], writtenWithYouth: false },
    }),
  },
  // Structured entries: each add is a new entry; the first allowed correction supersedes the
  // entry, later ones answer 409 already_corrected.
  'POST /api/youth/{id}/contact-locations': {
    build: (r) => ({ path: `/api/youth/${r.youthId}/contact-locations`, body: MATRIX_ADDRESS }),
  },
  'POST /api/youth/{id}/placements': {
    build: (r) => ({ path: `/api/youth/${r.youthId}/placements`, body: MATRIX_PLACEMENT }),
  },
  'POST /api/youth/{id}/education': {
    build: (r) => ({ path: `/api/youth/${r.youthId}/education`, body: MATRIX_EDUCATION }),
  },
  'PUT /api/youth/{id}/contact-locations/{entryId}': {
    build: (r, n) => ({
      path: `/api/youth/${r.youthId}/contact-locations/${r.contactLocationToCorrect}`,
      body: { ...MATRIX_ADDRESS, correctionReason: `Matrix ${String(n)}` },
    }),
  },
  'PUT /api/youth/{id}/placements/{entryId}': {
    build: (r, n) => ({
      path: `/api/youth/${r.youthId}/placements/${r.placementToCorrect}`,
      body: { ...MATRIX_PLACEMENT, endsOn: TODAY, correctionReason: `Matrix ${String(n)}` },
    }),
  },
  'PUT /api/youth/{id}/education/{entryId}': {
    build: (r, n) => ({
      path: `/api/youth/${r.youthId}/education/${r.educationToCorrect}`,
      body: { ...MATRIX_EDUCATION, correctionReason: `Matrix ${String(n)}` },
    }),
  },
  // MDT meetings: the agenda keeps the youth's case; every decision is a new task, every minutes
  // entry a new row, so each allowed call succeeds again.
  // Training records: a course of its own title each time; a completion of the county's spare
  // caseworker (of its advocacy organization) of the county's course, a renewal each time.
  'POST /api/training/courses': {
    build: (_, n) => ({
      path: '/api/training/courses',
      body: { title: `Matrix course ${String(n)}`, topic: 'Matrix', hours: 2, validityMonths: 12 },
    }),
  },
  // An edit of its topic succeeds again; retiring a retired course answers it as it is; the
  // course to delete goes at the first allowed call.
  'PATCH /api/training/courses/{id}': {
    build: (r, n) => ({
      path: `/api/training/courses/${r.trainingCourseId}`,
      body: { topic: `Matrix ${String(n)}` },
    }),
  },
  'POST /api/training/courses/{id}/retire': {
    build: (r) => ({ path: `/api/training/courses/${r.trainingCourseToRetire}/retire` }),
  },
  'DELETE /api/training/courses/{id}': {
    build: (r) => ({ path: `/api/training/courses/${r.trainingCourseToDelete}` }),
  },
  'POST /api/training/completions': {
    build: (r) => ({
      path: '/api/training/completions',
      body: {
        userId: r.spareCaseworkerId,
        courseId: r.trainingCourseId,
        completedOn: '2026-11-01',
        evidence: 'Matrix certificate',
      },
    }),
  },
  'POST /api/mdt-meetings': {
    build: (r) => ({
      path: '/api/mdt-meetings',
      body: { startsAt: `${TODAY}T20:00:00Z`, attendeeOrganizationIds: [r.advocacy] },
    }),
  },
  'PATCH /api/mdt-meetings/{id}/agenda': {
    build: (r) => ({
      path: `/api/mdt-meetings/${r.mdtMeetingId}/agenda`,
      body: { caseNumbers: [r.caseNumber] },
    }),
  },
  'POST /api/mdt-meetings/{id}/attendance': {
    build: (r) => ({
      path: `/api/mdt-meetings/${r.mdtMeetingId}/attendance`,
      body: { attendance: [{ organizationId: r.advocacy, present: true }] },
    }),
  },
  'POST /api/mdt-meetings/{id}/minutes': {
    build: (r) => ({
      path: `/api/mdt-meetings/${r.mdtMeetingId}/minutes`,
      body: { body: 'Matrix minutes' },
    }),
  },
  'POST /api/mdt-meetings/{id}/decisions': {
    build: (r) => ({
      path: `/api/mdt-meetings/${r.mdtMeetingId}/decisions`,
      body: {
        youthId: r.youthId,
        title: 'Matrix decision',
        text: 'Matrix decision',
        categories: ['case_notes'],
        ownerOrganizationId: r.advocacy,
        dueOn: '2026-11-30',
      },
    }),
  },
  'POST /api/mdt-meetings/{id}/reviewed': {
    build: (r) => ({
      path: `/api/mdt-meetings/${r.mdtMeetingId}/reviewed`,
      body: { youthId: r.youthId },
    }),
  },
  'PUT /api/safety-plans/{id}': {
    build: (r) => ({
      path: `/api/safety-plans/${r.safetyPlanId}`,
      body: { type: 'general', warningSigns: ['Matrix save'], writtenWithYouth: false, version: 1 },
    }),
  },
  // Legal matters: an outside agency needs no organization id; after the first allowed outcome or
  // change the others find it answered or stale (409, which the walk accepts).
  'POST /api/youth/{id}/certification-requests': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/certification-requests`,
      body: {
        visaKind: 'u_visa',
        outsideAgencyName: 'Matrix Agency',
        receivedOn: TODAY,
        removalProceedings: false,
      },
    }),
  },
  'POST /api/certification-requests/{id}/outcome': {
    build: (r) => ({
      path: `/api/certification-requests/${r.certificationRequestId}/outcome`,
      body: { outcome: 'certified' },
    }),
  },
  'POST /api/youth/{id}/compensation-claims': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/compensation-claims`,
      body: { program: 'Matrix program', crimeDate: '2026-01-01', status: 'planned' },
    }),
  },
  'PATCH /api/compensation-claims/{id}': {
    build: (r) => ({
      path: `/api/compensation-claims/${r.compensationClaimId}`,
      body: { version: 1, amountRequestedCents: 100 },
    }),
  },
  'PUT /api/youth/{id}/missing-profile': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/missing-profile`,
      body: {
        height: 'Matrix height',
        build: null,
        hair: null,
        eyes: null,
        marks: null,
        riskLevel: 'elevated',
        photoConsent: false,
      },
    }),
  },
  'POST /api/tasks/{id}/take': {
    order: 1,
    build: (r) => ({ path: `/api/tasks/${r.tasks.toTake}/take` }),
  },
  'POST /api/tasks/{id}/complete': {
    order: 1,
    build: (r) => ({ path: `/api/tasks/${r.tasks.toComplete}/complete` }),
  },
  'POST /api/tasks/{id}/cancel': {
    order: 1,
    build: {
      assignee: (r) => ({
        path: `/api/tasks/${r.tasks.toCancel}/cancel`,
        body: { reason: 'Matrix check' },
      }),
      other_organization: (r) => ({
        path: `/api/tasks/${r.tasks.otherOrganizationToCancel}/cancel`,
        body: { reason: 'Matrix check' },
      }),
    },
  },
  // Inactive: each save is a new version of a rule that never fires.
  'PUT /api/jurisdictions/{id}/protocol/rules/{key}': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/protocol/rules/matrix-check`,
      body: {
        rule: {
          name: 'Matrix check',
          trigger: 'hearing',
          conditions: [],
          actions: [{ kind: 'notify', to: { kind: 'coordinator' }, message: 'Matrix check' }],
          source: 'Authorization matrix',
        },
        active: false,
      },
    }),
  },
  // The decisions and the holidays as they stand: the change is a no-op.
  'PUT /api/jurisdictions/{id}/protocol/settings': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/protocol/settings`,
      body: r.protocolSettings,
    }),
  },
  'PUT /api/jurisdictions/{id}/protocol/holidays': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/protocol/holidays`,
      body: { holidays: r.holidays },
    }),
  },
  // A key every county holds: the answer lists it as already in the county; nothing changes.
  'POST /api/jurisdictions/{id}/protocol/pack': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/protocol/pack`,
      body: { keys: ['missing-ncic'] },
    }),
  },
  'POST /api/jurisdictions/{id}/protocol/dry-run': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/protocol/dry-run`,
      body: {
        youthId: r.youthId,
        event: {
          type: 'identification',
          occurredAt: `${TODAY}T09:00:00Z`,
          details: EVENT_DETAILS.identification,
        },
      },
    }),
  },
  'POST /api/youth/{id}/screenings': {
    build: (r) => ({
      path: `/api/youth/${r.youthId}/screenings`,
      body: {
        instrumentKey: 'lantern-indicators',
        language: 'en',
        answers: Object.fromEntries(LANTERN_ITEMS.map((item) => [item, 'no'])),
      },
    }),
  },
  'POST /api/jurisdictions/{id}/screening-instruments': {
    build: (r, n) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/screening-instruments`,
      body: {
        definition: {
          key: 'matrix-screen',
          name: { en: `Matrix screen ${n}` },
          languages: ['en'],
          items: [{ id: 'q1', text: { en: 'Matrix?' }, answer: { type: 'yes_no_unsure' } }],
          scoring: { method: 'count_positive', threshold: 1 },
          administeredBy: ['advocate'],
          minimumAge: 10,
          source: 'Matrix test',
        },
      },
    }),
  },
  'PUT /api/jurisdictions/{id}/screening-schedule': {
    build: (r) => ({
      path: `/api/jurisdictions/${r.jurisdictionId}/screening-schedule`,
      body: {},
    }),
  },
};
