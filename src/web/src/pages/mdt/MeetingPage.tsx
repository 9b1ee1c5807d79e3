// One MDT meeting, as the caller's organization may see it, or the room's shared screen (case
// numbers and clocks only). The coordinator runs it from here: agenda, attendance, decisions,
// minutes. What shows is what the server returns; nothing is decided here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { agendaPdfUrl, getMeeting } from '../../mdt-api';
import { formatMoment } from '../work/moment';
import { AgendaCaseCard } from './AgendaCaseCard';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceForm } from './AttendanceForm';
import { DecisionForm } from './DecisionForm';
import { MinutesForm } from './MinutesForm';

export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const id = useParams().id ?? '';
  const [shared, setShared] = useState(false);
  const view = shared ? 'shared' : 'own';
  const meeting = useApiData(`mdt-${id}-${view}`, () => getMeeting(id, view));
  const m = meeting.data;
  usePageTitle(m?.title ?? t('mdt.title'));
  const may = (action: string) => m?.allowedActions.some((a) => a === action) ?? false;
  return (
    <>
      <p>
        <Link to="/mdt">{t('mdt.meeting.back')}</Link>
      </p>
      <h1>{m?.title ?? t('mdt.title')}</h1>
      {meeting.loading && !m ? <Loading label={t('common.loading')} /> : null}
      <ErrorMessage>{meeting.error ? describe(meeting.error) : null}</ErrorMessage>
      {m ? (
        <>
          <p className="lead">
            {t('mdt.meeting.when', { when: formatMoment(m.startsAt, i18n.language) })}
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={shared}
              onChange={(event) => {
                setShared(event.target.checked);
              }}
            />
            {t('mdt.meeting.shared')}
          </label>
          {shared ? <p role="status">{t('mdt.meeting.sharedOn')}</p> : null}
          <p>
            <a href={agendaPdfUrl(m.id, i18n.language)} target="_blank" rel="noreferrer">
              {t('mdt.meeting.print')}
            </a>
          </p>
          {m.agenda.length === 0 ? <p>{t('mdt.meeting.empty')}</p> : null}
          <ol className="cards">
            {m.agenda.map((item) => (
              <AgendaCaseCard
                key={item.youthId}
                meetingId={m.id}
                item={item}
                mayReview={may('case.review')}
                shared={shared}
                onChange={meeting.reload}
              />
            ))}
          </ol>
          {shared ? null : (
            <section aria-labelledby="mdt-general">
              <h2 id="mdt-general">{t('mdt.meeting.general')}</h2>
              {m.generalMinutes.length === 0 ? <p>{t('mdt.meeting.noGeneral')}</p> : null}
              {m.generalMinutes.map((minutes) => (
                <p key={minutes.id} className="minutes">
                  {minutes.body}
                </p>
              ))}
            </section>
          )}
          {may('agenda.edit') ? <AgendaEditor meeting={m} onSaved={meeting.reload} /> : null}
          {may('attendance.record') ? (
            <AttendanceForm meeting={m} onSaved={meeting.reload} />
          ) : null}
          {may('decision.record') && m.agenda.length > 0 ? (
            <DecisionForm meeting={m} onSaved={meeting.reload} />
          ) : null}
          {may('minutes.write') ? <MinutesForm meeting={m} onSaved={meeting.reload} /> : null}
        </>
      ) : null}
    </>
  );
}
