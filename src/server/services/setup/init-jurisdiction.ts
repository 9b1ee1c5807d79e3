import type { JurisdictionKind } from '../../../domain/vocabulary.js';
import { installProtocolPack } from '../../../db/repositories/protocol.js';
import type { Queryable } from '../../../db/database.js';
import {
  findJurisdictionByName,
  insertJurisdiction,
} from '../../../db/repositories/jurisdictions.js';
import { countyLeads } from '../../../db/repositories/approvals.js';
import { insertOrganization } from '../../../db/repositories/organizations.js';
import { insertUser } from '../../../db/repositories/users.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, commandLine, type AppServices } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import { hashPassword, temporaryPassword } from '../../security/passwords.js';

/**
 * A county's first setup: the jurisdiction, its lead agency, one administrator and (with
 * coordinatorEmail) its first CSEC coordinator, each with a one-time password. Everything else
 * is done from the admin screens.
 *
 * The first coordinator is approved by the installer's act: whoever runs `lantern init` holds the
 * database and the master key, so a second person inside Lantern would add nothing. From then on
 * every role that sees youth data waits for a second person, and the coordinator is that person
 * until each agency has an approver of its own (docs/ARCHITECTURE.md, "A second person").
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
    readonly coordinatorEmail?: string | undefined;
    readonly coordinatorName?: string | undefined;
  },
): Promise<{
  jurisdictionId: string;
  temporaryPassword: string;
  coordinatorTemporaryPassword: string | null;
}> {
  if (await findJurisdictionByName(app.db, input.name)) {
    throw conflict('jurisdiction_exists', `A jurisdiction named "${input.name}" already exists.`);
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, app.passwordCost);
  const coordinatorPassword = input.coordinatorEmail ? temporaryPassword() : null;
  const coordinatorHash = coordinatorPassword
    ? await hashPassword(coordinatorPassword, app.passwordCost)
    : null;
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
    await installProtocolPack(tx, jurisdiction.id, app.clock.now());
    await appendAuditEvent(tx, installer(app, jurisdiction.id), {
      action: 'jurisdiction.create',
      outcome: 'allowed',
      targetType: 'jurisdiction',
      targetId: jurisdiction.id,
      details: { name: jurisdiction.name },
    });
    await addAccount(tx, app, {
      jurisdictionId: jurisdiction.id,
      organizationId: lead.id,
      email: input.adminEmail,
      displayName: input.adminName,
      role: 'administrator',
      passwordHash,
    });
    if (input.coordinatorEmail && coordinatorHash) {
      await addAccount(tx, app, {
        jurisdictionId: jurisdiction.id,
        organizationId: lead.id,
        email: input.coordinatorEmail,
        displayName: input.coordinatorName ?? 'CSEC coordinator',
        role: 'coordinator',
        passwordHash: coordinatorHash,
      });
    }
    return jurisdiction.id;
  });
  return {
    jurisdictionId,
    temporaryPassword: password,
    coordinatorTemporaryPassword: coordinatorPassword,
  };
}

/**
 * A county set up without a coordinator has nobody to approve youth-data roles: the installer
 * adds the first one. Refused once the jurisdiction has an active coordinator; from then on a
 * coordinator is an account like any other, approved by a second person.
 */
export async function addFirstCoordinator(
  app: AppServices,
  input: { readonly jurisdiction: string; readonly email: string; readonly name: string },
): Promise<{ temporaryPassword: string }> {
  const jurisdiction = await findJurisdictionByName(app.db, input.jurisdiction);
  if (!jurisdiction) throw notFound(`The jurisdiction "${input.jurisdiction}"`);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, app.passwordCost);
  await app.db.transaction(async (tx) => {
    const [existing] = await tx.query<{ id: string }>(
      `SELECT id FROM users WHERE jurisdiction_id = $1 AND active AND 'coordinator' = ANY(roles)`,
      [jurisdiction.id],
    );
    if (existing) {
      throw conflict(
        'coordinator_exists',
        `${jurisdiction.name} has a coordinator: add more from the admin screens (a second person approves).`,
      );
    }
    const [lead] = await countyLeads(tx, jurisdiction.id);
    if (!lead) throw conflict('no_county_lead', `${jurisdiction.name} has no active lead agency.`);
    await addAccount(tx, app, {
      jurisdictionId: jurisdiction.id,
      organizationId: lead.id,
      email: input.email,
      displayName: input.name,
      role: 'coordinator',
      passwordHash,
    });
  });
  return { temporaryPassword: password };
}

const installer = (app: AppServices, jurisdictionId: string) => ({
  ...auditContext(app, commandLine),
  jurisdictionId,
});

async function addAccount(
  tx: Queryable,
  app: AppServices,
  input: {
    jurisdictionId: string;
    organizationId: string;
    email: string;
    displayName: string;
    role: 'administrator' | 'coordinator';
    passwordHash: string;
  },
): Promise<void> {
  const id = await insertUser(tx, {
    jurisdictionId: input.jurisdictionId,
    organizationId: input.organizationId,
    email: input.email.toLowerCase(),
    displayName: input.displayName,
    roles: [input.role],
    language: 'en',
    passwordHash: input.passwordHash,
    mustChangePassword: true,
  });
  await appendAuditEvent(tx, installer(app, input.jurisdictionId), {
    action: 'user.create',
    outcome: 'allowed',
    targetType: 'user',
    targetId: id,
    details: { roles: [input.role] },
  });
}
