// One service in the results: what it is, for whom, open places, where, and how to call.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { DirectoryService } from '../../types';
import { languageNames } from '../../../../domain/language-names.js';
import { telHref } from '../../validation';
import { agesText, capacityBadge, capacityText, kmAndMiles } from './format';

export const servicePath = (id: string) => `/directory/services/${encodeURIComponent(id)}`;

export function ServiceSummary(props: { service: DirectoryService; number: number }) {
  const { service, number } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { search } = useLocation();
  const capacity = capacityText(service.capacity, t, i18n.language);
  return (
    <article className="service-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="result-number" aria-hidden="true">
          {number}
        </span>
        <Link to={servicePath(service.id)} state={{ directorySearch: search }}>
          {service.name}
        </Link>
      </h3>
      {service.organizationName ? <p className="muted">{service.organizationName}</p> : null}
      <ul className="badges">
        {service.status === 'active' ? null : (
          <li className="badge-off">{t('directory.notActive')}</li>
        )}
        {service.csecSpecialized ? <li className="badge-on">{t('directory.csecBadge')}</li> : null}
        {service.open24Hours ? <li className="badge-on">{t('directory.open24Hours')}</li> : null}
        {service.alternativeToDetention ? (
          <li className="badge-on">{t('alternatives.badge')}</li>
        ) : null}
        {service.acceptsReferrals ? (
          <li className="badge-off">{t('directory.acceptsReferrals')}</li>
        ) : null}
      </ul>
      {service.needs.length > 0 ? (
        <ul className="need-tags" aria-label={t('directory.needsLabel')}>
          {service.needs.map((need) => (
            <li key={need}>{t(`directory.needs.${need}`)}</li>
          ))}
        </ul>
      ) : null}
      <dl className="details">
        <div>
          <dt>{t('directory.ages')}</dt>
          <dd>{agesText(service, t)}</dd>
        </div>
        <div>
          <dt>{t('directory.languages')}</dt>
          <dd>
            {service.languages.length > 0
              ? languageNames(service.languages, service.languageCodes, i18n.language).join(', ')
              : t('directory.noLanguages')}
          </dd>
        </div>
        <div>
          <dt>{t('directory.openPlaces')}</dt>
          <dd>
            {capacity === null ? (
              t('directory.noCapacity')
            ) : (
              <span className={capacityBadge(service.capacity)}>{capacity}</span>
            )}
          </dd>
        </div>
        {service.distanceKm === null ? null : (
          <div>
            <dt>{t('directory.distanceLabel')}</dt>
            <dd>{t('directory.distanceAway', kmAndMiles(service.distanceKm, i18n.language))}</dd>
          </div>
        )}
        <div>
          <dt>{t('directory.where')}</dt>
          <dd>
            <Places service={service} />
          </dd>
        </div>
        {service.phone ? (
          <div>
            <dt>{t('directory.phone')}</dt>
            <dd>
              <a href={telHref(service.phone)}>{service.phone}</a>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}

/** Each location's address; a confidential one says to call, whoever is looking. */
function Places({ service }: { service: DirectoryService }) {
  const { t } = useTranslation();
  if (service.locations.length === 0) return <>{t('directory.noAddress')}</>;
  return (
    <ul className="plain-list">
      {service.locations.map((location, index) => (
        <li key={index}>
          {location.confidential ? (
            <strong className="confidential">{t('directory.confidential')}</strong>
          ) : (
            (location.address ?? location.name ?? t('directory.noAddress'))
          )}
        </li>
      ))}
    </ul>
  );
}
