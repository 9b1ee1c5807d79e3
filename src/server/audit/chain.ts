// The hash chain over audit events. hash = SHA-256(prev_hash + canonical JSON of the event),
// so changing, removing or reordering any stored event breaks every link after it.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  readonly seq: number;
  readonly at: Date;
  readonly actorUserId: string | null;
  readonly actorOrganizationId: string | null;
  readonly jurisdictionId: string | null;
  readonly action: string;
  readonly targetType: string | null;
  readonly targetId: string | null;
  readonly categories: readonly string[];
  readonly outcome: string;
  readonly reason: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly details: unknown;
}

/** JSON with object keys sorted at every depth: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The canonical JSON of an event before the database numbers it: the text before `seq`'s value
 * and the text after, so that `before + String(seq) + after` is `canonicalJson` of the event
 * numbered `seq`. The append statement (audit-log.ts) hashes it with the number it takes.
 */
export function canonicalJsonAroundSeq(event: Omit<ChainedEvent, 'seq'>): {
  readonly before: string;
  readonly after: string;
} {
  const entries = Object.entries({ ...event, seq: 0 })
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts = entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  const at = entries.findIndex(([k]) => k === 'seq');
  return {
    before: `{${parts
      .slice(0, at)
      .map((part) => `${part},`)
      .join('')}"seq":`,
    after: `${parts
      .slice(at + 1)
      .map((part) => `,${part}`)
      .join('')}}`,
  };
}

export function hashEvent(prevHash: string, event: ChainedEvent): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(event))
    .digest('hex');
}
