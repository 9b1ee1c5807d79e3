// How a task's clock reads: "due in 1 h 30 min", "missed by 2 d 3 h". Two units at most, so it
// reads at a glance on a phone.
import type { TFunction } from 'i18next';
import type { TimelineTask } from '../../../timeline-api';

export function formatDuration(totalMinutes: number, t: TFunction): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    days > 0 ? t('timeline.duration.days', { count: days }) : null,
    hours > 0 ? t('timeline.duration.hours', { count: hours }) : null,
    minutes > 0 && days === 0 ? t('timeline.duration.minutes', { count: minutes }) : null,
  ].filter((p): p is string => p !== null);
  return parts.slice(0, 2).join(' ') || t('timeline.duration.minutes', { count: 0 });
}

export function clockText(clock: TimelineTask['clock'], t: TFunction): string {
  const duration = formatDuration(clock.minutes ?? 0, t);
  switch (clock.state) {
    case 'met':
      return clock.minutes ? t('timeline.clock.met', { duration }) : t('timeline.clock.metOnTime');
    case 'missed':
      return t('timeline.clock.missed', { duration });
    case 'overdue':
      return t('timeline.clock.overdue', { duration });
    case 'open':
      return t('timeline.clock.open', { duration });
    case 'cancelled':
      return t('timeline.clock.cancelled');
  }
}

export const clockBadge: Record<TimelineTask['clock']['state'], string> = {
  met: 'badge badge-on',
  missed: 'badge badge-overdue',
  overdue: 'badge badge-overdue',
  open: 'badge badge-warn',
  cancelled: 'badge badge-off',
};
