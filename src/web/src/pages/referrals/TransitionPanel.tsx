// The next steps on a referral: one button for each status the server lets the caller move it to,
// a note that goes with any step, a reason where declining or ending needs one, the offer to take
// one of the service's open places on accepting, and a confirmation before withdrawing.
import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS, END_REASONS } from '../../../../domain/referrals.js';
import type { ReferralStatus } from '../../../../domain/referrals.js';
import { moveReferral } from '../../api';
import { ConfirmActions, useFocusAfterConfirm } from '../../components/ConfirmActions';
import { RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid } from '../../hooks';
import type { ReferralDetail } from '../../types';
import { PlaceChoice } from './QuickActions';
import { useDescribeReferralError } from './words';

/** The step that moves the referral forward is the primary button. */
const FORWARD: readonly ReferralStatus[] = ['accepted', 'sent', 'enrolled', 'completed'];

type WithReason = Extract<ReferralStatus, 'declined' | 'ended'>;
const needsReason = (to: ReferralStatus): to is WithReason => to === 'declined' || to === 'ended';

export function TransitionPanel(props: {
  referral: ReferralDetail;
  onMoved: (detail: ReferralDetail) => void;
  onEdit: () => void;
}) {
  const { referral } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReferralError();
  const form = useRef<HTMLFormElement>(null);
  const [note, setNote] = useState('');
  const [choosing, setChoosing] = useState<WithReason | 'withdrawn' | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [takePlace, setTakePlace] = useState(false);
  const withdrawButton = useFocusAfterConfirm(choosing === 'withdrawn');
  const allowed = referral.allowedTransitions;
  const primary = allowed.find((to) => FORWARD.includes(to));
  // The sender's turn after the provider asked for more: show the question to answer.
  const answering = referral.status === 'info_requested' && allowed.includes('sent');
  const question = answering
    ? referral.timeline.findLast((event) => event.toStatus === 'info_requested')?.note
    : null;

  if (allowed.length === 0) return <p>{t('referrals.detail.noNext')}</p>;

  const move = async (to: ReferralStatus) => {
    const found: typeof errors = {};
    if (needsReason(to) && !reason) found.reason = t('referrals.errors.reasonRequired');
    if (needsReason(to) && reason === 'other' && !note.trim()) {
      found.note = t('referrals.errors.noteForOther');
    }
    if (note.trim().length > 2000) found.note = t('referrals.errors.noteTooLong');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const detail = await moveReferral(referral.id, {
        to,
        ...(needsReason(to) && reason ? { reason } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(to === 'accepted' && takePlace ? { takePlace } : {}),
      });
      setNote('');
      setReason(null);
      setChoosing(null);
      props.onMoved(detail);
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choosing && choosing !== 'withdrawn') void move(choosing);
  };

  return (
    <form ref={form} noValidate onSubmit={submit} className="transition-form">
      <ErrorMessage>{failure}</ErrorMessage>
      {answering ? (
        <div className="message message-notice">
          <p>{t('referrals.detail.asked')}</p>
          {question ? <p>{t('referrals.detail.question', { question })}</p> : null}
        </div>
      ) : null}
      <TextField
        label={t('referrals.detail.stepNote')}
        hint={t('referrals.detail.stepNoteHint')}
        value={note}
        onChange={(value) => {
          setNote(value);
          props.onEdit();
        }}
        error={errors.note}
        multiline
        optional={!(choosing && choosing !== 'withdrawn' && reason === 'other')}
        required={choosing !== null && choosing !== 'withdrawn' && reason === 'other'}
      />
      {choosing === 'declined' || choosing === 'ended' ? (
        <ReasonChoice
          to={choosing}
          reason={reason}
          error={errors.reason}
          busy={busy}
          onChange={setReason}
          onCancel={() => {
            setChoosing(null);
            setReason(null);
            setErrors({});
          }}
        />
      ) : choosing === 'withdrawn' ? (
        <ConfirmActions
          question={t('referrals.detail.withdrawQuestion')}
          confirmLabel={t('referrals.detail.withdrawConfirm')}
          busy={busy}
          onConfirm={() => void move('withdrawn')}
          onCancel={() => {
            setChoosing(null);
          }}
        />
      ) : (
        <>
          {allowed.includes('accepted') ? (
            <PlaceChoice referral={referral} checked={takePlace} onChange={setTakePlace} />
          ) : null}
          <div className="actions">
            {allowed.map((to) => (
              <button
                key={to}
                ref={to === 'withdrawn' ? withdrawButton : undefined}
                type="button"
                className={to === primary ? 'primary' : undefined}
                disabled={busy}
                onClick={() => {
                  props.onEdit();
                  if (needsReason(to) || to === 'withdrawn') {
                    setErrors({});
                    setChoosing(to);
                  } else void move(to);
                }}
              >
                {answering && to === 'sent'
                  ? t('referrals.detail.resend')
                  : t(`referrals.actions.${to}`)}
              </button>
            ))}
          </div>
        </>
      )}
    </form>
  );
}

function ReasonChoice(props: {
  to: WithReason;
  reason: string | null;
  error: string | undefined;
  busy: boolean;
  onChange: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  const options =
    props.to === 'declined'
      ? DECLINE_REASONS.map((value) => ({
          value,
          label: t(`referrals.declineReasons.${value}`),
        }))
      : END_REASONS.map((value) => ({
          value,
          label: t(`referrals.endReasons.${value}`),
        }));
  return (
    <div ref={group} className="inline-form">
      <RadioGroup
        legend={
          props.to === 'declined'
            ? t('referrals.inbox.declineHeading')
            : t('referrals.detail.endHeading')
        }
        name={`${props.to}-reason`}
        options={options}
        selected={props.reason}
        onChange={props.onChange}
        error={props.error}
      />
      <div className="actions">
        <button type="submit" className="danger" disabled={props.busy}>
          {props.to === 'declined'
            ? t('referrals.detail.declineConfirm')
            : t('referrals.detail.endConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
