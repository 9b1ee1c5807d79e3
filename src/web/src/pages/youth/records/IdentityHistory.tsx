// Who corrected the identity, when, which fields, what they held before and why: fetched only for
// a reader of the identity (the server decides again and audits the read).
import { useTranslation } from 'react-i18next';
import { IDENTITY_FIELDS, type IdentityField } from '../../../../../domain/case-lifecycle.js';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDate, formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import { readIdentityHistory, type IdentityHistoryEntry } from '../../../records-api';

type Earlier = IdentityHistoryEntry['earlier'];

const isIdentityField = (field: string): field is IdentityField =>
  (IDENTITY_FIELDS as readonly string[]).includes(field);

function earlierValue(earlier: Earlier, field: string, none: string, language: string): string {
  const value = (earlier as Readonly<Record<string, unknown>>)[field];
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : none;
  if (field === 'birthDate' && typeof value === 'string') return formatDate(value, language);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : none;
}

export function IdentityHistory({ youthId, version }: { youthId: string; version: string }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const history = useApiData(`identity-history:${youthId}:${version}`, () =>
    readIdentityHistory(youthId),
  );
  if (history.error) return <ErrorMessage>{describeError(history.error)}</ErrorMessage>;
  if (!history.data) return <Loading label={t('common.loading')} />;
  if (history.data.length === 0) return <p>{t('records.history.none')}</p>;
  const none = t('identity.notRecorded');
  return (
    <ol className="notes">
      {history.data.toReversed().map((entry) => (
        <li key={entry.id} className="note">
          <p>
            {t('records.history.entry', {
              who: entry.correctedByName,
              organization: entry.correctedByOrganizationName,
              when: formatDateTime(entry.correctedAt, i18n.language),
            })}
          </p>
          <dl className="details">
            {entry.fields.filter(isIdentityField).map((field) => (
              <div key={field}>
                <dt>{t('records.history.before', { field: t(`records.fields.${field}`) })}</dt>
                <dd>{earlierValue(entry.earlier, field, none, i18n.language)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('records.history.reason', { reason: entry.reason })}</p>
        </li>
      ))}
    </ol>
  );
}
