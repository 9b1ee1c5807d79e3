// Mandated reports on the case the caller may read: each holds only what was reported.
import { useTranslation } from 'react-i18next';
import { listMandatedReports } from '../../api';
import { ErrorMessage } from '../../components/Messages';
import { formatDateTime, useApiData, useDescribeError } from '../../hooks';

export function MandatedReportList({ youthId }: { youthId: string }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const reports = useApiData(`mandated-reports:${youthId}`, () => listMandatedReports(youthId));
  const found = reports.data ?? [];
  return (
    <>
      <h3>{t('mandatedReport.listHeading')}</h3>
      <ErrorMessage>{reports.error ? describeError(reports.error) : null}</ErrorMessage>
      {found.length === 0 ? (
        <p>{reports.loading ? t('common.loading') : t('mandatedReport.none')}</p>
      ) : (
        <ul className="notes">
          {found.map((report) => (
            <li key={report.id} className="note">
              <p>
                <strong>{t(`mandatedReportKinds.${report.kind}`)}</strong>
                {' · '}
                {t('mandatedReport.reportedToOn', {
                  to: report.reportedTo,
                  when: formatDateTime(report.reportedAt, i18n.language),
                })}
              </p>
              <p className="note-body">{report.content}</p>
              <p className="muted">
                {t('notes.by', {
                  author: report.filedByName,
                  organization: report.filedByOrganizationName,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
