// Drafts of typed notes kept in this browser, encrypted (docs/CONFIDENTIALITY.md, "What the
// browser keeps"): AES-GCM under a key per person that Web Crypto made non-extractable and
// IndexedDB keeps as a CryptoKey, never its bytes in script's reach. A record holds the hash of
// the draft's name, the person's id, the time and the ciphertext; never the text. The rules
// (names, age, what is worth keeping) are draft-rules.ts.
import {
  DRAFT_SAVE_DELAY_MS,
  draftName,
  draftToOffer,
  draftWorthKeeping,
  expiredDrafts,
  type DraftAddress,
} from './draft-rules';

const DATABASE = 'lantern-drafts';
const KEYS = 'keys';
const DRAFTS = 'drafts';

interface StoredKey {
  userId: string;
  key: CryptoKey;
}

interface StoredDraft {
  /** SHA-256 of draftName(address), hex. */
  id: string;
  userId: string;
  savedAt: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

export interface KeptDraft {
  readonly text: string;
  readonly savedAt: number;
}

let opening: Promise<IDBDatabase> | null = null;

function openDrafts(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(KEYS, { keyPath: 'userId' });
      db.createObjectStore(DRAFTS, { keyPath: 'id' }).createIndex('userId', 'userId');
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB did not open'));
    };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

async function store(name: string, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await openDrafts()).transaction(name, mode).objectStore(name);
}

async function storageId(address: DraftAddress): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(draftName(address)),
  );
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function personKey(userId: string, create: boolean): Promise<CryptoKey | null> {
  const found = (await done((await store(KEYS, 'readonly')).get(userId))) as StoredKey | undefined;
  if (found || !create) return found?.key ?? null;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await done((await store(KEYS, 'readwrite')).put({ userId, key } satisfies StoredKey));
  return key;
}

/** Drafts are written only for the person signed in here (session.tsx says who). */
let owner: string | null = null;
const pending = new Map<string, { address: DraftAddress; text: string; timer: number }>();

export function setDraftOwner(userId: string | null): void {
  owner = userId;
}

async function writeDraft(address: DraftAddress, text: string): Promise<number | null> {
  if (address.userId !== owner) return null;
  const id = await storageId(address);
  if (!draftWorthKeeping(text)) {
    await done((await store(DRAFTS, 'readwrite')).delete(id));
    return null;
  }
  const key = await personKey(address.userId, true);
  if (!key) return null;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(draftName(address)) },
    key,
    new TextEncoder().encode(text),
  );
  // Signed out while encrypting: the person's drafts are being deleted, add none.
  if (address.userId !== owner) return null;
  const savedAt = Date.now();
  const record: StoredDraft = { id, userId: address.userId, savedAt, iv, ciphertext };
  await done((await store(DRAFTS, 'readwrite')).put(record));
  return savedAt;
}

/** Keeps the text once the person pauses; `onKept` hears when (null: nothing kept). */
export function keepDraftSoon(
  address: DraftAddress,
  text: string,
  onKept: (savedAt: number | null) => void,
): void {
  const name = draftName(address);
  const earlier = pending.get(name);
  if (earlier) window.clearTimeout(earlier.timer);
  const timer = window.setTimeout(() => {
    pending.delete(name);
    writeDraft(address, text).then(onKept, () => {
      onKept(null);
    });
  }, DRAFT_SAVE_DELAY_MS);
  pending.set(name, { address, text, timer });
}

/** Writes every draft still waiting for its pause: before the screen ends an idle session. */
export async function keepPendingDrafts(): Promise<void> {
  const waiting = [...pending.values()];
  pending.clear();
  for (const entry of waiting) window.clearTimeout(entry.timer);
  await Promise.allSettled(waiting.map((entry) => writeDraft(entry.address, entry.text)));
}

function cancelPending(address: DraftAddress): void {
  const name = draftName(address);
  const entry = pending.get(name);
  if (entry) window.clearTimeout(entry.timer);
  pending.delete(name);
}

/** The draft kept for this form, if one is fresh and differs from what the form shows. */
export async function findDraft(
  address: DraftAddress,
  formText: string,
): Promise<KeptDraft | null> {
  try {
    const id = await storageId(address);
    const found = (await done((await store(DRAFTS, 'readonly')).get(id))) as
      StoredDraft | undefined;
    const key = found ? await personKey(address.userId, false) : null;
    if (!found || !key || found.userId !== address.userId) return null;
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: found.iv,
        additionalData: new TextEncoder().encode(draftName(address)),
      },
      key,
      found.ciphertext,
    );
    const kept = { text: new TextDecoder().decode(plain), savedAt: found.savedAt };
    const offer = draftToOffer(kept, formText, Date.now());
    if (!offer && kept.text !== formText) await deleteDraft(address);
    return offer;
  } catch {
    // No IndexedDB here, or a draft that does not decrypt (another key, tampered): none to offer.
    return null;
  }
}

export async function deleteDraft(address: DraftAddress): Promise<void> {
  cancelPending(address);
  try {
    await done((await store(DRAFTS, 'readwrite')).delete(await storageId(address)));
  } catch {
    // Nothing kept, or no IndexedDB here.
  }
}

async function personDrafts(userId: string): Promise<StoredDraft[]> {
  const index = (await store(DRAFTS, 'readonly')).index('userId');
  return (await done(index.getAll(userId))) as StoredDraft[];
}

/** How many fresh drafts the person has here (the sign-out confirmation says it). */
export async function countDrafts(userId: string): Promise<number> {
  try {
    const all = await personDrafts(userId);
    const old = new Set(expiredDrafts(all, Date.now()));
    return all.filter((draft) => !old.has(draft)).length + pendingFor(userId);
  } catch {
    return 0;
  }
}

function pendingFor(userId: string): number {
  return [...pending.values()].filter((entry) => entry.address.userId === userId).length;
}

/** Deletes drafts older than DRAFT_MAX_AGE_MS, whoever's: when a person's session starts. */
export async function deleteExpiredDrafts(): Promise<void> {
  try {
    const all = (await done((await store(DRAFTS, 'readonly')).getAll())) as StoredDraft[];
    const old = expiredDrafts(all, Date.now());
    if (old.length === 0) return;
    const drafts = await store(DRAFTS, 'readwrite');
    await Promise.all(old.map((draft) => done(drafts.delete(draft.id))));
  } catch {
    // No IndexedDB here.
  }
}

/** A deliberate sign-out: the person's drafts and key go; nothing of theirs stays readable. */
export async function forgetDrafts(userId: string): Promise<void> {
  if (owner === userId) owner = null;
  for (const [name, entry] of pending) {
    if (entry.address.userId !== userId) continue;
    window.clearTimeout(entry.timer);
    pending.delete(name);
  }
  try {
    const db = await openDrafts();
    const tx = db.transaction([KEYS, DRAFTS], 'readwrite');
    const drafts = tx.objectStore(DRAFTS);
    // Deleted in the request's own callback: the transaction stays open only until then.
    const ids = drafts.index('userId').getAllKeys(userId);
    ids.onsuccess = () => {
      for (const id of ids.result) drafts.delete(id);
    };
    tx.objectStore(KEYS).delete(userId);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('IndexedDB transaction failed'));
      };
    });
  } catch {
    // No IndexedDB here: nothing was kept.
  }
}
