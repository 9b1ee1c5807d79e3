// `lantern purge --dry-run` (docs/RETENTION.md): how many cases' data each county's purge would
// remove on a day, per category, counts only (no name, no case number), changing nothing. The
// purge itself stays the server's daily job; this only forecasts it, from the same rule.
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import type { Queryable } from '../../db/database.js';
import { listJurisdictions } from '../../db/repositories/jurisdictions.js';
import { isIsoDate } from '../../domain/local-time.js';
import { DATA_CATEGORIES } from '../../domain/vocabulary.js';
import { systemClock } from '../../server/context.js';
import { openMigratedDatabase } from '../../server/runtime.js';
import { forecastPurge } from '../../server/services/retention/purge.js';
import type { CliIo } from '../io.js';

const PurgeOptions = z.strictObject({
  dryRun: z.literal(true, {
    error: 'the purge runs as the server’s daily job; here only --dry-run is offered',
  }),
  jurisdiction: z.string().trim().min(1).optional(),
  on: z.string().refine(isIsoDate, 'a calendar day, YYYY-MM-DD (the county’s day)').optional(),
});
type PurgeOptions = z.infer<typeof PurgeOptions>;

/**
 * The dry run's lines: for each county (or the one named), the day, the cases and, per
 * category, how many cases' data of it would go. Reads only.
 */
export async function purgeDryRunLines(
  db: Queryable,
  options: Omit<PurgeOptions, 'dryRun'>,
  now: Date,
): Promise<string[]> {
  const counties = (await listJurisdictions(db)).filter(
    (j) => options.jurisdiction === undefined || j.name === options.jurisdiction,
  );
  if (counties.length === 0) {
    throw new Error(`no jurisdiction named "${options.jurisdiction ?? ''}"`);
  }
  const lines: string[] = [];
  for (const county of counties) {
    const forecast = await forecastPurge(db, county.id, now, options.on);
    lines.push(`${county.name}: ${forecast.day}: ${forecast.cases} case(s) with data to purge`);
    for (const category of DATA_CATEGORIES) {
      const n = forecast.categories[category];
      if (n) lines.push(`  ${category.padEnd(24)} ${n}`);
    }
  }
  return lines;
}

/** `lantern purge --dry-run [--jurisdiction NAME] [--on YYYY-MM-DD]`. */
export async function purgeCommand(io: CliIo, raw: unknown): Promise<void> {
  const parsed = PurgeOptions.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((i) => `--${String(i.path[0] ?? '').replace('dryRun', 'dry-run')}: ${i.message}`)
        .join('; '),
    );
  }
  const { jurisdiction, on } = parsed.data;
  const { db } = await openMigratedDatabase(loadConfig(io.env));
  try {
    for (const line of await purgeDryRunLines(db, { jurisdiction, on }, systemClock.now()))
      io.out(line);
  } finally {
    await db.close();
  }
}
