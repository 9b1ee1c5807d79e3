// The demo county's one invented case, so a newcomer sees the confidentiality model at work.
import { randomUUID } from 'node:crypto';
import type { CaseTeamRole } from '../../../domain/case-team.js';
import { CALIFORNIA_LEGAL_PROFILE, localDate } from '../../../domain/legal-profile.js';
import type { DataCategory } from '../../../domain/vocabulary.js';
import { saveServicePlan } from '../../../db/repositories/referrals.js';
import type { Queryable } from '../../../db/database.js';
import {
  insertConsent,
  insertLegalBasis,
  insertTeamMember,
  saveReleaseDecision,
} from '../../../db/repositories/case-grants.js';
import { insertQualification } from '../../../db/repositories/legal.js';
import { insertCaseNote, insertPrivilegedNote } from '../../../db/repositories/notes.js';
import { insertYouth } from '../../../db/repositories/youth.js';
import { startOfLocalDay } from '../../../domain/local-time.js';
import type { AppServices } from '../../context.js';
import { recordEvent } from '../protocol/events.js';
import { withinTransaction } from '../within-transaction.js';
import { currentDataKey, notePurpose } from '../../security/data-keys.js';
import { seal } from '../../security/master-key.js';
import type { SeededJurisdiction, SeededPerson } from './demo-county.js';

function person(seeded: SeededJurisdiction, email: string): SeededPerson {
  const found = seeded.people.get(email);
  if (!found) throw new Error(`demo person ${email} is missing`);
  return found;
}

/**
 * One invented case, so a newcomer sees the confidentiality model at work: opened by the
 * police, joined by the advocate (a qualified caseworker), child welfare, the clinic and the
 * district attorney. The police shared who she is and where under their duty to call the
 * advocate. The youth consented to the clinic and child welfare seeing needs and referrals
 * (the advocate's own data, so it flowed at once), and to her advocate reading the case notes
 * (the police accepted that release) and the clinic's medical notes (waiting in the clinic's
 * inbox). The district attorney has no consent and sees only the case number and whom to ask.
 */
