// Break-glass reviews: the county's emergency openings for the coordinator, open ones first
// (docs/CONFIDENTIALITY.md, "Break-glass and its review"). No reason shows here; each opening's
// page shows it, and the server audits that read.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listBreakGlassReviews } from '../../break-glass-api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { formatMoment } from '../work/moment';
import { ReviewStatus } from './ReviewStatus';

export function BreakGlassReviewsPage() {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  usePageTitle(t('breakGlassReview.title'));
  const openings = useApiData('break-glass-reviews', listBreakGlassReviews);
  return (
    <>
      <h1>{t('breakGlassReview.title')}</h1>
      <p className="lead">{t('breakGlassReview.intro')}</p>
      {openings.loading && !openings.data ? <Loading label={t('common.loading')} /> : null}
      <ErrorMessage>{openings.error ? describe(openings.error) : null}</ErrorMessage>
      {openings.data?.length === 0 ? <p>{t('breakGlassReview.none')}</p> : null}
      <ul className="cards">
        {openings.data?.map((o) => (
          <li key={o.id} className="card">
            <p>
              <ReviewStatus status={o.status} outcome={o.latestOutcome} />{' '}
              {o.allowedActions.includes('read') ? (
                <Link to={`/break-glass/reviews/${encodeURIComponent(o.id)}`}>
                  {t('breakGlassReview.caseLink', { caseNumber: o.caseNumber })}
                </Link>
              ) : (
                t('breakGlassReview.caseLink', { caseNumber: o.caseNumber })
              )}
            </p>
            <p>
              {t('breakGlassReview.opened', {
                openedBy: o.openedBy,
                organization: o.organization,
                category: t(`dataCategories.${o.category}`),
                openedAt: formatMoment(o.openedAt, i18n.language),
                expiresAt: formatMoment(o.expiresAt, i18n.language),
              })}
            </p>
            {o.allowedActions.includes('read') ? null : (
              <p className="muted">{t('breakGlassReview.yours')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
