// MDT meetings: the meetings the caller may open (the coordinator's county, or those their
// organization attends) and, for the coordinator, the form that schedules the next one.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { listMeetings } from '../../mdt-api';
import { useSignedIn } from '../../session';
import { formatMoment } from '../work/moment';
import { isCountyCoordinator } from '../work/WorkPage';
import { ScheduleForm } from './ScheduleForm';

export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSignedIn();
  const describe = useDescribeError();
  usePageTitle(t('mdt.title'));
  const meetings = useApiData('mdt-meetings', listMeetings);
  return (
    <>
      <h1>{t('mdt.title')}</h1>
      <p className="lead">{t('mdt.intro')}</p>
      {meetings.loading && !meetings.data ? <Loading label={t('common.loading')} /> : null}
      <ErrorMessage>{meetings.error ? describe(meetings.error) : null}</ErrorMessage>
      {meetings.data?.length === 0 ? <p>{t('mdt.none')}</p> : null}
      <ul className="cards">
        {meetings.data?.map((m) => (
          <li key={m.id} className="card">
            <Link to={`/mdt/${m.id}`}>{m.title}</Link>
            <p>
              {formatMoment(m.startsAt, i18n.language)} · {t('mdt.cases', { count: m.cases })}
            </p>
          </li>
        ))}
      </ul>
      {isCountyCoordinator(user) ? (
        <ScheduleForm jurisdictionId={user.jurisdictionId} onScheduled={meetings.reload} />
      ) : null}
    </>
  );
}
