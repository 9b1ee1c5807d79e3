// The consents and legal bases in force that open the case to organizations, in the record's
// "Team and consent" group beside the team they open it to.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOrganizations } from '../../api';
import { formatDate, useApiData } from '../../hooks';
import type { YouthRecord } from '../../types';
import { ConsentCard } from '../consent/ConsentCard';

export function ConsentsSection({ youth }: { youth: YouthRecord }) {
  const { t, i18n } = useTranslation();
  const organizations = useApiData(`organizations:${youth.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId, includeInactive: true }),
  );
  const names = new Map((organizations.data ?? []).map((o) => [o.id, o.name]));
  const consents = youth.consents.filter((c) => c.current);
  const legalBases = youth.legalBases.filter((b) => b.current);
  return (
    <>
      <h3>{t('overview.consents')}</h3>
      {consents.length === 0 ? (
        <p>{t('overview.noConsents')}</p>
      ) : (
        <ul className="cards">
          {consents.map((consent) => (
            <li key={consent.id}>
              <ConsentCard consent={consent} organizationNames={names} team={youth.team} />
            </li>
          ))}
        </ul>
      )}
      {youth.allowedActions.includes('consent.record') ? (
        <p>
          <Link to={`/youth/${encodeURIComponent(youth.id)}/consent`}>
            {t('record.consentLink')}
          </Link>
        </p>
      ) : null}

      <h3>{t('overview.legalBases')}</h3>
      {legalBases.length === 0 ? (
        <p>{t('overview.noLegalBases')}</p>
      ) : (
        <ul>
          {legalBases.map((basis) => (
            <li key={basis.id}>
              <strong>{t(`accessBases.${basis.kind}`)}</strong>: {basis.description} (
              {basis.categories.map((c) => t(`dataCategories.${c}`)).join(', ')};{' '}
              {basis.recipientOrganizationIds.map((id) => names.get(id) ?? '').join(', ')};{' '}
              {basis.expiresOn
                ? t('agreements.dateRange', {
                    from: formatDate(basis.effectiveOn, i18n.language),
                    to: formatDate(basis.expiresOn, i18n.language),
                  })
                : t('agreements.dateOpen', { from: formatDate(basis.effectiveOn, i18n.language) })}
              )
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={{ search: '?section=legal' }}>{t('overview.legalBasesLink')}</Link>
      </p>
    </>
  );
}
