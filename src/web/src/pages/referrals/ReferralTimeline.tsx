// Every step of a referral, oldest first: when, from → to, who (or Lantern's clock), why.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../hooks';
import type { ReferralEvent } from '../../types';
import { useReasonLabel } from './words';

export function ReferralTimeline({ timeline }: { timeline: readonly ReferralEvent[] }) {
  const { t, i18n } = useTranslation();
  const reasonLabel = useReasonLabel();
  const step = (event: ReferralEvent) => {
    if (event.toStatus === 'overdue') return t('referrals.detail.overdueEvent');
    if (event.fromStatus === null) return t('referrals.detail.created');
    if (event.reason === 'accept_undone') return t('referralThreads.undo.stepUndone');
    return t('referrals.detail.step', {
      from: t(`referrals.statuses.${event.fromStatus}`),
      to: t(`referrals.statuses.${event.toStatus}`),
    });
  };
  return (
    <ol className="timeline">
      {timeline.map((event) => (
        <li key={event.id} className={event.toStatus === 'overdue' ? 'timeline-overdue' : ''}>
          <p className="timeline-step">
            <strong>{step(event)}</strong>
          </p>
          <p className="muted">
            <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time>
            {' · '}
            {event.byUserName
              ? t('referrals.detail.by', {
                  user: event.byUserName,
                  organization: event.byOrganizationName ?? '',
                })
              : (event.byOrganizationName ?? t('referrals.detail.byClock'))}
          </p>
          {event.reason && event.reason !== 'accept_undone' ? (
            <p>
              {t('referrals.detail.reasonLabel', {
                reason: reasonLabel(event.toStatus, event.reason),
              })}
            </p>
          ) : null}
          {event.note ? <p className="note-body">{event.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