export async function seedDemoCase(tx: Queryable, app: AppServices, demo: SeededJurisdiction) {
  const now = app.clock.now();
  const today = localDate(now, CALIFORNIA_LEGAL_PROFILE.timeZone);
  const police = person(demo, 'police@demo.test');
  const advocate = person(demo, 'advocate@demo.test');
  const childWelfare = person(demo, 'childwelfare@demo.test');
  const medical = person(demo, 'medical@demo.test');
  const prosecutor = person(demo, 'da@demo.test');
  await insertQualification(tx, {
    jurisdictionId: demo.jurisdictionId,
    userId: advocate.userId,
    basis: 'training',
    trainingHours: 40,
    supervisor: 'Dana Lee, Program director',
    completedOn: '2026-02-15',
    recordedByUserId: null,
    now,
  });
  const youthId = await insertYouth(tx, {
    jurisdictionId: demo.jurisdictionId,
    caseNumber: `${today.slice(0, 4)}-DEMO-0001`,
    identity: {
      givenName: 'Maya',
      familyName: 'Rivera',
      alias: 'Mimi',
      birthDate: null,
      estimatedBirthYear: Number(today.slice(0, 4)) - 15,
      genderIdentity: 'girl',
      raceEthnicity: ['hispanic_latino'],
      languages: ['Spanish', 'English'],
    },
    createdByUserId: police.userId,
    createdByOrganizationId: police.organizationId,
    now,
  });
  const team: [SeededPerson, CaseTeamRole][] = [
    [police, 'law_enforcement'],
    [advocate, 'advocate'],
    [childWelfare, 'child_welfare'],
    [medical, 'medical'],
    // On the team without any consent: sees the case number and whom to ask, nothing more.
    [prosecutor, 'prosecution'],
  ];
  for (const [member, role] of team) {
    for (const userId of [null, member.userId]) {
      await insertTeamMember(tx, {
        jurisdictionId: demo.jurisdictionId,
        youthId,
        organizationId: member.organizationId,
        userId,
        role,
        addedByUserId: police.userId,
        now,
      });
    }
  }
  const expires = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  // The youth's consents, each recorded by her advocate, who explained it in Spanish.
  const advocateRecords = (
    recipientOrganizationIds: string[],
    categories: DataCategory[],
    purpose: string,
  ) =>
    insertConsent(tx, {
      jurisdictionId: demo.jurisdictionId,
      youthId,
      recipientOrganizationIds,
      categories,
      purpose,
      givenByKind: 'youth',
      givenByPersonId: null,
      explainedByUserId: advocate.userId,
      explanationMethod: 'Read aloud together with the youth',
      explanationLanguage: 'es',
      signedOn: today,
      expiresOn: expires,
      userId: advocate.userId,
      organizationId: advocate.organizationId,
      now,
    });
  await advocateRecords(
    [childWelfare.organizationId, medical.organizationId],
    ['needs_services', 'referrals'],
    'Coordinate shelter, health care and services.',
  );
  // The 2 a.m. path: the police share their own identity and location data with the advocate
  // they called, under the profile's duty; nobody has to click.
  await insertLegalBasis(tx, {
    jurisdictionId: demo.jurisdictionId,
    youthId,
    kind: 'statutory_duty',
    recipientOrganizationIds: [advocate.organizationId],
    categories: ['identity', 'contact_location'],
    description: 'Called the CSEC advocate on identifying her.',
    court: null,
    orderDate: null,
    citation: null,
    effectiveOn: today,
    expiresOn: null,
    dutyCode: 'advocate_call',
    userId: police.userId,
    organizationId: police.organizationId,
    now,
  });
  const notesConsent = await advocateRecords(
    [advocate.organizationId],
    ['identity', 'contact_location', 'case_notes'],
    'Let her advocate know who she is and where to find her, and read the police notes.',
  );
  await saveReleaseDecision(tx, {
    consentId: notesConsent,
    jurisdictionId: demo.jurisdictionId,
    holderOrganizationId: police.organizationId,
    accepted: true,
    reason: null,
    userId: police.userId,
    now,
  });
  // Waits in the clinic's Releases inbox: the clinic answers for its own medical notes.
  await advocateRecords(
    [advocate.organizationId],
    ['medical'],
    'Let her advocate follow up on the health evaluation.',
  );
  const notes: [SeededPerson, DataCategory, string][] = [
    [police, 'case_notes', 'Identified during a welfare check; treated as a victim, no arrest.'],
    [
      advocate,
      'needs_services',
      'Needs emergency shelter tonight; prefers Spanish-speaking staff.',
    ],
    [medical, 'medical', 'Health evaluation completed; follow-up in two weeks.'],
  ];
  for (const [author, category, body] of notes) {
    await insertCaseNote(tx, {
      jurisdictionId: demo.jurisdictionId,
      youthId,
      category,
      body,
      userId: author.userId,
      organizationId: author.organizationId,
      now,
    });
  }
  // The advocate's service plan, so matching works on the demo case at once.
  await saveServicePlan(
    tx,
    demo.jurisdictionId,
    {
      youthId,
      needs: ['emergency_shelter', 'crisis_counseling', 'medical', 'legal'],
      history: 'exploited',
      excludedOrganizationIds: [],
      facingDetention: false,
      recordedByOrganizationId: advocate.organizationId,
      recordedByUserId: advocate.userId,
    },
    now,
  );
  const key = await currentDataKey(tx, app.masterKey, demo.jurisdictionId);
  const noteId = randomUUID();
  await insertPrivilegedNote(tx, {
    id: noteId,
    jurisdictionId: demo.jurisdictionId,
    youthId,
    bodySealed: seal(
      key.key,
      'Demo privileged note: what the youth shared with her advocate stays here.',
      notePurpose(noteId, youthId),
    ),
    keyVersion: key.version,
    userId: advocate.userId,
    organizationId: advocate.organizationId,
    writtenOn: today,
    now,
  });
  await identifiedAtNight(tx, app, demo, youthId, police);
}

/**
 * The night she was found: the officer's identification at 1:40 a.m. (today's, or yesterday's
 * when the demo is seeded before then), recorded through the protocol engine like any other, so
 * the county's rules fire and the demo shows tasks on their clocks (docs/PROTOCOL.md).
 */
async function identifiedAtNight(
  tx: Queryable,
  app: AppServices,
  demo: SeededJurisdiction,
  youthId: string,
  police: SeededPerson,
) {
  const now = app.clock.now();
  const timeZone = CALIFORNIA_LEGAL_PROFILE.timeZone;
  const night = (date: string) =>
    new Date(startOfLocalDay(date, timeZone).getTime() + 100 * 60_000);
  let occurredAt = night(localDate(now, timeZone));
  if (occurredAt.getTime() > now.getTime()) {
    occurredAt = night(localDate(new Date(now.getTime() - 86_400_000), timeZone));
  }
  await recordEvent(
    withinTransaction(app, tx),
    {
      actor: {
        userId: police.userId,
        organizationId: police.organizationId,
        organizationType: 'law_enforcement',
        jurisdictionId: demo.jurisdictionId,
        roles: ['law_enforcement_officer'],
      },
      ip: null,
      userAgent: 'lantern-demo-seed',
    },
    youthId,
    {
      type: 'identification',
      occurredAt,
      details: {
        where: 'Demo General Hospital, emergency department',
        setting: 'hotel_motel',
        prostitutionRelated: true,
      },
    },
  );
}
