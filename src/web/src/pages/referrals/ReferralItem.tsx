// One referral in a list: the service, the case, where it stands (urgent and overdue said in
// words, not by color alone), who sent it to whom, the needs, the dates and the sender's note.
// Actions go underneath.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Need } from '../../../../domain/matching.js';
import { formatDateTime } from '../../hooks';
import type { ReferralSummary } from '../../types';
import { useFormatDue } from './words';

export function StatusBadges({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const closed = referral.inbox === 'closed';
  return (
    <p className="referral-status">
      <span className={closed ? 'badge badge-off' : 'badge badge-on'}>
        {t(`referrals.statuses.${referral.status}`)}
      </span>
      {referral.urgency === 'urgent' ? (
        <span className="badge badge-urgent">{t('referralThreads.urgency.badge')}</span>
      ) : null}
      {referral.overdue ? (
        <span className="badge badge-overdue">{t('referrals.inbox.overdue')}</span>
      ) : null}
    </p>
  );
}

export function NeedTags({ needs, label }: { needs: readonly Need[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="tags" aria-label={label}>
      {needs.map((need) => (
        <li key={need}>{t(`referrals.needs.${need}`)}</li>
      ))}
    </ul>
  );
}

export function ReferralItem(props: {
  referral: ReferralSummary;
  headingLevel: 2 | 3 | 4;
  children?: ReactNode;
}) {
  const { referral, headingLevel } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const formatDue = useFormatDue();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3';
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>;
  return (
    <article
      className={referral.overdue ? 'referral referral-overdue' : 'referral'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className="referral-heading">
        <Link to={`/referrals/${encodeURIComponent(referral.id)}`}>{referral.serviceName}</Link>
      </Heading>
      <p className="muted">{t('referrals.inbox.case', { caseNumber: referral.caseNumber })}</p>
      <StatusBadges referral={referral} />
      {referral.overdue && referral.dueAt ? (
        <p className="overdue-text">
          {t('referrals.inbox.overdueSince', { due: formatDue(referral.dueAt) })}
        </p>
      ) : null}
      {referral.status === 'info_requested' && referral.side === 'sender' ? (
        <p className="attention-text">{t('referrals.inbox.askedYou')}</p>
      ) : null}
      <dl className="details">
        {referral.side === 'receiver' ? (
          <div>
            <dt>{t('referrals.inbox.from')}</dt>
            <dd>
              {referral.senderName}, {referral.senderOrganizationName}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{t('referrals.inbox.to')}</dt>
            <dd>{referral.receiverOrganizationName}</dd>
          </div>
        )}
        <div>
          <dt>{t('referrals.inbox.needs')}</dt>
          <dd>{referral.needs.map((need) => t(`referrals.needs.${need}`)).join(', ')}</dd>
        </div>
        {referral.sentAt ? (
          <div>
            <dt>{t('referrals.inbox.sentAt')}</dt>
            <dd>{when(referral.sentAt)}</dd>
          </div>
        ) : (
          <div>
            <dt>{t('referrals.inbox.created')}</dt>
            <dd>{when(referral.createdAt)}</dd>
          </div>
        )}
        {referral.dueAt && referral.firstResponseAt === null && !referral.overdue ? (
          <div>
            <dt>{t('referrals.inbox.dueAt')}</dt>
            <dd>
              <time dateTime={referral.dueAt}>{formatDue(referral.dueAt)}</time>
            </dd>
          </div>
        ) : null}
        {referral.note ? (
          <div>
            <dt>{t('referralThreads.inboxNote')}</dt>
            <dd className="note-body referral-note">{referral.note}</dd>
          </div>
        ) : null}
      </dl>
      {props.children}
    </article>
  );
}
