// The demo county: one organization of each type, one user per role, agreements among all,
// and a small neighbouring county for cross-jurisdiction work. Names and numbers are invented.
// A point person who has an account carries its email: that makes them their organization's
// approver (a second person, docs/ARCHITECTURE.md). Harbor Light's program director approves
// for the advocates; agencies whose point person has no account fall back to the coordinator.
import { installProtocolPack, saveProtocolSettings } from '../../../db/repositories/protocol.js';
import { protocolSettingsSchema } from '../../../domain/protocol.js';
import {
  CALIFORNIA_LEGAL_PROFILE,
  DEFAULT_LEGAL_PROFILE,
  type LegalProfile,
} from '../../../domain/legal-profile.js';
import { DATA_CATEGORIES, type OrganizationType, type Role } from '../../../domain/vocabulary.js';
import { saveLegalProfile } from '../../../db/repositories/legal.js';
import type { Queryable } from '../../../db/database.js';
import {
  findJurisdictionByName,
  insertJurisdiction,
} from '../../../db/repositories/jurisdictions.js';
import { insertMou } from '../../../db/repositories/mous.js';
import { insertOrganization } from '../../../db/repositories/organizations.js';
import { insertPointPerson } from '../../../db/repositories/point-persons.js';
import { insertUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, commandLine, type AppServices } from '../../context.js';
import { hashPassword } from '../../security/passwords.js';
import { importDirectory } from '../directory/import.js';
import { demoDirectory } from './demo-directory.js';
import { seedDemoCase } from './demo-case.js';
import { seedMissingFromCareCase } from './demo-missing.js';
import { seedDemoTraining } from './demo-training.js';
import { seedProtectiveResponse } from './demo-protective.js';

export const DEMO_PASSWORD = 'lantern-demo';
export const DEMO_JURISDICTION = 'Demo County';
export const NEIGHBOR_JURISDICTION = 'Neighbor County';

interface DemoOrganization {
  readonly type: OrganizationType;
  readonly name: string;
  readonly phone: string;
  readonly pointPersons: readonly {
    function: string;
    name: string;
    title: string;
    afterHours?: string;
    /** The point person's own account, when they have one. */
    email?: string;
  }[];
  readonly users: readonly { email: string; name: string; role: Role }[];
}

