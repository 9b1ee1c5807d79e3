// When the person last asked the server for something, in any of their tabs: the idle warning
// counts from it (idle-warning.ts). The header's background reads (the unread count) do not
// count: a screen left open is not a person at it.
let lastActivityAt = Date.now();
const listeners = new Set<() => void>();
const tabs =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('lantern-activity');

function heard(at: number): void {
  if (at <= lastActivityAt) return;
  lastActivityAt = at;
  for (const listener of listeners) listener();
}

if (tabs) {
  tabs.onmessage = (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'number') heard(event.data);
  };
}

/** A request the person made reached the server; `sentAt` is when it left (the earlier time). */
export function noteActivity(sentAt: number): void {
  heard(sentAt);
  tabs?.postMessage(sentAt);
}

export function lastActivity(): number {
  return lastActivityAt;
}

export function onActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
