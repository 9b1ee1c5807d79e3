// Times and countdowns in the worker's words and time zone (the browser's, which the page names).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countdown, type Span } from './clock';

/** The time zone the browser reports, which every time on these screens is shown in. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export { formatMoment } from './moment';

/** "Due in 1 h 30 min" / "Overdue by 2 d 3 h", for a task due at `dueAt`, seen at `now`. */
export function useCountdownWords(): (
  dueAt: string,
  now: Date,
) => { text: string; overdue: boolean } {
  const { t } = useTranslation();
  const spanWords = useCallback(
    (span: Span) => {
      const parts = [
        span.days > 0 ? t('work.span.days', { count: span.days }) : null,
        span.hours > 0 ? t('work.span.hours', { count: span.hours }) : null,
        span.minutes > 0 ? t('work.span.minutes', { count: span.minutes }) : null,
      ].filter((part): part is string => part !== null);
      return parts.length > 0 ? parts.join(' ') : t('work.span.lessThanMinute');
    },
    [t],
  );
  return useCallback(
    (dueAt: string, now: Date) => {
      const clock = countdown(new Date(dueAt), now);
      const span = spanWords(clock.span);
      return clock.overdue
        ? { text: t('work.overdueBy', { span }), overdue: true }
        : { text: t('work.dueIn', { span }), overdue: false };
    },
    [t, spanWords],
  );
}
