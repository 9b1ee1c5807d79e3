// The demo county's second case: a girl in foster care reported missing by her child welfare
// worker the evening before the demo was seeded, recorded through the protocol engine, so the
// coordinator's open clocks show the police's NCIC entry (2 hours, overdue) and child welfare's
// reports to law enforcement and NCMEC (24 hours) (docs/PROTOCOL.md).
import { insertTeamMember } from '../../../db/repositories/case-grants.js';
import type { Queryable } from '../../../db/database.js';
import { insertYouth } from '../../../db/repositories/youth.js';
import { CALIFORNIA_LEGAL_PROFILE, localDate } from '../../../domain/legal-profile.js';
import type { AppServices } from '../../context.js';
import { recordEvent } from '../protocol/events.js';
import { withinTransaction } from '../within-transaction.js';
import type { SeededJurisdiction } from './demo-county.js';

const HOURS = 3_600_000;

export async function seedMissingFromCareCase(
  tx: Queryable,
  app: AppServices,
  demo: SeededJurisdiction,
) {
  const now = app.clock.now();
  const today = localDate(now, CALIFORNIA_LEGAL_PROFILE.timeZone);
  const worker = demo.people.get('childwelfare@demo.test');
  if (!worker) throw new Error('demo person childwelfare@demo.test is missing');
  const youthId = await insertYouth(tx, {
    jurisdictionId: demo.jurisdictionId,
    caseNumber: `${today.slice(0, 4)}-DEMO-0002`,
    identity: {
      givenName: 'Lucía',
      familyName: 'Ortega',
      alias: null,
      birthDate: null,
      estimatedBirthYear: Number(today.slice(0, 4)) - 16,
      genderIdentity: 'girl',
      raceEthnicity: null,
      languages: ['Spanish', 'English'],
    },
    createdByUserId: worker.userId,
    createdByOrganizationId: worker.organizationId,
    now,
  });
  for (const userId of [null, worker.userId]) {
    await insertTeamMember(tx, {
      jurisdictionId: demo.jurisdictionId,
      youthId,
      organizationId: worker.organizationId,
      userId,
      role: 'child_welfare',
      addedByUserId: worker.userId,
      now,
    });
  }
  await recordEvent(
    withinTransaction(app, tx),
    {
      actor: {
        userId: worker.userId,
        organizationId: worker.organizationId,
        organizationType: 'child_welfare',
        jurisdictionId: demo.jurisdictionId,
        roles: ['child_welfare_worker'],
      },
      ip: null,
      userAgent: 'lantern-demo-seed',
    },
    youthId,
    {
      type: 'missing',
      occurredAt: new Date(now.getTime() - 6 * HOURS),
      details: { where: 'Maple Street resource family home', fromCare: true },
    },
  );
}
