// The authorization matrix's expected answers, written from the rules (README, docs/ARCHITECTURE.md,
// docs/CONFIDENTIALITY.md), never read from src/domain or from a run: for every mutation of the
// OpenAPI document, who may succeed on a record of their own county, and who may only ask: where a
// change takes a second person (README, "A second person"), the answer is 202 with a request that
// waits for an approver, which is not access, and a success at once is a violation. Nobody
// succeeds or asks on a record of another county or on an unknown id.
// authorization-matrix.test.ts walks every demo account over every row and fails on any 2xx this
// table does not allow.
//
// Adding a route: add its row here and its request in authorization-matrix.requests.ts; the test
// fails until both exist. For a route with an id, `allows` speaks of the caller's own county's record named in
// the row's comment; `hidesOtherCounty` says another county's record must be answered exactly
// like an unknown id (status, code and message). The protocol engine's rows are written from
// docs/PROTOCOL.md.
import type { OrganizationType, Role } from '../../src/domain/vocabulary.js';

export type County = 'demo' | 'neighbor';
/** own: a record of the caller's county; other: the same kind of record of the other county. */
export type Relationship = 'own' | 'other' | 'unknown' | 'none';

export interface Account {
  readonly email: string;
  readonly county: County;
  readonly role: Role;
  readonly organization: OrganizationType;
}

const account = (email: string, role: Role, organization: OrganizationType): Account => ({
  email,
  county: email.endsWith('@neighbor.test') ? 'neighbor' : 'demo',
  role,
  organization,
});

/** The README's demo logins: 15 in Demo County, 4 in Neighbor County, one role each. */
export const ACCOUNTS: readonly Account[] = [
  account('advocate@demo.test', 'advocate', 'advocacy'),
  /** Harbor Light's program director, its point person: she approves its accounts. */
  account('supervisor@demo.test', 'advocate', 'advocacy'),
  account('childwelfare@demo.test', 'child_welfare_worker', 'child_welfare'),
  account('probation@demo.test', 'probation_officer', 'probation'),
  account('intake@demo.test', 'juvenile_hall_intake', 'probation'),
  account('police@demo.test', 'law_enforcement_officer', 'law_enforcement'),
  account('da@demo.test', 'prosecutor', 'district_attorney'),
  account('court@demo.test', 'court_clerk', 'juvenile_court'),
  account('cac@demo.test', 'forensic_interviewer', 'child_advocacy_center'),
  account('medical@demo.test', 'medical_provider', 'medical'),
  account('mentalhealth@demo.test', 'mental_health_provider', 'mental_health'),
  account('provider@demo.test', 'provider_intake', 'community_provider'),
  account('coordinator@demo.test', 'coordinator', 'county_lead'),
  account('oversight@demo.test', 'oversight_analyst', 'oversight'),
  account('admin@demo.test', 'administrator', 'county_lead'),
  account('advocate@neighbor.test', 'advocate', 'advocacy'),
  account('police@neighbor.test', 'law_enforcement_officer', 'law_enforcement'),
  account('coordinator@neighbor.test', 'coordinator', 'county_lead'),
  account('admin@neighbor.test', 'administrator', 'county_lead'),
];

/**
 * The world the test's `before` leaves in each county (it checks the team against the API before
 * walking). Demo County: Maya's case as the README tells it (opened by the police; the advocate,
 * child welfare, the clinic and the district attorney on the team; the advocate records the
 * consents and is the qualified caseworker), plus the juvenile court, which the coordinator adds
 * so that court orders have a recorder, and the advocate's referral to the clinic's Teen Health
 * service. Neighbor County: a youth opened by the sheriff, with its advocacy organization on the
 * team; the same kinds of records, made through the API by Neighbor accounts.
 */
export interface CountyFacts {
  readonly team: readonly OrganizationType[];
  readonly opener: OrganizationType;
  /** Recorded the consents the rows use (the release asked of the other holders, the revoked one). */
  readonly consentRecorder: OrganizationType;
  /** Recorded the statutory duty that the end row ends. */
  readonly legalBasisRecorder: OrganizationType;
  readonly qualifiedCaseworkers: readonly string[];
  /** Wrote the waiver that the revoke row revokes. */
  readonly disclosureAuthor: OrganizationType;
  readonly referralSender: OrganizationType;
  readonly referralReceiver: OrganizationType;
  /** The agency linked to the directory service whose capacity the capacity row updates. */
  readonly capacityProvider: OrganizationType;
  /** The organization the team-removal row removes. */
  readonly teamRemovalTarget: OrganizationType;
  /** The parties to the county's interagency agreement. */
  readonly agreementParties: readonly OrganizationType[];
  /**
   * Accounts whose email is that of an active point person of their own organization (the test
   * checks this against the API): with youth-data roles in effect, they approve for it.
   */
  readonly pointPersonAccounts: readonly string[];
  /** The organization the protocol gave the tasks the task rows take, complete and cancel. */
  readonly taskAssignee: OrganizationType;
}

