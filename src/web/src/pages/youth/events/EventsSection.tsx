// What happened on the case, as far as the reader may see it (each event by its data category,
// decided by the server): when, what, who recorded it, and how late it was recorded.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { useApiData, useDescribeError } from '../../../hooks';
import type { YouthRecord } from '../../../types';
import { listEvents } from '../../../work-api';
import type { CaseEvent } from '../../../work-types';
import '../../work/work.css';
import { formatMoment } from '../../work/time-words';
import { recordedLate } from './event-draft';

export function EventsSection({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const events = useApiData(`events:${youth.id}`, () => listEvents(youth.id));
  const newestFirst = [...(events.data ?? [])].sort(
    (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt),
  );
  return (
    <>
      {youth.allowedActions.includes('event.record') ? (
        <p>
          <Link to={`/youth/${encodeURIComponent(youth.id)}/events/new`}>
            {t('events.recordLink')}
          </Link>
        </p>
      ) : null}
      <ErrorMessage>{events.error ? describeError(events.error) : null}</ErrorMessage>
      {events.data === undefined ? (
        events.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : newestFirst.length === 0 ? (
        <p className="muted">{t('events.listEmpty')}</p>
      ) : (
        <ul className="event-list">
          {newestFirst.map((event) => (
            <li key={event.id}>
              <EventEntry event={event} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function EventEntry({ event }: { event: CaseEvent }) {
  const { t, i18n } = useTranslation();
  const late = recordedLate(event.occurredAt, event.recordedAt);
  const where = typeof event.details.where === 'string' ? event.details.where : null;
  return (
    <>
      <p>
        <strong>{t(`events.types.${event.type}`)}</strong>,{' '}
        <time dateTime={event.occurredAt}>{formatMoment(event.occurredAt, i18n.language)}</time>
        {late ? (
          <span className="muted">
            {' '}
            (
            {'hours' in late
              ? t('events.recordedLateHours', { count: late.hours })
              : t('events.recordedLateMinutes', { count: late.minutes })}
            )
          </span>
        ) : null}
      </p>
      {where ? <p>{t('events.whereValue', { where })}</p> : null}
      <p className="muted">
        {t('events.recordedBy', {
          name: event.recordedByName,
          organization: event.recordedByOrganizationName,
        })}
      </p>
    </>
  );
}
