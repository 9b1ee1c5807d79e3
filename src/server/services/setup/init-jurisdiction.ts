import type { JurisdictionKind } from '../../../domain/vocabulary.js';
import {
  findJurisdictionByName,
  insertJurisdiction,
} from '../../../db/repositories/jurisdictions.js';
import { insertOrganization } from '../../../db/repositories/organizations.js';
import { insertUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, commandLine, type AppServices } from '../../context.js';
import { conflict } from '../../errors.js';
import { hashPassword, temporaryPassword } from '../../security/passwords.js';

/**
 * A county's first setup: the jurisdiction, its lead agency, and one administrator with a
 * one-time password. Everything else is done from the admin screens.
 */
export async function initJurisdiction(
  app: AppServices,
  input: {
    readonly name: string;
    readonly kind: JurisdictionKind;
    readonly stateCode: string | null;
    readonly leadOrganization: string;
    readonly adminEmail: string;
    readonly adminName: string;
  },
): Promise<{ jurisdictionId: string; temporaryPassword: string }> {
  if (await findJurisdictionByName(app.db, input.name)) {
    throw conflict('jurisdiction_exists', `A jurisdiction named "${input.name}" already exists.`);
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const jurisdictionId = await app.db.transaction(async (tx) => {
    const jurisdiction = await insertJurisdiction(tx, {
      name: input.name,
      kind: input.kind,
      stateCode: input.stateCode,
    });
    const lead = await insertOrganization(tx, {
      jurisdictionId: jurisdiction.id,
      name: input.leadOrganization,
      type: 'county_lead',
      phone: null,
      email: null,
    });
    const adminId = await insertUser(tx, {
      jurisdictionId: jurisdiction.id,
      organizationId: lead.id,
      email: input.adminEmail.toLowerCase(),
      displayName: input.adminName,
      roles: ['administrator'],
      language: 'en',
      passwordHash,
      mustChangePassword: true,
    });
    const context = { ...auditContext(app, commandLine), jurisdictionId: jurisdiction.id };
    await appendAuditEvent(tx, context, {
      action: 'jurisdiction.create',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: jurisdiction.id,
      details: { name: jurisdiction.name },
    });
    await appendAuditEvent(tx, context, {
      action: 'user.create',
      outcome: 'allowed',
      targetType: 'user',
      targetId: adminId,
      details: { roles: ['administrator'] },
    });
    return jurisdiction.id;
  });
  return { jurisdictionId, temporaryPassword: password };
}
