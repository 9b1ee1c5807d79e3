// The master key wraps every data key; it lives outside the database (docs/CONFIDENTIALITY.md).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const KEY_BYTES = 32;

export interface MasterKeySource {
  readonly key: Buffer;
  /** Where it came from, for the start-up message: never the key itself. */
  readonly origin: string;
}

function decodeKey(text: string, origin: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `${origin} must hold ${KEY_BYTES} random bytes in base64 (make one with: openssl rand -base64 32)`,
    );
  }
  return key;
}

/**
 * LANTERN_MASTER_KEY (base64), else LANTERN_MASTER_KEY_FILE, else, in demo mode only,
 * a key generated once in the data directory.
 */
export function loadMasterKey(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly dataDir: string;
  readonly demoMode: boolean;
}): MasterKeySource {
  const { env } = options;
  if (env.LANTERN_MASTER_KEY) {
    return {
      key: decodeKey(env.LANTERN_MASTER_KEY, 'LANTERN_MASTER_KEY'),
      origin: 'LANTERN_MASTER_KEY',
    };
  }
  if (env.LANTERN_MASTER_KEY_FILE) {
    const file = env.LANTERN_MASTER_KEY_FILE;
    if (!existsSync(file)) throw new Error(`LANTERN_MASTER_KEY_FILE: no file at ${file}`);
    return { key: decodeKey(readFileSync(file, 'utf8'), file), origin: file };
  }
  if (!options.demoMode) {
    throw new Error(
      'no master key: set LANTERN_MASTER_KEY or LANTERN_MASTER_KEY_FILE (see README, "Keys")',
    );
  }
  const file = `${options.dataDir}/master.key`;
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    try {
      // Exclusive: of two demo servers started at once on a new directory, the second must
      // not replace the key the first has already sealed data with (it then stops at the lock).
      writeFileSync(file, randomBytes(KEY_BYTES).toString('base64') + '\n', {
        mode: 0o600,
        flag: 'wx',
      });
      chmodSync(file, 0o600);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
  }
  return { key: decodeKey(readFileSync(file, 'utf8'), file), origin: `${file} (demo key)` };
}

/** Seals a small secret with AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", bound to a purpose. */
export function seal(key: Buffer, plaintext: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unseal(key: Buffer, sealed: string, purpose: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined) {
    throw new Error('sealed value has an unknown format');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