const DEMO_COUNTY: readonly DemoOrganization[] = [
  {
    type: 'advocacy',
    name: 'Harbor Light Advocates',
    phone: '555-0101',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Dana Lee',
        title: 'Program director',
        afterHours: '555-0199',
        email: 'supervisor@demo.test',
      },
      {
        function: '24/7 on-call advocate',
        name: 'On-call advocate line',
        title: 'Rotating advocate',
        afterHours: '555-0100',
      },
    ],
    users: [
      { email: 'advocate@demo.test', name: 'Alex Lee', role: 'advocate' },
      { email: 'supervisor@demo.test', name: 'Dana Lee', role: 'advocate' },
    ],
  },
  {
    type: 'child_welfare',
    name: 'Demo County Children and Family Services',
    phone: '555-0201',
    pointPersons: [
      { function: 'CSEC point person', name: 'Morgan Chen', title: 'CSEC unit supervisor' },
      {
        function: 'Child abuse hotline',
        name: 'Hotline intake',
        title: '24/7 hotline',
        afterHours: '555-0200',
      },
    ],
    users: [{ email: 'childwelfare@demo.test', name: 'Casey Chen', role: 'child_welfare_worker' }],
  },
  {
    type: 'probation',
    name: 'Demo County Probation',
    phone: '555-0301',
    pointPersons: [
      { function: 'CSEC point person', name: 'Jordan Reyes', title: 'Deputy probation officer' },
      {
        function: 'Detention notices',
        name: 'Juvenile hall intake',
        title: 'Intake desk',
        afterHours: '555-0300',
      },
    ],
    users: [
      { email: 'probation@demo.test', name: 'Jamie Reyes', role: 'probation_officer' },
      { email: 'intake@demo.test', name: 'Casey Lin', role: 'juvenile_hall_intake' },
    ],
  },
  {
    type: 'law_enforcement',
    name: 'Demo City Police Department',
    phone: '555-0401',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Sgt. Riley Ruiz',
        title: 'Vice detective sergeant',
        afterHours: '555-0400',
      },
      {
        function: 'Missing youth reports',
        name: 'Records unit',
        title: 'Records',
        afterHours: '555-0400',
      },
    ],
    users: [
      { email: 'police@demo.test', name: 'Officer Sam Ruiz', role: 'law_enforcement_officer' },
    ],
  },
  {
    type: 'district_attorney',
    name: 'Demo County District Attorney',
    phone: '555-0501',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Taylor Brooks',
        title: 'Deputy district attorney',
        email: 'da@demo.test',
      },
      { function: 'Victim-witness services', name: 'Victim-witness office', title: 'Advocates' },
    ],
    users: [{ email: 'da@demo.test', name: 'Taylor Brooks', role: 'prosecutor' }],
  },
  {
    type: 'juvenile_court',
    name: 'Demo County Juvenile Court',
    phone: '555-0601',
    pointPersons: [
      { function: 'CSEC point person', name: 'Clerk of the juvenile court', title: 'Court clerk' },
    ],
    users: [{ email: 'court@demo.test', name: 'Robin Park', role: 'court_clerk' }],
  },
  {
    type: 'child_advocacy_center',
    name: 'Bright Path Child Advocacy Center',
    phone: '555-0701',
    pointPersons: [
      {
        function: 'Forensic interview scheduling',
        name: 'Avery Okoro',
        title: 'Forensic interviewer',
        email: 'cac@demo.test',
      },
    ],
    users: [{ email: 'cac@demo.test', name: 'Avery Okoro', role: 'forensic_interviewer' }],
  },
  {
    type: 'medical',
    name: 'Demo General Hospital Pediatric Clinic',
    phone: '555-0801',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Dr. Quinn Patel',
        title: 'Child abuse pediatrician',
        afterHours: '555-0800',
        email: 'medical@demo.test',
      },
    ],
    users: [{ email: 'medical@demo.test', name: 'Dr. Quinn Patel', role: 'medical_provider' }],
  },
  {
    type: 'mental_health',
    name: 'Demo County Behavioral Health',
    phone: '555-0901',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Kai Nguyen',
        title: 'Clinical supervisor',
        email: 'mentalhealth@demo.test',
      },
    ],
    users: [
      { email: 'mentalhealth@demo.test', name: 'Kai Nguyen', role: 'mental_health_provider' },
    ],
  },
  {
    type: 'community_provider',
    name: 'New Horizons Youth Shelter',
    phone: '555-1001',
    pointPersons: [
      {
        function: 'Referral intake',
        name: 'Ada Okafor',
        title: 'Intake coordinator',
        afterHours: '555-1000',
        email: 'provider@demo.test',
      },
    ],
    users: [{ email: 'provider@demo.test', name: 'Ada Okafor', role: 'provider_intake' }],
  },
  {
    type: 'county_lead',
    name: 'Demo County CSEC Steering Office',
    phone: '555-1101',
    pointPersons: [
      {
        function: 'CSEC coordinator',
        name: 'Priya Patel',
        title: 'County CSEC coordinator',
        email: 'coordinator@demo.test',
      },
    ],
    users: [
      { email: 'coordinator@demo.test', name: 'Priya Patel', role: 'coordinator' },
      { email: 'admin@demo.test', name: 'Demo Administrator', role: 'administrator' },
    ],
  },
  {
    type: 'oversight',
    name: 'Demo County Oversight Commission',
    phone: '555-1201',
    pointPersons: [{ function: 'Data requests', name: 'Grant Ellis', title: 'Oversight analyst' }],
    users: [{ email: 'oversight@demo.test', name: 'Grant Ellis', role: 'oversight_analyst' }],
  },
];

const NEIGHBOR_COUNTY: readonly DemoOrganization[] = [
  {
    type: 'advocacy',
    name: 'Neighbor County Survivor Services',
    phone: '555-2101',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Sky Morales',
        title: 'Advocacy lead',
        afterHours: '555-2100',
        email: 'advocate@neighbor.test',
      },
    ],
    users: [{ email: 'advocate@neighbor.test', name: 'Sky Morales', role: 'advocate' }],
  },
  {
    type: 'law_enforcement',
    name: 'Neighbor County Sheriff',
    phone: '555-2201',
    pointPersons: [
      {
        function: 'CSEC point person',
        name: 'Deputy Lane Fox',
        title: 'Detective',
        email: 'police@neighbor.test',
      },
    ],
    users: [
      { email: 'police@neighbor.test', name: 'Deputy Lane Fox', role: 'law_enforcement_officer' },
    ],
  },
  {
    type: 'county_lead',
    name: 'Neighbor County CSEC Office',
    phone: '555-2301',
    pointPersons: [
      {
        function: 'CSEC coordinator',
        name: 'Noor Haddad',
        title: 'Coordinator',
        email: 'coordinator@neighbor.test',
      },
    ],
    users: [
      { email: 'coordinator@neighbor.test', name: 'Noor Haddad', role: 'coordinator' },
      { email: 'admin@neighbor.test', name: 'Neighbor Administrator', role: 'administrator' },
    ],
  },
];

export interface SeededPerson {
  readonly userId: string;
  readonly organizationId: string;
}

export interface SeededJurisdiction {
  readonly jurisdictionId: string;
  readonly organizations: number;
  readonly users: number;
  readonly people: ReadonlyMap<string, SeededPerson>;
  /** Organization ids by name. */
  readonly agencies: ReadonlyMap<string, string>;
}

