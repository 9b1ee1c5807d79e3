// The coordinator's review of an emergency opening: an outcome and a short comment.
// "Needs follow-up" keeps the opening open, so the coordinator comes back to it. The page says
// the review is saved: a closing review removes this form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREAK_GLASS_REVIEW_COMMENT_MAX,
  BREAK_GLASS_REVIEW_OUTCOMES,
  type BreakGlassReviewOutcome,
} from '../../../../domain/break-glass-review.js';
import { reviewBreakGlass } from '../../break-glass-api';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';

export function ReviewForm(props: { id: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [outcome, setOutcome] = useState<BreakGlassReviewOutcome | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    if (!outcome) {
      setError(t('breakGlassReview.form.noOutcome'));
      return;
    }
    if (!comment.trim()) {
      setError(t('breakGlassReview.form.noComment'));
      return;
    }
    try {
      await reviewBreakGlass(props.id, { outcome, comment });
      setComment('');
      setOutcome(null);
      props.onSaved();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <section aria-labelledby="break-glass-review-form">
      <h2 id="break-glass-review-form">{t('breakGlassReview.form.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t('breakGlassReview.form.outcome')}</legend>
          {BREAK_GLASS_REVIEW_OUTCOMES.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="break-glass-outcome"
                value={value}
                checked={outcome === value}
                onChange={() => {
                  setOutcome(value);
                }}
              />
              {t(`breakGlassReview.outcomes.${value}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          label={t('breakGlassReview.form.comment')}
          hint={t('breakGlassReview.form.commentHint', { max: BREAK_GLASS_REVIEW_COMMENT_MAX })}
          value={comment}
          onChange={setComment}
          multiline
          required
        />
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit">{t('breakGlassReview.form.submit')}</button>
      </form>
    </section>
  );
}