export const FACTS: Readonly<Record<County, CountyFacts>> = {
  demo: {
    team: [
      'law_enforcement',
      'advocacy',
      'child_welfare',
      'medical',
      'district_attorney',
      'juvenile_court',
    ],
    opener: 'law_enforcement',
    consentRecorder: 'advocacy',
    legalBasisRecorder: 'law_enforcement',
    qualifiedCaseworkers: ['advocate@demo.test'],
    disclosureAuthor: 'advocacy',
    referralSender: 'advocacy',
    referralReceiver: 'medical',
    capacityProvider: 'community_provider',
    teamRemovalTarget: 'district_attorney',
    agreementParties: [
      'advocacy',
      'child_welfare',
      'probation',
      'law_enforcement',
      'district_attorney',
      'juvenile_court',
      'child_advocacy_center',
      'medical',
      'mental_health',
      'community_provider',
      'county_lead',
      'oversight',
    ],
    pointPersonAccounts: [
      'supervisor@demo.test',
      'da@demo.test',
      'cac@demo.test',
      'medical@demo.test',
      'mentalhealth@demo.test',
      'provider@demo.test',
      'coordinator@demo.test',
    ],
    taskAssignee: 'advocacy',
  },
  neighbor: {
    team: ['law_enforcement', 'advocacy'],
    opener: 'law_enforcement',
    consentRecorder: 'advocacy',
    legalBasisRecorder: 'law_enforcement',
    qualifiedCaseworkers: ['advocate@neighbor.test'],
    disclosureAuthor: 'advocacy',
    referralSender: 'law_enforcement',
    referralReceiver: 'advocacy',
    capacityProvider: 'advocacy',
    teamRemovalTarget: 'advocacy',
    agreementParties: ['advocacy', 'law_enforcement', 'county_lead'],
    pointPersonAccounts: [
      'advocate@neighbor.test',
      'police@neighbor.test',
      'coordinator@neighbor.test',
    ],
    taskAssignee: 'advocacy',
  },
};

/**
 * What the rules let an account do with a record of its own county. true: it succeeds at once
 * (200, 201, 204). 'asks': it may only ask, and the change waits for a second person (202); a
 * success at once is a violation. { refused }: it is refused with 403 and this code. false: it is
 * refused (403 or 404, or a refusal the row names).
 */
export type Expected = boolean | 'asks' | { readonly refused: string };
type Allows = (account: Account, facts: CountyFacts) => Expected;

/**
 * A refusal that is not 403/404, named where the route answers so: an id of the body checked
 * against the caller's county (400), or a party told where a record stands before being told the
 * step is not theirs (409).
 */
export interface OtherRefusal {
  readonly status: 400 | 409;
  readonly code: string;
  readonly when: (account: Account, relationship: Relationship, facts: CountyFacts) => boolean;
}

export interface Row {
  /** Whether the request names a record (in its path or its body); without, relationship `none`. */
  readonly ids: boolean;
  /**
   * Who may succeed, or only ask, on their own county's record; variants when the body or the
   * record decides (e.g. a kind, or whether the account's roles see youth data).
   */
  readonly allows: Allows | Readonly<Record<string, Allows>>;
  readonly hidesOtherCounty?: true;
  readonly refusals?: readonly OtherRefusal[];
}

// --- the rules, in the docs' words ---

/**
 * Administrators and oversight analysts never read a case nor act on one (CONFIDENTIALITY); nor
 * does juvenile hall intake, whose one window is the custody notices (MISSING-AND-CUSTODY).
 */
const worksCases = (a: Account) =>
  a.role !== 'administrator' && a.role !== 'oversight_analyst' && a.role !== 'juvenile_hall_intake';
const administrator = (a: Account) => a.role === 'administrator';
/** The coordinator keeps point persons, agreements, the legal profile, qualifications, directory. */
const coordinatorOrAdministrator = (a: Account) =>
  a.role === 'coordinator' || a.role === 'administrator';
const countyCoordinator = (a: Account) =>
  a.role === 'coordinator' && a.organization === 'county_lead';
