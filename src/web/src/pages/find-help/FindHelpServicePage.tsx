// One place, for a youth or a family: how to reach it, where (unless confidential: the public
// API leaves such a location out), when, and for whom. GET /api/hsds/services/{id} only.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { getPublicService } from '../../find-help-api';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { telHref } from '../../validation';
import { HoursText } from './HoursText';
import { readPublicService } from './public-service';

export function FindHelpServicePage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { id = '' } = useParams();
  const loaded = useApiData(`find-help:service:${id}`, () => getPublicService(id));
  const place = loaded.data ? readPublicService(loaded.data) : null;
  usePageTitle(place?.name ?? t('findHelp.title'));
  const back = (
    <p>
      <Link to="/find-help">{t('findHelp.back')}</Link>
    </p>
  );

  if (loaded.loading) return <Loading label={t('common.loading')} />;
  if (!place) {
    const missing = loaded.error instanceof ApiError && [400, 404].includes(loaded.error.status);
    return (
      <>
        <h1>{t('findHelp.title')}</h1>
        <ErrorMessage>
          {missing || !loaded.error ? t('findHelp.notFound') : describeError(loaded.error)}
        </ErrorMessage>
        {back}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{place.name}</h1>
      {place.organization ? (
        <p className="muted">{t('findHelp.organization', { name: place.organization })}</p>
      ) : null}
      {place.description ? <p>{place.description}</p> : null}

      <h2>{t('findHelp.reach')}</h2>
      {place.phones.length === 0 ? <p>{t('findHelp.noPhone')}</p> : null}
      <dl className="contact">
        {place.phones.map((phone) => (
          <div key={phone}>
            <dt>{t('findHelp.call')}</dt>
            <dd>
              <a href={telHref(phone)}>{phone}</a>
            </dd>
          </div>
        ))}
        {place.website ? (
          <div>
            <dt>{t('findHelp.website')}</dt>
            <dd>
              <a href={place.website} rel="noreferrer">
                {place.website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

      <h2>{t('findHelp.address')}</h2>
      {place.addresses.length === 0 ? (
        <p>{t('findHelp.noAddress')}</p>
      ) : (
        <ul>
          {place.addresses.map((address) => (
            <li key={address}>{address}</li>
          ))}
        </ul>
      )}

      <h2>{t('findHelp.hours')}</h2>
      <HoursText place={place} />

      {place.eligibility || place.languages.length > 0 ? (
        <>
          <h2>{t('findHelp.whoFor')}</h2>
          {place.eligibility ? <p>{place.eligibility}</p> : null}
          {place.languages.length > 0 ? (
            <p>
              {t('findHelp.languages')}: {place.languages.join(', ')}
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}
