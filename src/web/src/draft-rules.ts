// The rules of drafts kept in the browser (src/web/src/drafts.ts does the crypto and storage):
// how a draft is named, when it is too old to offer, what is worth keeping. Pure, so it runs in
// Node tests as well as in the browser.

/** A draft older than this is deleted, not offered (docs/CONFIDENTIALITY.md). */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

/** Typing saves a draft once the person pauses this long. */
export const DRAFT_SAVE_DELAY_MS = 800;

/** The forms whose text is kept as a draft; the case note form adds its category. */
export type DraftForm = `caseNote.${string}` | 'privilegedNote';

/** Whose draft, about which youth, in which form: one draft per address. */
export interface DraftAddress {
  readonly userId: string;
  readonly youthId: string;
  readonly form: DraftForm;
}

const PART = /^[A-Za-z0-9_.-]{1,80}$/;

/**
 * The draft's name: user, youth and form. It is hashed before it is stored (the store shows no
 * youth id) and bound to the ciphertext as additional data, so a draft copied under another
 * person's or youth's name does not decrypt.
 */
export function draftName(address: DraftAddress): string {
  const parts = [address.userId, address.youthId, address.form];
  if (!parts.every((part) => PART.test(part))) throw new Error('a draft address part is invalid');
  return parts.join('/');
}

export function draftExpired(savedAt: number, now: number): boolean {
  return now - savedAt >= DRAFT_MAX_AGE_MS;
}

/** The stored drafts too old to offer: deleted when drafts are next opened. */
export function expiredDrafts<T extends { readonly savedAt: number }>(
  drafts: readonly T[],
  now: number,
): T[] {
  return drafts.filter((draft) => draftExpired(draft.savedAt, now));
}

/** Blank text is no draft: it deletes the one kept. */
export function draftWorthKeeping(text: string): boolean {
  return text.trim().length > 0;
}

/**
 * Whether to offer a stored draft back to a form: only a fresh one, and only when it holds
 * something the form does not already show.
 */
export function draftToOffer(
  stored: { readonly text: string; readonly savedAt: number } | null,
  formText: string,
  now: number,
): { readonly text: string; readonly savedAt: number } | null {
  if (!stored || draftExpired(stored.savedAt, now) || !draftWorthKeeping(stored.text)) return null;
  return stored.text === formText ? null : stored;
}