const onTeam = (a: Account, f: CountyFacts) => worksCases(a) && f.team.includes(a.organization);
/** README: consent is recorded by the people who serve the youth. */
const SERVES_YOUTH: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'medical_provider',
  'mental_health_provider',
  'forensic_interviewer',
  'provider_intake',
];
/** LEGAL-AND-MDT.md, "Protective orders and hearings": who records a protective order. */
const ORDER_RECORDERS: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'law_enforcement_officer',
  'prosecutor',
  'victim_witness_staff',
  'court_clerk',
];
/** CONFIDENTIALITY, "Who writes which category": placement, by who places or shelters her. */
const PLACEMENT_WRITERS: readonly OrganizationType[] = [
  'child_welfare',
  'probation',
  'law_enforcement',
  'juvenile_court',
  'community_provider',
];
/** Education, by who keeps her in school. */
const EDUCATION_WRITERS: readonly OrganizationType[] = [
  'advocacy',
  'child_welfare',
  'probation',
  'mental_health',
  'community_provider',
];
/** CONFIDENTIALITY, "Verified contacts": advocates and child welfare list people around a youth. */
const CONTACT_LISTERS: readonly Role[] = ['advocate', 'child_welfare_worker'];
const servesOnTeam: Allows = (a, f) => onTeam(a, f) && SERVES_YOUTH.includes(a.role);
/** SCREENING.md: who administers Lantern indicators. */
const SCREENERS: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'medical_provider',
  'mental_health_provider',
  'forensic_interviewer',
  'provider_intake',
];
/** CONFIDENTIALITY: court orders are recorded by the court clerk or judge. */
const court = (a: Account) => a.role === 'court_clerk' || a.role === 'judge';
/** CONFIDENTIALITY: break-glass by default for everyone who works cases but prosecution and court. */
const NO_BREAK_GLASS: readonly Role[] = [
  'prosecutor',
  'victim_witness_staff',
  'court_clerk',
  'judge',
];
/** CONFIDENTIALITY: privileged work is the qualified caseworkers' of advocacy or community providers. */
const qualifiedOnTeam: Allows = (a, f) =>
  onTeam(a, f) &&
  (a.organization === 'advocacy' || a.organization === 'community_provider') &&
  f.qualifiedCaseworkers.includes(a.email);

/** README, "A second person": the change waits for an approver; whoever may ask gets a request only. */
const asks =
  (who: (a: Account) => boolean): Allows =>
  (a) =>
    who(a) ? 'asks' : false;
/** ARCHITECTURE: an administrator holds no other role, whoever asks for it. */
const administratorAlone: Allows = (a) =>
  administrator(a) ? { refused: 'role_combination' } : false;
/**
 * README, "A second person": an approver is an active account of the organization of the account
 * the request is about, whose email is that of one of its point persons and whose own roles (that
 * see youth data) are in effect; where the organization has none, the county lead's coordinators.
 * Never the person who asked nor the account itself: in the approval rows, the county's
 * administrator, whose roles see no youth data anyway, and a new account nobody signs in to.
 */
const approvesFor =
  (organization: OrganizationType): Allows =>
  (a, f) => {
    const approver = (b: Account) =>
      b.county === a.county &&
      b.organization === organization &&
      worksCases(b) &&
      f.pointPersonAccounts.includes(b.email);
    return ACCOUNTS.some(approver) ? approver(a) : countyCoordinator(a);
  };

/**
 * PROTOCOL.md, Events: who records each type, in the table's words (police, advocates, ...). The
 * demo accounts hold no judge's or victim-witness staff's role, but the table names them all.
 */
export const EVENT_RECORDERS = {
  identification: [
    'law_enforcement_officer',
    'child_welfare_worker',
    'probation_officer',
    'advocate',
    'medical_provider',
    'mental_health_provider',
    'forensic_interviewer',
    'provider_intake',
  ],
  protective_custody: ['law_enforcement_officer', 'child_welfare_worker'],
  arrest_attempt: ['law_enforcement_officer'],
  detention: ['law_enforcement_officer', 'probation_officer', 'court_clerk'],
  release: ['probation_officer', 'court_clerk', 'judge'],
  placement_change: ['child_welfare_worker', 'probation_officer'],
  missing: [
    'child_welfare_worker',
    'probation_officer',
    'law_enforcement_officer',
    'advocate',
    'provider_intake',
  ],
  // "the same" as missing
  returned: [
    'child_welfare_worker',
    'probation_officer',
    'law_enforcement_officer',
    'advocate',
    'provider_intake',
  ],
  disclosure: [
    'medical_provider',
    'mental_health_provider',
    'advocate',
    'forensic_interviewer',
    'child_welfare_worker',
    'probation_officer',
  ],
  subpoena: ['prosecutor', 'victim_witness_staff', 'court_clerk'],
  hearing: ['prosecutor', 'victim_witness_staff', 'court_clerk', 'judge'],
  transfer: ['coordinator', 'child_welfare_worker', 'probation_officer', 'court_clerk'],
  charging: ['prosecutor'],
  // SCREENING.md: "nobody types it; completing a screening records it".
  screening_result: [],
} as const satisfies Readonly<Record<string, readonly Role[]>>;
export type EventTypeName = keyof typeof EVENT_RECORDERS;

/**
 * PROTOCOL.md, Events: "Who records needs the case open to them (their organization on the team)
 * and a role from the table".
 */
const recordsEvent =
  (type: EventTypeName): Allows =>
  (a, f) =>
    onTeam(a, f) && (EVENT_RECORDERS[type] as readonly Role[]).includes(a.role);
