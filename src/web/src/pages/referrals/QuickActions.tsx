// The provider's answers, right in the inbox: Accept in one click (taking one of the service's
// open places when it counts them and the provider says so); Decline with its reason in a small
// form in place; Ask for more information with an optional question.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS } from '../../../../domain/referrals.js';
import type { DeclineReason, ReferralStatus } from '../../../../domain/referrals.js';
import { moveReferral } from '../../api';
import { useFocusAfterConfirm } from '../../components/ConfirmActions';
import { Checkbox, RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid } from '../../hooks';
import type { ReferralSummary } from '../../types';
import { useDescribeReferralError } from './words';

type Answer = Extract<ReferralStatus, 'accepted' | 'declined' | 'info_requested'>;

export function QuickActions(props: {
  referral: ReferralSummary;
  onAnswered: (referral: ReferralSummary, answer: Answer) => void;
}) {
  const { referral } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReferralError();
  const [open, setOpen] = useState<'declined' | 'info_requested' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [takePlace, setTakePlace] = useState(false);
  const declineButton = useFocusAfterConfirm(open === 'declined');
  const askButton = useFocusAfterConfirm(open === 'info_requested');
  const allows = (to: Answer) => referral.allowedTransitions.includes(to);
  // Which referral each button acts on, for screen readers reading a list of "Accept" buttons.
  const which = (
    <span className="visually-hidden">
      {' '}
      {t('referrals.inbox.case', { caseNumber: referral.caseNumber })}, {referral.serviceName}
    </span>
  );

  const answer = async (
    to: Answer,
    step: { reason?: string; note?: string; takePlace?: boolean } = {},
  ) => {
    setFailure(null);
    setBusy(true);
    try {
      await moveReferral(referral.id, { to, ...step });
      props.onAnswered(referral, to);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  if (!allows('accepted') && !allows('declined') && !allows('info_requested')) return null;
  return (
    <div className="quick-actions">
      <ErrorMessage>{failure}</ErrorMessage>
      {open === null && allows('accepted') ? (
        <PlaceChoice referral={referral} checked={takePlace} onChange={setTakePlace} />
      ) : null}
      {open === null ? (
        <div className="actions">
          {allows('accepted') ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void answer('accepted', takePlace ? { takePlace } : {})}
            >
              {t('referrals.actions.accepted')}
              {which}
            </button>
          ) : null}
          {allows('declined') ? (
            <button
              ref={declineButton}
              type="button"
              onClick={() => {
                setFailure(null);
                setOpen('declined');
              }}
            >
              {t('referrals.actions.declined')}
              {which}
            </button>
          ) : null}
          {allows('info_requested') ? (
            <button
              ref={askButton}
              type="button"
              onClick={() => {
                setFailure(null);
                setOpen('info_requested');
              }}
            >
              {t('referrals.actions.info_requested')}
              {which}
            </button>
          ) : null}
        </div>
      ) : open === 'declined' ? (
        <DeclineForm
          busy={busy}
          onDecline={(reason, note) => void answer('declined', { reason, note })}
          onCancel={() => {
            setOpen(null);
          }}
        />
      ) : (
        <AskForm
          busy={busy}
          onAsk={(note) => void answer('info_requested', note ? { note } : {})}
          onCancel={() => {
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}

/**
 * On accepting, the offer to take one of the service's open places, when it counts them: a
 * checkbox while places are left, and a plain word when none is.
 */
export function PlaceChoice(props: {
  referral: ReferralSummary;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const places = props.referral.openPlaces;
  if (!places) return null;
  if (places.available === 0) return <p className="hint">{t('referralThreads.place.none')}</p>;
  return (
    <Checkbox
      label={t('referralThreads.place.take', { available: places.available })}
      checked={props.checked}
      onChange={props.onChange}
    />
  );
}

function DeclineForm(props: {
  busy: boolean;
  onDecline: (reason: DeclineReason, note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!reason) found.reason = t('referrals.errors.reasonRequired');
    if (reason === 'other' && !note.trim()) found.note = t('referrals.errors.noteForOther');
    if (note.trim().length > 2000) found.note = t('referrals.errors.noteTooLong');
    setErrors(found);
    if (!reason || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    props.onDecline(reason, note.trim());
  };
  return (
    <form ref={form} noValidate className="inline-form" onSubmit={submit}>
      <RadioGroup
        legend={t('referrals.inbox.declineHeading')}
        name="decline-reason"
        options={DECLINE_REASONS.map((value) => ({
          value,
          label: t(`referrals.declineReasons.${value}`),
        }))}
        selected={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <TextField
        label={t('referrals.detail.stepNote')}
        hint={t('referrals.detail.stepNoteHint')}
        value={note}
        onChange={setNote}
        error={errors.note}
        multiline
        optional={reason !== 'other'}
        required={reason === 'other'}
      />
      <div className="actions">
        <button type="submit" className="danger" disabled={props.busy}>
          {t('referrals.inbox.declineConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AskForm(props: { busy: boolean; onAsk: (note: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('textarea')?.focus();
  }, []);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (note.trim().length > 2000) {
      setError(t('referrals.errors.noteTooLong'));
      focusFirstInvalid(form.current);
      return;
    }
    props.onAsk(note.trim());
  };
  return (
    <form
      ref={form}
      noValidate
      className="inline-form"
      aria-labelledby={headingId}
      onSubmit={submit}
    >
      <p id={headingId} className="inline-form-heading">
        {t('referrals.inbox.askHeading')}
      </p>
      <TextField
        label={t('referrals.inbox.askNote')}
        hint={t('referrals.detail.stepNoteHint')}
        value={note}
        onChange={setNote}
        error={error}
        multiline
        optional
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {t('referrals.inbox.askConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
