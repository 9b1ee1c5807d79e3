// The jurisdiction's legal profile: read by everyone of the jurisdiction (it drives warnings),
// changed by the CSEC coordinator or an administrator.
import {
  coveredOffenseProblems,
  dutyProblems,
  isTimeZone,
  type LegalProfile,
} from '../../../domain/legal-profile.js';
import { roleSeesYouthData } from '../../../domain/vocabulary.js';
import { findLegalProfile, saveLegalProfile } from '../../../db/repositories/legal.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest } from '../../errors.js';
import { authorizeAdmin } from '../authorize.js';

export async function readLegalProfile(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
): Promise<LegalProfile> {
  await authorizeAdmin(app, request, 'legalProfile.read', {
    jurisdictionId,
    type: 'legal_profile',
  });
  return findLegalProfile(app.db, jurisdictionId);
}

/** What a change may leave out, keeping what is recorded. */
type Optional =
  | 'duties'
  | 'breakGlassRoles'
  | 'nonCriminalization'
  | 'coveredOffenses'
  | 'legalMatterClocks'
  | 'smallCellThreshold';

export async function changeLegalProfile(
  app: AppServices,
  request: RequestContext,
  jurisdictionId: string,
  changes: Omit<LegalProfile, Optional> & Partial<Pick<LegalProfile, Optional>>,
): Promise<LegalProfile> {
  await authorizeAdmin(app, request, 'legalProfile.manage', {
    jurisdictionId,
    type: 'legal_profile',
    id: jurisdictionId,
  });
  const current = await findLegalProfile(app.db, jurisdictionId);
  const profile: LegalProfile = {
    ...changes,
    duties: changes.duties ?? current.duties,
    breakGlassRoles: [...new Set(changes.breakGlassRoles ?? current.breakGlassRoles)],
    nonCriminalization: changes.nonCriminalization ?? current.nonCriminalization,
    coveredOffenses: changes.coveredOffenses ?? current.coveredOffenses,
    legalMatterClocks: changes.legalMatterClocks ?? current.legalMatterClocks,
    smallCellThreshold: changes.smallCellThreshold ?? current.smallCellThreshold,
  };
  const [dutyProblem] = dutyProblems(profile.duties);
  if (dutyProblem) {
    throw badRequest(
      'invalid_duties',
      `The duties do not hold together (${dutyProblem}): each needs its own code, a citation, who is bound and what it discloses.`,
    );
  }
  const [offenseProblem] = coveredOffenseProblems(profile.coveredOffenses);
  if (offenseProblem) {
    throw badRequest(
      'invalid_covered_offenses',
      `The covered offenses do not hold together (${offenseProblem}): each needs its own code, a label and a citation.`,
    );
  }
  if (profile.breakGlassRoles.some((r) => !roleSeesYouthData(r))) {
    throw badRequest(
      'invalid_break_glass_roles',
      'Administrators and oversight analysts never open a youth’s record, not even in an emergency.',
    );
  }
  if (!isTimeZone(profile.timeZone)) {
    throw badRequest(
      'unknown_time_zone',
      'timeZone must be an IANA time zone such as America/Los_Angeles.',
    );
  }
  if (profile.privilegeApplies && !profile.privilegeCitation) {
    throw badRequest(
      'citation_required',
      'Cite the law that makes these communications privileged.',
    );
  }
  await app.db.transaction(async (tx) => {
    await saveLegalProfile(tx, jurisdictionId, profile);
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'legal_profile.update',
      outcome: 'allowed',
      targetType: 'legal_profile',
      targetId: jurisdictionId,
      details: {
        privilegeApplies: profile.privilegeApplies,
        confirmed: profile.confirmed,
        duties: profile.duties.map((d) => d.code),
        breakGlassRoles: profile.breakGlassRoles,
        coveredOffenses: profile.coveredOffenses.map((o) => o.code),
      },
    });
  });
  return findLegalProfile(app.db, jurisdictionId);
}
