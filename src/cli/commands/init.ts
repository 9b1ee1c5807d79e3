import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { JURISDICTION_KINDS } from '../../domain/vocabulary.js';
import { openRuntime } from '../../server/runtime.js';
import { initJurisdiction } from '../../server/services/setup/init-jurisdiction.js';

const InitOptions = z.strictObject({
  jurisdiction: z.string().trim().min(1).max(200),
  kind: z.enum(JURISDICTION_KINDS),
  state: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter state code')
    .transform((s) => s.toUpperCase())
    .optional(),
  leadOrganization: z.string().trim().min(1).max(200),
  adminEmail: z.email(),
  adminName: z.string().trim().min(1).max(200),
});

export async function initCommand(raw: unknown): Promise<void> {
  const parsed = InitOptions.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; '),
    );
  }
  const options = parsed.data;
  const runtime = await openRuntime(loadConfig(process.env), process.env);
  try {
    const result = await initJurisdiction(runtime, {
      name: options.jurisdiction,
      kind: options.kind,
      stateCode: options.state ?? null,
      leadOrganization: options.leadOrganization,
      adminEmail: options.adminEmail,
      adminName: options.adminName,
    });
    console.log(
      `Created ${options.jurisdiction} with its lead agency "${options.leadOrganization}".`,
    );
    console.log(
      `Administrator ${options.adminEmail}: one-time password ${result.temporaryPassword}`,
    );
    console.log('They must change it and set up an authenticator app at first sign-in.');
  } finally {
    await runtime.db.close();
  }
}
