// When a place is open, in the reader's words: "Open 24 hours" rather than seven midnights.
import { useTranslation } from 'react-i18next';
import { clockTime, dayName } from '../directory/hsds';
import type { PublicService } from './public-service';

export function HoursText({ place }: { place: PublicService }) {
  const { t, i18n } = useTranslation();
  if (place.open24Hours) return <>{t('findHelp.open24Hours')}</>;
  if (place.hours.length === 0) return <>{t('findHelp.noHours')}</>;
  const lines = place.hours.map((entry) => {
    const days = entry.days.map((day) => dayName(day, i18n.language)).join(', ');
    const times =
      entry.opensAt && entry.closesAt
        ? t('findHelp.timeRange', {
            opens: clockTime(entry.opensAt, i18n.language),
            closes: clockTime(entry.closesAt, i18n.language),
          })
        : null;
    const line = [days, times].filter(Boolean).join(': ');
    return [entry.where, entry.description ?? line].filter(Boolean).join(': ');
  });
  return (
    <ul className="hours">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
