// A service's page: how to reach it first (phone, open places, where), then who it serves, hours,
// costs and how it has answered referrals. The provider updates open places here; the owning
// county marks an alternative to detention.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { roleSeesYouthData } from '../../../../domain/vocabulary.js';
import { ApiError, getDirectoryService } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { DirectoryServiceDetail } from '../../types';
import { AlternativeToDetentionPanel } from './AlternativeToDetentionPanel';
import { CapacityPanel } from './CapacityPanel';
import {
  ContactAndHours,
  CostsAndDocuments,
  Eligibility,
  Locations,
  ReferralFigures,
} from './ServiceDetails';

export function ServicePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const loaded = useApiData(`directory-service:${id}`, () => getDirectoryService(id));
  // After a capacity update or a new mark, the server's answer replaces what was loaded.
  const [updated, setUpdated] = useState<DirectoryServiceDetail | null>(null);
  const service = updated?.id === id ? updated : loaded.data;
  usePageTitle(service?.name ?? t('directory.title'));

  if (!service) {
    const missing = loaded.error instanceof ApiError && loaded.error.status === 404;
    return (
      <>
        <BackLink />
        <h1>{t('directory.title')}</h1>
        {loaded.loading ? <Loading label={t('common.loading')} /> : null}
        <ErrorMessage>
          {missing ? t('servicePage.notFound') : loaded.error ? describeError(loaded.error) : null}
        </ErrorMessage>
      </>
    );
  }
  return (
    <>
      <BackLink />
      <h1>{service.name}</h1>
      {service.organizationName ? (
        <p className="lead">
          {t('servicePage.provider', { organization: service.organizationName })}
        </p>
      ) : null}
      <ul className="badges">
        {service.status === 'active' ? null : (
          <li className="badge-off">{t('directory.notActive')}</li>
        )}
        {service.csecSpecialized ? <li className="badge-on">{t('directory.csecBadge')}</li> : null}
        {service.lgbtqAffirming ? <li className="badge-on">{t('servicePage.lgbtq')}</li> : null}
        {service.alternativeToDetention ? (
          <li className="badge-on">{t('alternatives.badge')}</li>
        ) : null}
        {service.acceptsReferrals ? (
          <li className="badge-off">{t('directory.acceptsReferrals')}</li>
        ) : null}
      </ul>
      <ErrorMessage>{loaded.error ? describeError(loaded.error) : null}</ErrorMessage>

      <section aria-labelledby="service-about">
        <h2 id="service-about">{t('servicePage.about')}</h2>
        <p className="notes">{service.description ?? t('servicePage.noDescription')}</p>
        {service.needs.length > 0 ? (
          <ul className="need-tags" aria-label={t('directory.needsLabel')}>
            {service.needs.map((need) => (
              <li key={need}>{t(`directory.needs.${need}`)}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <ContactAndHours service={service} />
      <Locations service={service} />
      <CapacityPanel key={service.id} service={service} onSaved={setUpdated} />
      <AlternativeToDetentionPanel
        key={`atd:${service.id}`}
        service={service}
        onSaved={setUpdated}
      />
      <ReferSlot service={service} />
      <Eligibility service={service} />
      <CostsAndDocuments service={service} />
      <ReferralFigures service={service} />
    </>
  );
}

/** Back to the search that led here, if there was one. */
function BackLink() {
  const { t } = useTranslation();
  const state = useLocation().state as { directorySearch?: unknown } | null;
  const search = state?.directorySearch;
  const to =
    typeof search === 'string' && search.startsWith('?') ? `/directory${search}` : '/directory';
  return (
    <p className="breadcrumb">
      <Link to={to}>{t('servicePage.back')}</Link>
    </p>
  );
}

/**
 * Where "Refer a youth" goes. Referrals start from a youth's record (consent and the case team
 * are checked there), so this links to the youth records for people who work with youth.
 */
function ReferSlot({ service }: { service: DirectoryServiceDetail }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  if (!user.roles.some(roleSeesYouthData)) return null;
  return (
    <section aria-labelledby="service-refer">
      <h2 id="service-refer">{t('servicePage.refer')}</h2>
      <div id="service-referral-slot">
        {service.acceptsReferrals ? (
          <>
            <p>{t('servicePage.referHow')}</p>
            <p>
              <Link to="/youth">{t('servicePage.referFromRecord')}</Link>
            </p>
          </>
        ) : (
          <p>{t('servicePage.notReferrable')}</p>
        )}
      </div>
    </section>
  );
}
