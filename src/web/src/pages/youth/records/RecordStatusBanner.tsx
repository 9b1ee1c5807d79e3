// Where the record stands, under its heading: open, closed with the reason and note, or merged
// into another case (a link to the survivor). The reason comes from the status history, which
// everyone who views the case reads (docs/CONFIDENTIALITY.md, "Records corrected, closed and
// merged").
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readCaseStatus, type CaseStatusView } from '../../../records-api';
import { formatDateTime, useApiData } from '../../../hooks';
import type { YouthRecord } from '../../../types';

/** The latest closing, the one that left the case closed. */
export function latestClosing(view: CaseStatusView | undefined) {
  return view?.history.findLast((change) => change.status === 'closed') ?? null;
}

export function RecordStatusBanner({ youth }: { youth: YouthRecord }) {
  const { t, i18n } = useTranslation();
  const status = useApiData(`youth-status:${youth.id}:${youth.status}`, () =>
    youth.status === 'open' ? Promise.resolve(undefined) : readCaseStatus(youth.id),
  );
  if (youth.status === 'open') {
    return (
      <p>
        <span className="badge badge-on">{t('records.status.open')}</span>
      </p>
    );
  }
  if (youth.status === 'merged') {
    const survivor = status.data?.mergedInto;
    return (
      <div className="message message-notice">
        <p>
          <span className="badge badge-off">{t('records.status.merged')}</span>{' '}
          {survivor ? (
            <>
              {t('records.status.mergedInto')}{' '}
              <Link to={`/youth/${encodeURIComponent(survivor.id)}`}>
                {t('youth.case', { caseNumber: survivor.caseNumber })}
              </Link>
            </>
          ) : null}
        </p>
      </div>
    );
  }
  const closing = latestClosing(status.data);
  return (
    <div className="message message-notice">
      <p>
        <span className="badge badge-off">{t('records.status.closed')}</span>{' '}
        {closing?.reasonCode
          ? t('records.status.closedBecause', {
              reason: t(`records.closeReasons.${closing.reasonCode}`),
              who: closing.changedByName,
              organization: closing.changedByOrganizationName,
              when: formatDateTime(closing.changedAt, i18n.language),
            })
          : null}
      </p>
      {closing ? <p>{closing.reasonText}</p> : null}
    </div>
  );
}