async function seedJurisdiction(
  tx: Queryable,
  name: string,
  organizations: readonly DemoOrganization[],
  passwordHash: string,
  profile: LegalProfile,
): Promise<SeededJurisdiction> {
  const jurisdiction = await insertJurisdiction(tx, { name, kind: 'county', stateCode: 'CA' });
  await saveLegalProfile(tx, jurisdiction.id, profile);
  await installProtocolPack(tx, jurisdiction.id, new Date());
  const organizationIds: string[] = [];
  const agencies = new Map<string, string>();
  const people = new Map<string, SeededPerson>();
  let users = 0;
  for (const spec of organizations) {
    const organization = await insertOrganization(tx, {
      jurisdictionId: jurisdiction.id,
      name: spec.name,
      type: spec.type,
      phone: spec.phone,
      email: null,
    });
    organizationIds.push(organization.id);
    agencies.set(spec.name, organization.id);
    for (const person of spec.pointPersons) {
      await insertPointPerson(tx, {
        jurisdictionId: jurisdiction.id,
        organizationId: organization.id,
        function: person.function,
        name: person.name,
        title: person.title,
        phone: spec.phone,
        afterHoursPhone: person.afterHours ?? null,
        email: person.email ?? null,
        notes: null,
      });
    }
    for (const user of spec.users) {
      const userId = await insertUser(tx, {
        jurisdictionId: jurisdiction.id,
        organizationId: organization.id,
        email: user.email,
        displayName: user.name,
        roles: [user.role],
        language: 'en',
        passwordHash,
        mustChangePassword: false,
      });
      people.set(user.email, { userId, organizationId: organization.id });
      users += 1;
    }
  }
  await insertMou(tx, jurisdiction.id, {
    title: `${name} CSEC interagency agreement`,
    purpose:
      'Coordinated multi-agency response to commercially sexually exploited children (demo).',
    categories: [...DATA_CATEGORIES],
    organizationIds,
    startsOn: '2026-01-01',
    endsOn: null,
  });
  return {
    jurisdictionId: jurisdiction.id,
    organizations: organizationIds.length,
    users,
    people,
    agencies,
  };
}

/**
 * Seeds the demo county once; returns false when it is already there. Tests hand in a hash of
 * the demo password made at a lower cost, so that their many sign-ins stay cheap.
 */
export async function seedDemoCounty(
  app: AppServices,
  options: { readonly passwordHash?: string } = {},
): Promise<boolean> {
  if (await findJurisdictionByName(app.db, DEMO_JURISDICTION)) return false;
  // One hash for every demo account: they share the published demo password anyway.
  const passwordHash =
    options.passwordHash ?? (await hashPassword(DEMO_PASSWORD, app.passwordCost));
  const seeded = await app.db.transaction(async (tx) => {
    const demo = await seedJurisdiction(
      tx,
      DEMO_JURISDICTION,
      DEMO_COUNTY,
      passwordHash,
      CALIFORNIA_LEGAL_PROFILE,
    );
    const neighbor = await seedJurisdiction(
      tx,
      NEIGHBOR_JURISDICTION,
      NEIGHBOR_COUNTY,
      passwordHash,
      DEFAULT_LEGAL_PROFILE,
    );
    // The county's protocol decisions the pack reads and the officer is shown.
    await saveProtocolSettings(
      tx,
      demo.jurisdictionId,
      protocolSettingsSchema.parse({
        advocacyPartnerOrganizationId: demo.agencies.get('Harbor Light Advocates') ?? null,
        takeChildTo:
          'Demo General Hospital emergency department, or the Demo County Youth Receiving Center',
        forensicInterviewCriteria:
          'Any disclosure of sexual exploitation, or a child under 14: interview at the child advocacy center',
      }),
      null,
      app.clock.now(),
    );
    await seedDemoCase(tx, app, demo);
    await seedMissingFromCareCase(tx, app, demo);
    await seedDemoTraining(tx, demo, app.clock.now());
    await seedProtectiveResponse(tx, app, demo, neighbor);
    await appendAuditEvent(tx, auditContext(app, commandLine), {
      action: 'demo.seed',
      outcome: 'allowed',
      details: {
        organizations: demo.organizations + neighbor.organizations,
        users: demo.users + neighbor.users,
      },
    });
    return demo;
  });
  // The demo directory belongs to Demo County, whose agencies answer for its providers.
  const directory = await importDirectory(app, commandLine, demoDirectory(seeded.agencies), {
    jurisdictionId: seeded.jurisdictionId,
  });
  if (!directory.committed) {
    throw new Error(`the demo directory did not import: ${JSON.stringify(directory.problems)}`);
  }
  return true;
}

export function demoLogins(): { email: string; role: Role; organization: string }[] {
  return DEMO_COUNTY.flatMap((o) =>
    o.users.map((u) => ({ email: u.email, role: u.role, organization: o.name })),
  );
}
