// When the screen warns that the session is about to end, and when it counts it as ended: pure
// arithmetic over the server's idle limit (the session answer's idleTimeoutSeconds) and the last
// request the person made here, so it runs in Node tests as well as in the browser.
import { ACTIVITY_RECORD_INTERVAL_MS } from '../../domain/sessions.js';

/** The warning comes this long before the end (issue 15: two minutes). */
export const IDLE_WARNING_LEAD_MS = 2 * 60_000;

export type IdlePhase =
  | { readonly phase: 'active'; readonly warnAt: number; readonly endsAt: number }
  | { readonly phase: 'warning'; readonly endsAt: number; readonly minutesLeft: number }
  | { readonly phase: 'ended'; readonly endsAt: number };

/**
 * When the server may end the session. It records activity at most every 30 s
 * (ACTIVITY_RECORD_INTERVAL_MS), so the idle limit may run from up to 30 s before the last
 * request: the screen counts from there, so it ends early when it is wrong, never late.
 */
export function idleEnd(lastActivityAt: number, idleTimeoutMs: number): number {
  return lastActivityAt + Math.max(0, idleTimeoutMs - ACTIVITY_RECORD_INTERVAL_MS);
}

/** Two minutes, or half the window when a county sets an idle limit shorter than that allows. */
export function warningLead(idleTimeoutMs: number): number {
  const window = Math.max(0, idleTimeoutMs - ACTIVITY_RECORD_INTERVAL_MS);
  return Math.min(IDLE_WARNING_LEAD_MS, Math.floor(window / 2));
}

export function idlePhase(now: number, lastActivityAt: number, idleTimeoutMs: number): IdlePhase {
  const endsAt = idleEnd(lastActivityAt, idleTimeoutMs);
  if (now >= endsAt) return { phase: 'ended', endsAt };
  const warnAt = endsAt - warningLead(idleTimeoutMs);
  if (now < warnAt) return { phase: 'active', warnAt, endsAt };
  return { phase: 'warning', endsAt, minutesLeft: Math.ceil((endsAt - now) / 60_000) };
}

/**
 * How long until the phase or the minutes shown change, so the screen sets one timer at a time
 * instead of ticking every second.
 */
export function nextIdleCheck(now: number, lastActivityAt: number, idleTimeoutMs: number): number {
  const state = idlePhase(now, lastActivityAt, idleTimeoutMs);
  if (state.phase === 'ended') return Number.POSITIVE_INFINITY;
  if (state.phase === 'active') return state.warnAt - now;
  const left = state.endsAt - now;
  // The minute count changes when `left` crosses a whole minute; the end comes at 0.
  return left % 60_000 === 0 ? 60_000 : left % 60_000;
}
