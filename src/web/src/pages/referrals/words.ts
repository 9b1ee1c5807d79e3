// Words shared by the matching and referral screens: error wording, reasons and outcomes.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS, END_REASONS } from '../../../../domain/referrals.js';
import type { DeclineReason, EndReason } from '../../../../domain/referrals.js';
import { ApiError } from '../../api';
import { useDescribeError } from '../../hooks';
import type { ReferralEvent } from '../../types';
import { dateTimeFormat } from '../../intl';

/**
 * When an answer is due. Deadlines fall at local midnight, which reads as the next day, so
 * say "by the end of Wed, Nov 25" instead.
 */
export function useFormatDue(): (iso: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (iso) => {
      const due = new Date(iso);
      if (Number.isNaN(due.getTime())) return iso;
      const midnight = due.getHours() === 0 && due.getMinutes() === 0 && due.getSeconds() === 0;
      if (!midnight) {
        const date = dateTimeFormat(i18n.language, {
          dateStyle: 'medium',
          timeStyle: 'short',
        }).format(due);
        return t('referrals.inbox.dueBy', { date });
      }
      const date = dateTimeFormat(i18n.language, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        year: 'numeric',
      }).format(new Date(due.getTime() - 1));
      return t('referrals.inbox.dueEndOf', { date });
    },
    [t, i18n.language],
  );
}

/** Error codes of the referral API that have words of their own in both languages. */
const REFERRAL_ERROR_CODES = [
  'not_reachable',
  'excluded_provider',
  'cohort_conflict',
  'service_not_active',
  'changed_meanwhile',
  'age_unknown',
] as const;
type ReferralErrorCode = (typeof REFERRAL_ERROR_CODES)[number];

const isReferralErrorCode = (code: string): code is ReferralErrorCode =>
  (REFERRAL_ERROR_CODES as readonly string[]).includes(code);

/**
 * Words for an error. Refusals to read a case (403) carry whom to ask, and a refused step
 * (400) says which reason or note is missing: both keep the server's own message.
 */
export function useDescribeReferralError(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return useCallback(
    (error: unknown) =>
      error instanceof ApiError && isReferralErrorCode(error.code)
        ? t(`referrals.errors.${error.code}`)
        : describe(error),
    [t, describe],
  );
}

export const isDeclineReason = (value: string | null): value is DeclineReason =>
  (DECLINE_REASONS as readonly (string | null)[]).includes(value);

export const isEndReason = (value: string | null): value is EndReason =>
  (END_REASONS as readonly (string | null)[]).includes(value);

/** A decline or end reason in the reader's language; anything else as recorded. */
export function useReasonLabel(): (toStatus: ReferralEvent['toStatus'], reason: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (toStatus, reason) => {
      if (toStatus === 'declined' && isDeclineReason(reason)) {
        return t(`referrals.declineReasons.${reason}`);
      }
      if (toStatus === 'ended' && isEndReason(reason)) return t(`referrals.endReasons.${reason}`);
      return reason;
    },
    [t],
  );
}

/** "Completed", "Declined: No open places", "Ended: The youth moved away". */
export function useOutcomeText(): (outcome: string) => string {
  const { t } = useTranslation();
  const reasonLabel = useReasonLabel();
  return useCallback(
    (outcome) => {
      if (outcome === 'completed') return t('referrals.detail.outcomeCompleted');
      if (outcome.startsWith('declined:')) {
        const reason = reasonLabel('declined', outcome.slice('declined:'.length));
        return t('referrals.detail.outcomeDeclined', { reason });
      }
      return t('referrals.detail.outcomeEnded', { reason: reasonLabel('ended', outcome) });
    },
    [t, reasonLabel],
  );
}
