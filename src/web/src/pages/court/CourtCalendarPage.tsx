// The court calendar: a week of hearings for the court's and the district attorney's staff, each
// with only what the server says the reader may see (case number always, the youth's name only
// where identity is readable). docs/LEGAL-AND-MDT.md, "Protective orders and hearings". The
// first week is the server's default window, counted in the county's time zone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readCourtCalendar } from '../../court-api';
import { ErrorMessage, Loading } from '../../components/Messages';
import {
  formatDate,
  formatDateTime,
  useApiData,
  useDescribeError,
  usePageTitle,
} from '../../hooks';

const DAY_MS = 86_400_000;
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function CourtCalendarPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('courtCalendar.title'));
  const describeError = useDescribeError();
  // First the server's own window (this day in the county and the next six, whatever the
  // browser's clock and time zone say); then a week on or back from the `from` it answered.
  const [from, setFrom] = useState<string | null>(null);
  const calendar = useApiData(`court-calendar:${from ?? 'county-default'}`, () =>
    readCourtCalendar(from === null ? {} : { from, to: plusDays(from, 6) }),
  );
  const shown = from ?? calendar.data?.from ?? null;
  const hearings = calendar.data?.hearings ?? [];
  return (
    <>
      <h1>{t('courtCalendar.title')}</h1>
      <p>{t('courtCalendar.intro')}</p>
      {shown === null ? null : (
        <>
          <nav
            className="actions"
            aria-label={t('courtCalendar.week', { date: formatDate(shown, i18n.language) })}
          >
            <button
              type="button"
              onClick={() => {
                setFrom(plusDays(shown, -7));
              }}
            >
              {t('courtCalendar.previous')}
            </button>
            <button
              type="button"
              onClick={() => {
                setFrom(plusDays(shown, 7));
              }}
            >
              {t('courtCalendar.next')}
            </button>
          </nav>
          <h2>{t('courtCalendar.week', { date: formatDate(shown, i18n.language) })}</h2>
        </>
      )}
      {calendar.error ? <ErrorMessage>{describeError(calendar.error)}</ErrorMessage> : null}
      {calendar.loading && !calendar.data ? <Loading label={t('common.loading')} /> : null}
      {calendar.data && hearings.length === 0 ? <p>{t('courtCalendar.empty')}</p> : null}
      {hearings.length > 0 ? (
        <table className="court-calendar">
          <thead>
            <tr>
              <th scope="col">{t('courtCalendar.when')}</th>
              <th scope="col">{t('courtCalendar.caseNumber')}</th>
              <th scope="col">{t('courtCalendar.youth')}</th>
              <th scope="col">{t('courtCalendar.type')}</th>
              <th scope="col">{t('courtCalendar.court')}</th>
            </tr>
          </thead>
          <tbody>
            {hearings.map((hearing) => (
              <tr key={hearing.hearingId}>
                <td>{formatDateTime(hearing.startsAt, i18n.language)}</td>
                <td>
                  {hearing.youthId ? (
                    <Link to={`/youth/${hearing.youthId}`}>{hearing.caseNumber}</Link>
                  ) : (
                    hearing.caseNumber
                  )}
                </td>
                <td>
                  {hearing.youthName ?? (
                    <span className="muted">{t('courtCalendar.nameWithheld')}</span>
                  )}
                </td>
                <td>{t(`hearings.types.${hearing.type}`)}</td>
                <td>{hearing.court}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
