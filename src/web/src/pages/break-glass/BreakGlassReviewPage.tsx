// One emergency opening for the coordinator: who, which organization, which case, which kind of
// information, when and until when, the written reason (the server audits this read), the
// reviews so far, and the review form while the opening is open for review.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getBreakGlassReview } from '../../break-glass-api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { formatMoment } from '../work/moment';
import { ReviewForm } from './ReviewForm';
import { ReviewStatus } from './ReviewStatus';

export function BreakGlassReviewPage() {
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const id = useParams().id ?? '';
  const opening = useApiData(`break-glass-review-${id}`, () => getBreakGlassReview(id));
  const o = opening.data;
  const [saved, setSaved] = useState(false);
  const title = o
    ? t('breakGlassReview.detailTitle', { caseNumber: o.caseNumber })
    : t('breakGlassReview.title');
  usePageTitle(title);
  const when = (iso: string) => formatMoment(iso, i18n.language);
  const facts: [string, ReactNode][] = o
    ? [
        [t('breakGlassReview.who'), o.openedBy],
        [t('breakGlassReview.organization'), o.organization],
        [
          t('breakGlassReview.case'),
          <Link key="case" to={`/youth/${encodeURIComponent(o.youthId)}`}>
            {o.caseNumber}
          </Link>,
        ],
        [t('breakGlassReview.category'), t(`dataCategories.${o.category}`)],
        [t('breakGlassReview.openedAt'), when(o.openedAt)],
        [t('breakGlassReview.expiresAt'), when(o.expiresAt)],
      ]
    : [];
  return (
    <>
      <p>
        <Link to="/break-glass/reviews">{t('breakGlassReview.back')}</Link>
      </p>
      <h1>{title}</h1>
      {opening.loading && !o ? <Loading label={t('common.loading')} /> : null}
      <ErrorMessage>{opening.error ? describe(opening.error) : null}</ErrorMessage>
      {o ? (
        <>
          <p>
            <ReviewStatus status={o.status} outcome={o.latestOutcome} />
          </p>
          <dl className="details">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="break-glass-reason">
            <h2 id="break-glass-reason">{t('breakGlassReview.reason')}</h2>
            <p className="muted">{t('breakGlassReview.reasonNote')}</p>
            {o.reasonUnreadable ? (
              <ErrorMessage>{t('breakGlassReview.reasonUnreadable')}</ErrorMessage>
            ) : (
              <blockquote className="written">{o.reason}</blockquote>
            )}
          </section>
          <StatusMessage>{saved ? t('breakGlassReview.form.saved') : null}</StatusMessage>
          <section aria-labelledby="break-glass-reviews">
            <h2 id="break-glass-reviews">{t('breakGlassReview.reviews')}</h2>
            {o.reviews.length === 0 ? <p>{t('breakGlassReview.noReviews')}</p> : null}
            <ol className="cards">
              {o.reviews.map((r) => (
                <li key={r.id} className="card">
                  <p>
                    <strong>{t(`breakGlassReview.outcomes.${r.outcome}`)}</strong>{' '}
                    {t('breakGlassReview.reviewedBy', {
                      name: r.reviewedByName,
                      when: when(r.reviewedAt),
                    })}
                  </p>
                  <p className="written">{r.comment}</p>
                </li>
              ))}
            </ol>
          </section>
          {o.allowedActions.includes('review') ? (
            <ReviewForm
              id={o.id}
              onSaved={() => {
                setSaved(true);
                opening.reload();
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
