// Instants and calendar days in the reader's words and the device's time zone, with no React, so
// the wording of notices (pages/notifications/notice-words.ts) can be tested without a browser.
import { dateTimeFormat } from '../../intl.js';

/** "Tue, Nov 24, 3:10 AM PST": enough to act on, with the zone spelled out. */
export function formatMoment(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}

/** "Nov 24, 2026": a calendar day (YYYY-MM-DD) as written, whatever the device's zone. */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