/**
 * CONFIDENTIALITY.md, Safety plans: written by advocates, child welfare workers, probation
 * officers, victim-witness staff, mental health providers and provider intake.
 */
const PLAN_WRITERS: readonly Role[] = [
  'advocate',
  'child_welfare_worker',
  'probation_officer',
  'victim_witness_staff',
  'mental_health_provider',
  'provider_intake',
];
/**
 * PROTOCOL.md, Tasks: "The assignee organization's people act on its tasks; the coordinator may
 * read and cancel any task of the county"; administrators and oversight act on no case.
 */
const assigneeOf: Allows = (a, f) => worksCases(a) && a.organization === f.taskAssignee;

const unknownOrganization = (who: (a: Account) => boolean, ...relationships: Relationship[]) => ({
  status: 400 as const,
  code: 'unknown_organization',
  when: (a: Account, r: Relationship) => who(a) && relationships.includes(r),
});

export const MATRIX = {
  // --- administration (README Production; ARCHITECTURE: administration.ts) ---
  'POST /api/organizations': { ids: false, allows: administrator },
  /** The county's clinic (Neighbor: the sheriff). */
  'PATCH /api/organizations/{id}': { ids: true, allows: administrator },
  /**
   * organizationId: the county's oversight organization for an oversight analyst, whose role sees
   * no youth data; its advocacy organization for an advocate, whose role does; its county lead
   * for a coordinator who would also be an administrator.
   */
  'POST /api/users': {
    ids: true,
    allows: {
      oversight_analyst: administrator,
      advocate: asks(administrator),
      coordinator_and_administrator: administratorAlone,
    },
    refusals: [unknownOrganization(administrator, 'other', 'unknown')],
  },
  /**
   * language: the county's police officer's account. youth_data_role: a spare provider intake of a
   * community provider given the advocate role too. reactivation: a deactivated spare advocate.
   * coordinator_and_administrator: a spare administrator given the coordinator role too.
   */
  'PATCH /api/users/{id}': {
    ids: true,
    allows: {
      language: administrator,
      youth_data_role: asks(administrator),
      reactivation: asks(administrator),
      coordinator_and_administrator: administratorAlone,
    },
  },
  /**
   * A spare account of the county, which nobody signs in to: an oversight analyst's (sees no
   * youth data), or a caseworker's of its advocacy organization (does).
   */
  'POST /api/users/{id}/reset-password': {
    ids: true,
    allows: { oversight_analyst: administrator, caseworker: asks(administrator) },
  },
  /** The spare oversight analyst's account: unlocking gives no one new credentials. */
  'POST /api/users/{id}/unlock': { ids: true, allows: administrator },
  /** As for the password. */
  'POST /api/users/{id}/reset-mfa': {
    ids: true,
    allows: { oversight_analyst: administrator, caseworker: asks(administrator) },
  },
  /** organizationId: the county's clinic (Neighbor: the sheriff). The organization is looked up first. */
  'POST /api/point-persons': {
    ids: true,
    allows: coordinatorOrAdministrator,
    refusals: [unknownOrganization(() => true, 'unknown')],
  },
  'PATCH /api/point-persons/{id}': { ids: true, allows: coordinatorOrAdministrator },
  /** Parties: two organizations of the county; an agreement's parties are all of its county. */
  'POST /api/mous': {
    ids: true,
    allows: coordinatorOrAdministrator,
    refusals: [unknownOrganization(coordinatorOrAdministrator, 'other', 'unknown')],
  },
  /** The county's interagency agreement. */
  'PATCH /api/mous/{id}': { ids: true, allows: coordinatorOrAdministrator },
  /**
   * CONFIDENTIALITY, Agreements across counties: the agreement's county's coordinator proposes an
   * organization of the other county (body: one of the other county's); an administrator does not.
   * Another county's agreement is refused (403 where one of the caller's organizations is already
   * proposed on it, which the world arranges, else 404).
   */
  'POST /api/mous/{id}/neighbor-parties': { ids: true, allows: countyCoordinator },
  /**
   * The other county's agreement proposing an organization of the caller's county: only the
   * caller's county's coordinator answers, never the proposer's county nor an administrator.
   */
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/accept': {
    ids: true,
    allows: countyCoordinator,
  },
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/decline': {
    ids: true,
    allows: countyCoordinator,
  },
  /**
   * The caller's county's own proposal, not yet answered: only its coordinator withdraws it; the
   * proposed organization's county may only answer it (403), a third relationship 404.
   */
  'POST /api/mous/{id}/neighbor-parties/{organizationId}/withdraw': {
    ids: true,
    allows: countyCoordinator,
  },
  /** README: a legal profile is recorded by its coordinator or administrator. */
  'PUT /api/jurisdictions/{id}/legal-profile': { ids: true, allows: coordinatorOrAdministrator },
  /**
   * userId: a spare caseworker of the county's advocacy organization. README: it counts once an
   * approver of the caseworker's organization approves it.
   */
  'POST /api/caseworker-qualifications': {
    ids: true,
    allows: asks(coordinatorOrAdministrator),
  },
  /** Another spare caseworker's qualification. */
  'POST /api/caseworker-qualifications/{id}/revoke': {
    ids: true,
    allows: coordinatorOrAdministrator,
  },
  /** One of the county coordinator's notifications: only its recipient marks it read. */
  'POST /api/notifications/{id}/read': { ids: true, allows: countyCoordinator },

  // --- approvals (README, "A second person"; another county's request answers like an unknown id) ---
  /**
   * The county administrator's request to open an account at the county's advocacy organization
   * (Demo: Harbor Light, whose program director is its point person), or at its child welfare
   * agency (whose point person has no account). Each row and variant decides its own request.
   */
  'POST /api/approvals/{id}/approve': {
    ids: true,
    allows: { advocacy: approvesFor('advocacy'), child_welfare: approvesFor('child_welfare') },
    hidesOtherCounty: true,
  },
  /** README: the same people as for approving. */
  'POST /api/approvals/{id}/decline': {
    ids: true,
    allows: { advocacy: approvesFor('advocacy'), child_welfare: approvesFor('child_welfare') },
    hidesOtherCounty: true,
  },

  // --- the directory (README: capacity by the provider, coordinator or administrator) ---
  /** Demo: New Horizons' shelter; Neighbor: a service it imported, answered by its advocacy org. */
  'PUT /api/directory/services/{id}/capacity': {
    ids: true,
    allows: (a, f) => a.organization === f.capacityProvider || coordinatorOrAdministrator(a),
  },
  /**
   * A lantern_services.csv row for a service of the county's directory (docs: the directory is
   * shared, every record is owned by a county, and only the owner changes it). A row naming an
   * unknown service is refused in the report (committed: false).
   */
  'POST /api/directory/import': { ids: true, allows: coordinatorOrAdministrator },
  /**
   * The capacity row's service, marked an alternative to detention (docs/MISSING-AND-CUSTODY.md:
   * the service's owner marks it, like the rest of its profile; the provider does not).
   */
  'PATCH /api/directory/services/{id}/profile': { ids: true, allows: coordinatorOrAdministrator },

  // --- matching and referrals ---
  'PUT /api/youth/{id}/service-plan': { ids: true, allows: onTeam, hidesOtherCounty: true },
  /** youthId and serviceId of one county: a draft, by a team member. */
  'POST /api/referrals': { ids: true, allows: onTeam, hidesOtherCounty: true },
  /**
   * The referral sent in `before`, moved to accepted: a step of the receiving organization. The
   * sender, a party that reads the referral anyway, hears 409 once it is accepted.
   */
  'POST /api/referrals/{id}/transitions': {
    ids: true,
    allows: (a, f) => worksCases(a) && a.organization === f.referralReceiver,
    hidesOtherCounty: true,
    refusals: [
      {
        status: 409,
        code: 'impossible',
        when: (a, r, f) => r === 'own' && worksCases(a) && a.organization === f.referralSender,
      },
    ],
  },

  /**
   * The thread of the referral sent in `before` (issue 15): its two sides write, under the rule
   * that decides who reads the referral; the coordinator, who reads the referral, does not.
   */
  'POST /api/referrals/{id}/messages': {
    ids: true,
    allows: (a, f) =>
      worksCases(a) &&
      (a.organization === f.referralSender || a.organization === f.referralReceiver),
    hidesOtherCounty: true,
  },
  /** The receiver's accept (the transitions row) undone within its minute, by the receiver. */
  'POST /api/referrals/{id}/undo-accept': {
    ids: true,
    allows: (a, f) => worksCases(a) && a.organization === f.referralReceiver,
    hidesOtherCounty: true,
  },

  // --- releases (CONFIDENTIALITY: each holder answers for its own data; not the recorder) ---
  'POST /api/releases/{id}/accept': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization !== f.consentRecorder,
    hidesOtherCounty: true,
  },
  'POST /api/releases/{id}/decline': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization !== f.consentRecorder,
    hidesOtherCounty: true,
  },
  /**
   * A party's own point person, for its own data: the coordinator as manager cannot set it for
   * another, nor can a party's worker who is not its point person.
   */
  'PUT /api/mous/{id}/standing-acceptance': {
    ids: true,
    allows: (a, f) =>
      worksCases(a) &&
      f.agreementParties.includes(a.organization) &&
      f.pointPersonAccounts.includes(a.email),
  },

  // --- youth records ---
  'POST /api/youth': { ids: false, allows: worksCases },
  'POST /api/youth/duplicate-check': { ids: false, allows: worksCases },
  'POST /api/youth/{id}/people': { ids: true, allows: servesOnTeam, hidesOtherCounty: true },
  /**
   * Adds an organization without accounts (so no cell of the walk changes when it joins): the
   * team itself, or the county coordinator (the protocol assigns teams).
   */
  'POST /api/youth/{id}/team': {
    ids: true,
    allows: (a, f) => onTeam(a, f) || countyCoordinator(a),
    hidesOtherCounty: true,
  },
  /** Removes the target: itself, the organization that opened the record, or the coordinator. */
  'DELETE /api/youth/{id}/team/{organizationId}': {
    ids: true,
    allows: (a, f) =>
      worksCases(a) &&
      ((onTeam(a, f) && [f.teamRemovalTarget, f.opener].includes(a.organization)) ||
        countyCoordinator(a)),
    hidesOtherCounty: true,
  },
  /**
   * CONFIDENTIALITY, "Records corrected, closed and merged", on a record the county's police
   * opened and alone are on the team of: whoever reads its identity corrects it (the police, the
   * opener); the opener or the county coordinator closes it; the team or the coordinator
   * reopens it (after the close row).
   */
  'PATCH /api/youth/{id}/identity': {
    ids: true,
    allows: (a) => worksCases(a) && a.organization === 'law_enforcement',
    hidesOtherCounty: true,
  },
  /** The note's writer (the police) only: no organization writes into another's data. */
  'POST /api/youth/{id}/notes/{noteId}/corrections': {
    ids: true,
    allows: (a) => worksCases(a) && a.organization === 'law_enforcement',
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/close': {
    ids: true,
    allows: (a) => countyCoordinator(a) || (worksCases(a) && a.organization === 'law_enforcement'),
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/reopen': {
    ids: true,
    allows: (a) => countyCoordinator(a) || (worksCases(a) && a.organization === 'law_enforcement'),
    hidesOtherCounty: true,
  },
  /** CONFIDENTIALITY, "Merging a duplicate": the county coordinator only. */
  'POST /api/youth/{id}/merge': {
    ids: true,
    allows: (a) => countyCoordinator(a),
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/consents': { ids: true, allows: servesOnTeam, hidesOtherCounty: true },
  /** CONFIDENTIALITY: revoking is open to every organization that serves the youth on the team. */
  'POST /api/consents/{id}/revoke': { ids: true, allows: servesOnTeam, hidesOtherCounty: true },
  /**
   * statutory_duty: the profile's advocate_call duty binds law enforcement, naming the advocacy
   * organization (never the recorder's own); court_order: only the court.
   */
  'POST /api/youth/{id}/legal-bases': {
    ids: true,
    allows: {
      statutory_duty: (a, f) => onTeam(a, f) && a.organization === 'law_enforcement',
      court_order: (a, f) => onTeam(a, f) && court(a),
    },
    hidesOtherCounty: true,
  },
  /**
   * CONFIDENTIALITY, "Sealed cases": a judge or court clerk of the county's juvenile court on the
   * case seals it, and the roles the order names (by default both) lift the seal.
   */
  'POST /api/youth/{id}/seal': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && court(a),
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/unseal': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && court(a),
    hidesOtherCounty: true,
  },
  /** The organization that recorded it, or the court. */
  'POST /api/legal-bases/{id}/end': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && (a.organization === f.legalBasisRecorder || court(a)),
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/notes': {
    ids: true,
    allows: { case: onTeam, privileged: qualifiedOnTeam },
    hidesOtherCounty: true,
  },
  /** Documents (docs/LEGAL-AND-MDT.md): as notes; a privileged one as a privileged note. */
  'POST /api/youth/{id}/documents': {
    ids: true,
    allows: { case: onTeam, privileged: qualifiedOnTeam },
    hidesOtherCounty: true,
  },
  /** A waiver naming another organization, by a qualified caseworker of the notes' organization. */
  'POST /api/youth/{id}/privilege-disclosures': {
    ids: true,
    allows: qualifiedOnTeam,
    hidesOtherCounty: true,
  },
  'POST /api/privilege-disclosures/{id}/revoke': {
    ids: true,
    allows: (a, f) => qualifiedOnTeam(a, f) && a.organization === f.disclosureAuthor,
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/mandated-reports': { ids: true, allows: onTeam, hidesOtherCounty: true },
  'POST /api/youth/{id}/break-glass': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && !NO_BREAK_GLASS.includes(a.role),
    hidesOtherCounty: true,
  },
  /** The county advocate's opening: the county coordinator alone reviews it (CONFIDENTIALITY). */
  'POST /api/break-glass/reviews/{id}': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },

  // --- verified contacts (CONFIDENTIALITY, "Verified contacts") ---
  /** Advocates and child welfare workers of an organization on the team list people. */
  'POST /api/youth/{id}/contacts': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && CONTACT_LISTERS.includes(a.role),
    hidesOtherCounty: true,
  },
  /** A person the county's advocate listed: only the listing organization's listers change it. */
  'PATCH /api/contacts/{id}': {
    ids: true,
    allows: (a, f) =>
      onTeam(a, f) && a.organization === 'advocacy' && CONTACT_LISTERS.includes(a.role),
    hidesOtherCounty: true,
  },
  /**
   * The name check on the county's own case: court clerks on any case of their county, everyone
   * else who works cases on the cases their organization is on. No id walk: another county's case
   * number answers 200 "not_verified", exactly like a number that names no case, so that the
   * answer never tells whether a case exists (the API test checks that).
   */
  'POST /api/verified-contacts/check': {
    ids: false,
    allows: (a, f) =>
      a.role === 'court_clerk' ||
      a.role === 'juvenile_hall_intake' ||
      (worksCases(a) && onTeam(a, f)),
  },
  // --- protective orders and hearings (docs/LEGAL-AND-MDT.md) ---
  /** Those who seek, serve or keep orders, of an organization on the team. */
  'POST /api/youth/{id}/protective-orders': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && ORDER_RECORDERS.includes(a.role),
    hidesOtherCounty: true,
  },
  /** A hearing is recorded by whoever records the hearing event (PROTOCOL.md). */
  'POST /api/youth/{id}/hearings': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && (EVENT_RECORDERS.hearing as readonly Role[]).includes(a.role),
    hidesOtherCounty: true,
  },
  // --- safety plans (docs/CONFIDENTIALITY.md, Safety plans) ---
  /** The team's people who write plans with youth. */
  'POST /api/youth/{id}/safety-plans': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && PLAN_WRITERS.includes(a.role),
    hidesOtherCounty: true,
  },
  /** The county advocate's plan: only writers of the organization that wrote it save versions. */
  'PUT /api/safety-plans/{id}': {
    ids: true,
    allows: (a, f) =>
      onTeam(a, f) && PLAN_WRITERS.includes(a.role) && a.organization === 'advocacy',
    hidesOtherCounty: true,
  },

  // --- structured contact, placement and education (docs/CONFIDENTIALITY.md) ---
  /** As notes of the category: the team's organizations whose work it records (all but the court). */
  'POST /api/youth/{id}/contact-locations': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization !== 'juvenile_court',
    hidesOtherCounty: true,
  },
  /** Who places or shelters her. */
  'POST /api/youth/{id}/placements': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && PLACEMENT_WRITERS.includes(a.organization),
    hidesOtherCounty: true,
  },
  /** Who keeps her in school. */
  'POST /api/youth/{id}/education': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && EDUCATION_WRITERS.includes(a.organization),
    hidesOtherCounty: true,
  },
  /** The police's address and placement, the advocate's school: only their recorder corrects. */
  'PUT /api/youth/{id}/contact-locations/{entryId}': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization === 'law_enforcement',
    hidesOtherCounty: true,
  },
  'PUT /api/youth/{id}/placements/{entryId}': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization === 'law_enforcement',
    hidesOtherCounty: true,
  },
  'PUT /api/youth/{id}/education/{entryId}': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization === 'advocacy',
    hidesOtherCounty: true,
  },

  // --- legal matters (docs/LEGAL-AND-MDT.md, Certifications and compensation) ---
  /** Legal data of the recording organization: anyone of the team who works cases records it. */
  'POST /api/youth/{id}/certification-requests': {
    ids: true,
    allows: (a, f) => onTeam(a, f),
    hidesOtherCounty: true,
  },
  /** The county advocate's request to the county's police: the certifying agency answers. */
  'POST /api/certification-requests/{id}/outcome': {
    ids: true,
    allows: (a) => worksCases(a) && a.organization === 'law_enforcement',
    hidesOtherCounty: true,
  },
  'POST /api/youth/{id}/compensation-claims': {
    ids: true,
    allows: (a, f) => onTeam(a, f),
    hidesOtherCounty: true,
  },
  /** The county advocate's claim: only the organization that recorded it changes it. */
  'PATCH /api/compensation-claims/{id}': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && a.organization === 'advocacy',
    hidesOtherCounty: true,
  },

  // --- training records (docs/TRAINING.md) ---
  /** The coordinator keeps the county's courses. */
  'POST /api/training/courses': { ids: false, allows: countyCoordinator },
  /** And edits, retires and deletes them; another county's course is as unknown as none. */
  'PATCH /api/training/courses/{id}': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'POST /api/training/courses/{id}/retire': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'DELETE /api/training/courses/{id}': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  /**
   * The spare caseworker of the county's advocacy organization: its supervisor (an account of it
   * on its point-person roster) or the coordinator records; another county's person is unknown.
   */
  'POST /api/training/completions': {
    ids: true,
    allows: (a, f) =>
      countyCoordinator(a) ||
      (a.organization === 'advocacy' && f.pointPersonAccounts.includes(a.email)),
    hidesOtherCounty: true,
  },

  // --- MDT meetings (docs/LEGAL-AND-MDT.md, MDT meetings): the county coordinator runs them ---
  'POST /api/mdt-meetings': { ids: false, allows: countyCoordinator },
  'PATCH /api/mdt-meetings/{id}/agenda': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'POST /api/mdt-meetings/{id}/attendance': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'POST /api/mdt-meetings/{id}/minutes': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'POST /api/mdt-meetings/{id}/decisions': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },
  'POST /api/mdt-meetings/{id}/reviewed': {
    ids: true,
    allows: countyCoordinator,
    hidesOtherCounty: true,
  },

  // --- the protocol engine (docs/PROTOCOL.md) ---
  /**
   * One variant per event type, each on the county's youth with a valid body that makes no
   * automatic referral (so no organization joins the team): the team's people whose role records
   * the type. Another county's youth answers like an unknown id (ARCHITECTURE).
   */
  'POST /api/youth/{id}/events': {
    ids: true,
    allows: Object.fromEntries(
      (Object.keys(EVENT_RECORDERS) as EventTypeName[]).map((type) => [type, recordsEvent(type)]),
    ),
    hidesOtherCounty: true,
  },
  /**
   * MISSING-AND-CUSTODY: the missing-youth profile is kept by child welfare, probation and
   * advocates whose organization is on the case team.
   */
  'PUT /api/youth/{id}/missing-profile': {
    ids: true,
    allows: (a, f) =>
      onTeam(a, f) && ['child_welfare_worker', 'probation_officer', 'advocate'].includes(a.role),
    hidesOtherCounty: true,
  },
  /** A task the protocol gave the county's advocacy organization: its people take it. */
  'POST /api/tasks/{id}/take': { ids: true, allows: assigneeOf, hidesOtherCounty: true },
  /** Another such task. */
  'POST /api/tasks/{id}/complete': { ids: true, allows: assigneeOf, hidesOtherCounty: true },
  /**
   * assignee: a third such task. other_organization: a task the county's own rule gave the
   * organization of a point person who has no account of the table (so the coordinator, not a
   * colleague, is the first who may cancel it).
   */
  'POST /api/tasks/{id}/cancel': {
    ids: true,
    allows: {
      assignee: (a, f) => assigneeOf(a, f) || countyCoordinator(a),
      // Nobody of the table works there: only the coordinator.
      other_organization: countyCoordinator,
    },
    hidesOtherCounty: true,
  },
  /** A new, inactive rule of the county (so saving it fires nothing): the coordinator keeps it. */
  'PUT /api/jurisdictions/{id}/protocol/rules/{key}': { ids: true, allows: countyCoordinator },
  /** The county's protocol decisions as they stand. */
  'PUT /api/jurisdictions/{id}/protocol/settings': { ids: true, allows: countyCoordinator },
  /** The county's holidays as they stand. */
  'PUT /api/jurisdictions/{id}/protocol/holidays': { ids: true, allows: countyCoordinator },
  /** Adopting a pack rule the county already holds: reported and left as it is, writes nothing. */
  'POST /api/jurisdictions/{id}/protocol/pack': { ids: true, allows: countyCoordinator },
  /** An identification on the county's youth; writes nothing. */
  'POST /api/jurisdictions/{id}/protocol/dry-run': { ids: true, allows: countyCoordinator },

  // --- screening (docs/SCREENING.md) ---
  /**
   * Lantern indicators, on the county's youth: "on the case team, as for a note, with a role the
   * instrument names" (advocates, child welfare, probation, medical and mental health, forensic
   * interviewers, provider intake).
   */
  'POST /api/youth/{id}/screenings': {
    ids: true,
    allows: (a, f) => onTeam(a, f) && SCREENERS.includes(a.role),
    hidesOtherCounty: true,
  },
  /** "A county coordinator loads a JSON instrument definition": a new version each time. */
  'POST /api/jurisdictions/{id}/screening-instruments': { ids: true, allows: countyCoordinator },
  /** "The coordinator edits the re-screen schedule": the schedule with nothing turned on. */
  'PUT /api/jurisdictions/{id}/screening-schedule': { ids: true, allows: countyCoordinator },
} as const satisfies Readonly<Record<string, Row>>;

export type RouteKey = keyof typeof MATRIX;

/** Mutations out of the matrix: the sign-in routes act on the caller's own session. */
export const OUT_OF_SCOPE = (path: string) => path.startsWith('/api/auth/');

/** The variants of a row, each with its rule (one unnamed variant when the body does not vary). */
export function variantsOf(row: Row): [string, Allows][] {
  return typeof row.allows === 'function' ? [['', row.allows]] : Object.entries(row.allows);
}
