// Files sealed under a jurisdiction's data key (docs/CONFIDENTIALITY.md, "Encryption at rest"):
// AES-256-GCM over the bytes as they are, the nonce and tag kept beside the ciphertext, and the
// ciphertext bound to its record by the additional data, so it cannot be moved to another row.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedFile {
  readonly nonce: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

export function sealFile(key: Buffer, plaintext: Buffer, purpose: string): SealedFile {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws when the ciphertext, its tag or its purpose was changed. */
export function unsealFile(key: Buffer, sealed: SealedFile, purpose: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce);
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

/** The document's bytes and its label are bound to the document they were written for. */
export const documentPurpose = (documentId: string) => `case-document:${documentId}`;
export const documentLabelPurpose = (documentId: string) => `case-document-label:${documentId}`;
/** A missing-youth photo is bound to its youth: it cannot be shown as another child's. */
export const missingPhotoPurpose = (youthId: string) => `missing-photo:${youthId}`;
