// The jurisdiction's legal profile: read by everyone of the jurisdiction (it drives warnings),
// changed by the CSEC coordinator or an administrator.
import {
  coveredOffenseProblems,
  dutyProblems,
  isTimeZone,
  type LegalProfile,
} from '../../../domain/legal-profile.js';
import { retentionProblems, type RetentionSettings } from '../../../domain/retention.js';
import { DATA_CATEGORIES, roleSeesYouthData } from '../../../domain/vocabulary.js';
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
  | 'smallCellThreshold'
  | 'retention';

/** Whether two retention settings differ in any category. */
function retentionDiffers(a: RetentionSettings, b: RetentionSettings): boolean {
  return DATA_CATEGORIES.some(
    (c) => a[c].yearsAfterClosure !== b[c].yearsAfterClosure || a[c].untilAge !== b[c].untilAge,
  );
}

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
  const [retentionProblem] = changes.retention ? retentionProblems(changes.retention) : [];
  if (retentionProblem) {
    throw badRequest(
      'invalid_retention',
      `The retention does not hold together (${retentionProblem}): every category needs whole years after closure (1 to 75) and an age of 18 to 99 or none.`,
    );
  }
  const retentionChanged =
    changes.retention !== undefined && retentionDiffers(changes.retention, current.retention);
  // The administrator keeps the rest of the profile; when the county's files are destroyed is
  // the coordinator's alone (docs/RETENTION.md).
  if (retentionChanged) {
    await authorizeAdmin(app, request, 'retention.manage', {
      jurisdictionId,
      type: 'legal_profile',
      id: jurisdictionId,
    });
  }
  const profile: LegalProfile = {
    ...changes,
    duties: changes.duties ?? current.duties,
    breakGlassRoles: [...new Set(changes.breakGlassRoles ?? current.breakGlassRoles)],
    nonCriminalization: changes.nonCriminalization ?? current.nonCriminalization,
    coveredOffenses: changes.coveredOffenses ?? current.coveredOffenses,
    legalMatterClocks: changes.legalMatterClocks ?? current.legalMatterClocks,
    smallCellThreshold: changes.smallCellThreshold ?? current.smallCellThreshold,
    retention: changes.retention ?? current.retention,
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
    if (retentionChanged) {
      await appendAuditEvent(tx, auditContext(app, request), {
        action: 'retention.update',
        outcome: 'allowed',
        targetType: 'legal_profile',
        targetId: jurisdictionId,
        details: { rules: { ...profile.retention } },
      });
    }
  });
  return findLegalProfile(app.db, jurisdictionId);
}
