// Who corrected the identity, when, which fields, what they held before and why: fetched only for
// a reader of the identity (the server decides again and audits the read).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { IDENTITY_FIELDS, type IdentityField } from '../../../../../domain/case-lifecycle.js';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDate, formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import { readIdentityHistory, type IdentityHistoryEntry } from '../../../records-api';
import { raceEthnicityNames } from '../RaceEthnicityField';

type Earlier = IdentityHistoryEntry['earlier'];

const isIdentityField = (field: string): field is IdentityField =>
  (IDENTITY_FIELDS as readonly string[]).includes(field);

function earlierValue(
  earlier: Earlier,
  field: string,
  none: string,
  t: TFunction,
  language: string,
): string {
  // Race and ethnicity by name, never by code.
  if (field === 'raceEthnicity')
    return raceEthnicityNames(earlier.raceEthnicity ?? null, t) ?? none;
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
                <dd>{earlierValue(entry.earlier, field, none, t, i18n.language)}</dd>
              </div>
            ))}
          </dl>
          <p>{t('records.history.reason', { reason: entry.reason })}</p>
        </li>
      ))}
    </ol>
  );
}
