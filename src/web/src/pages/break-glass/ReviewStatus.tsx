// An opening's review state as a badge: still to review, or the outcome of its review.
import { useTranslation } from 'react-i18next';
import type { BreakGlassReviewOutcome } from '../../../../domain/break-glass-review.js';

export function ReviewStatus(props: {
  status: 'open' | 'reviewed';
  outcome: BreakGlassReviewOutcome | null;
}) {
  const { t } = useTranslation();
  if (props.status === 'open') {
    return (
      <span className="badge badge-warn">
        {props.outcome === 'needs_follow_up'
          ? t('breakGlassReview.outcomes.needs_follow_up')
          : t('breakGlassReview.toReview')}
      </span>
    );
  }
  return (
    <span className="badge">
      {t(`breakGlassReview.outcomes.${props.outcome ?? 'appropriate'}`)}
    </span>
  );
}
