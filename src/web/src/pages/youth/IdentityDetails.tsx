import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { YouthIdentity } from '../../types';
import { raceEthnicityNames } from './RaceEthnicityField';

/** The identity fields the server let through; an empty field says "not recorded". */
export function IdentityDetails({ identity }: { identity: YouthIdentity }) {
  const { t, i18n } = useTranslation();
  const none = t('identity.notRecorded');
  const birth = identity.birthDate
    ? formatDate(identity.birthDate, i18n.language)
    : identity.estimatedBirthYear !== null
      ? t('identity.estimatedYear', { year: identity.estimatedBirthYear })
      : none;
  const rows: [string, string][] = [
    [t('youth.form.givenName'), identity.givenName ?? none],
    [t('youth.form.familyName'), identity.familyName ?? none],
    [t('youth.form.alias'), identity.alias ?? none],
    [t('identity.birth'), birth],
    [t('youth.form.genderIdentity'), identity.genderIdentity ?? none],
    [t('raceEthnicity.legend'), raceEthnicityNames(identity.raceEthnicity, t) ?? none],
    [
      t('youth.form.languages'),
      identity.languages.length > 0 ? identity.languages.join(', ') : none,
    ],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
