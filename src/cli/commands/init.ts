import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { JURISDICTION_KINDS } from '../../domain/vocabulary.js';
import { closeRuntime, openRuntime } from '../../server/runtime.js';
import {
  addFirstCoordinator,
  initJurisdiction,
} from '../../server/services/setup/init-jurisdiction.js';
import type { CliIo } from '../io.js';

const Name = z.string().trim().min(1).max(200);

const InitOptions = z.strictObject({
  jurisdiction: Name,
  kind: z.enum(JURISDICTION_KINDS),
  state: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter state code')
    .transform((s) => s.toUpperCase())
    .optional(),
  leadOrganization: Name,
  adminEmail: z.email(),
  adminName: Name,
  coordinatorEmail: z.email().optional(),
  coordinatorName: Name.optional(),
});

const CoordinatorOptions = z.strictObject({
  jurisdiction: Name,
  email: z.email(),
  name: Name,
});

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

export async function initCommand(io: CliIo, raw: unknown): Promise<void> {
  const options = parse(InitOptions, raw);
  const runtime = await openRuntime(loadConfig(io.env), io.env);
  try {
    const result = await initJurisdiction(runtime, {
      name: options.jurisdiction,
      kind: options.kind,
      stateCode: options.state ?? null,
      leadOrganization: options.leadOrganization,
      adminEmail: options.adminEmail,
      adminName: options.adminName,
      coordinatorEmail: options.coordinatorEmail,
      coordinatorName: options.coordinatorName,
    });
    io.out(`Created ${options.jurisdiction} with its lead agency "${options.leadOrganization}".`);
    io.out(`Administrator ${options.adminEmail}: one-time password ${result.temporaryPassword}`);
    if (options.coordinatorEmail && result.coordinatorTemporaryPassword) {
      io.out(
        `Coordinator ${options.coordinatorEmail}: one-time password ${result.coordinatorTemporaryPassword}`,
      );
    } else {
      io.out(
        'No coordinator yet: roles that see youth data wait for one to approve them. Add the first with `lantern add-coordinator`.',
      );
    }
    io.out('They must change it and set up an authenticator app at first sign-in.');
  } finally {
    await closeRuntime(runtime);
  }
}

export async function addCoordinatorCommand(io: CliIo, raw: unknown): Promise<void> {
  const options = parse(CoordinatorOptions, raw);
  const runtime = await openRuntime(loadConfig(io.env), io.env);
  try {
    const result = await addFirstCoordinator(runtime, {
      jurisdiction: options.jurisdiction,
      email: options.email,
      name: options.name,
    });
    io.out(`Coordinator ${options.email}: one-time password ${result.temporaryPassword}`);
    io.out('They must change it and set up an authenticator app at first sign-in.');
  } finally {
    await closeRuntime(runtime);
  }
}
