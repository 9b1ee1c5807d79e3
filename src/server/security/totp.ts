import { Secret, TOTP } from 'otpauth';

// RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 seconds.
function totp(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Lantern',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return totp(secretBase32, label).toString();
}

/** Accepts the current code and one step either side, for clock drift. */
export function checkTotp(secretBase32: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return (
    totp(secretBase32, 'check').validate({ token: code, timestamp: now.getTime(), window: 1 }) !==
    null
  );
}

/** The code an authenticator would show at `now` (tests and the demo helper). */
export function totpCode(secretBase32: string, now: Date): string {
  return totp(secretBase32, 'code').generate({ timestamp: now.getTime() });
}
