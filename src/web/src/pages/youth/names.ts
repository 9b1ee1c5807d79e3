// How a youth is named on screen: only what the server let through, never a guess.
import type { TFunction } from 'i18next';
import type { YouthIdentity } from '../../types';

/** "Maya Rivera, also called “Mimi”", or the alias alone, or null when no name is recorded. */
export function youthName(identity: YouthIdentity, t: TFunction): string | null {
  const name = [identity.givenName, identity.familyName].filter(Boolean).join(' ');
  if (name && identity.alias) return t('youth.nameWithAlias', { name, alias: identity.alias });
  if (identity.alias) return t('youth.aliasOnly', { alias: identity.alias });
  return name || null;
}

/** Today's calendar day on this device (YYYY-MM-DD). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar day `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The value of a datetime-local control for this moment, on this device's clock. */
export function localDateTime(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
