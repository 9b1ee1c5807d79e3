// The page for recording what happened on a case, reached from the youth record. Once saved, the
// form gives way to what the protocol did, the protective response first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, getYouth } from '../../../api';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../../hooks';
import type { RecordedEvent } from '../../../work-types';
import '../../work/work.css';
import { EventForm } from './EventForm';
import { ProtocolOutcome } from './ProtocolOutcome';

export function RecordEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const record = useApiData(`youth:${id}`, () => getYouth(id));
  const youth = record.data?.id === id ? record.data : undefined;
  const [recorded, setRecorded] = useState<RecordedEvent | null>(null);
  // A new form each time, so "record something else" starts from now again.
  const [attempt, setAttempt] = useState(0);
  usePageTitle(youth ? t('events.heading', { caseNumber: youth.caseNumber }) : t('events.title'));
  const back = (
    <p className="breadcrumb">
      <Link to={`/youth/${encodeURIComponent(id)}`}>{t('events.backToRecord')}</Link>
    </p>
  );
  if (!youth) {
    const { error } = record;
    return (
      <>
        {back}
        <h1>{t('events.title')}</h1>
        {error ? (
          <ErrorMessage>
            {error instanceof ApiError && error.status === 404
              ? t('record.notFound')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{t('events.heading', { caseNumber: youth.caseNumber })}</h1>
      {recorded ? (
        <ProtocolOutcome
          youthId={youth.id}
          recorded={recorded}
          onRecordAnother={() => {
            setRecorded(null);
            setAttempt((n) => n + 1);
          }}
        />
      ) : youth.allowedActions.includes('event.record') ? (
        <EventForm key={attempt} youth={youth} onRecorded={setRecorded} />
      ) : (
        <p>{t('events.notAllowed')}</p>
      )}
    </>
  );
}
