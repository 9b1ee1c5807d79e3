// Referring the youth to one service: the needs it is for (those the service meets, chosen
// already), how soon an answer is needed, a note that travels to the provider with a plain
// warning, then Send now or Save draft.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS } from '../../../../domain/matching.js';
import type { Need } from '../../../../domain/matching.js';
import { createReferral } from '../../api';
import { URGENCIES, type Urgency } from '../../../../domain/referral-answers.js';
import { CheckboxGroup, Field, RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { focusFirstInvalid } from '../../hooks';
import type { ReferralDetail, ServiceMatch } from '../../types';
import { useDescribeReferralError } from './words';

const NOTE_LIMIT = 2000;

export function ReferForm(props: {
  youthId: string;
  match: ServiceMatch;
  planNeeds: readonly Need[];
  onReferred: (referral: ReferralDetail) => void;
  onCancel: () => void;
}) {
  const { match } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReferralError();
  const headingId = useId();
  const warningId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [needs, setNeeds] = useState<Need[]>(() => [...match.needsMet]);
  const [note, setNote] = useState('');
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [errors, setErrors] = useState<{ needs?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, []);
  // The plan's needs and what the service offers; the ones it meets are ticked already.
  const options = NEEDS.filter(
    (need) => props.planNeeds.includes(need) || match.service.needs.includes(need),
  );

  const refer = async (send: boolean) => {
    const found: typeof errors = {};
    if (needs.length === 0) found.needs = t('referrals.errors.needsRequired');
    if (note.trim().length > NOTE_LIMIT) found.note = t('referrals.errors.noteTooLong');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const referral = await createReferral({
        youthId: props.youthId,
        serviceId: match.service.id,
        needs: NEEDS.filter((need) => needs.includes(need)),
        note: note.trim() || null,
        send,
        urgency,
      });
      props.onReferred(referral);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel refer-form" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('referrals.refer.heading', { service: match.service.name })}</h5>
      <form
        ref={form}
        noValidate
        onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
          event.preventDefault();
          void refer(true);
        }}
      >
        <ErrorMessage>{failure}</ErrorMessage>
        <CheckboxGroup
          legend={t('referrals.refer.needs')}
          options={options.map((need) => ({ value: need, label: t(`referrals.needs.${need}`) }))}
          selected={needs}
          onChange={setNeeds}
          error={errors.needs}
        />
        <RadioGroup
          legend={t('referralThreads.urgency.legend')}
          name={`urgency-${match.service.id}`}
          hint={t('referralThreads.urgency.urgentHint')}
          options={URGENCIES.map((value) => ({
            value,
            label: t(`referralThreads.urgency.${value}`),
          }))}
          selected={urgency}
          onChange={setUrgency}
        />
        <p id={warningId} className="message message-notice">
          {t('referrals.refer.warning')}
        </p>
        <Field
          label={t('referrals.refer.note')}
          hint={t('referrals.refer.noteHint')}
          error={errors.note}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              aria-describedby={[warningId, control['aria-describedby']].filter(Boolean).join(' ')}
              rows={4}
              maxLength={NOTE_LIMIT}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('referrals.refer.send')}
          </button>
          <button type="button" disabled={busy} onClick={() => void refer(false)}>
            {t('referrals.refer.saveDraft')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
