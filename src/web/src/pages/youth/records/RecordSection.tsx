// "Status and corrections" on the record: the case's status history (everyone who views the case
// reads it), the identity's correction history (readers of the identity only), and the steps the
// record's lifecycleActions offer: correct the record, close the case, reopen it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import { readCaseStatus, type StatusChange } from '../../../records-api';
import type { YouthRecord } from '../../../types';
import { CorrectIdentityForm } from './CorrectIdentityForm';
import { IdentityHistory } from './IdentityHistory';
import { MergeForm } from './MergeForm';
import { StatusForm } from './StatusForms';

export function RecordSection({ youth, onChanged }: { youth: YouthRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const offers = (action: YouthRecord['lifecycleActions'][number]) =>
    youth.lifecycleActions.includes(action);
  // The identity as last loaded: a correction reloads the record and, with it, the history.
  const identityVersion = JSON.stringify(youth.identity);
  // A merge leaves the survivor's status as it was; its history still changes.
  const [merges, setMerges] = useState(0);
  return (
    <div className="stack">
      <h3>{t('records.statusHistory.heading')}</h3>
      <StatusHistory youthId={youth.id} status={`${youth.status}:${String(merges)}`} />
      {offers('case.close') ? (
        <StatusForm youthId={youth.id} mode={{ kind: 'close' }} onChanged={onChanged} />
      ) : null}
      {offers('case.reopen') ? (
        <StatusForm youthId={youth.id} mode={{ kind: 'reopen' }} onChanged={onChanged} />
      ) : null}
      {offers('case.merge') ? (
        <MergeForm
          youthId={youth.id}
          caseNumber={youth.caseNumber}
          onMerged={() => {
            setMerges((n) => n + 1);
            onChanged();
          }}
        />
      ) : null}
      {youth.identity ? (
        <>
          <h3>{t('records.history.heading')}</h3>
          <IdentityHistory youthId={youth.id} version={identityVersion} />
        </>
      ) : null}
      {offers('identity.correct') && youth.identity ? (
        // Not keyed by the identity: the form keeps its answer (the duplicate matches) after the
        // record reloads with the corrected names, which its fields already hold.
        <CorrectIdentityForm youthId={youth.id} identity={youth.identity} onCorrected={onChanged} />
      ) : null}
    </div>
  );
}

function StatusHistory({ youthId, status }: { youthId: string; status: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const view = useApiData(`youth-status-history:${youthId}:${status}`, () =>
    readCaseStatus(youthId),
  );
  if (view.error) return <ErrorMessage>{describeError(view.error)}</ErrorMessage>;
  if (!view.data) return <Loading label={t('common.loading')} />;
  if (view.data.history.length === 0) return <p>{t('records.statusHistory.none')}</p>;
  return (
    <ol className="notes">
      {view.data.history.toReversed().map((change, index) => (
        <StatusChangeItem key={`${change.changedAt}-${String(index)}`} change={change} />
      ))}
    </ol>
  );
}

function StatusChangeItem({ change }: { change: StatusChange }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="note">
      <p>
        {t(`records.statusHistory.${change.status}`, {
          who: change.changedByName,
          organization: change.changedByOrganizationName,
          when: formatDateTime(change.changedAt, i18n.language),
        })}
        {change.reasonCode ? ` · ${t(`records.closeReasons.${change.reasonCode}`)}` : ''}
      </p>
      {change.merge ? (
        <p>
          {t('records.merge.summaryDone', {
            duplicate: change.merge.duplicateCaseNumber,
            survivor: change.merge.survivorCaseNumber,
          })}
        </p>
      ) : null}
      <p>{change.reasonText}</p>
    </li>
  );
}
