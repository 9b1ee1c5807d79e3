// One referral: where it stands (its plain status; the FHIR Task status stays in the API for
// systems that exchange it, not for case workers), what travels to the provider, the sender's
// note, the next steps the server allows the caller (an accept undone within its minute), the
// messages between the two organizations, and the timeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, getReferral } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { formatDateTime, useApiData, usePageTitle } from '../../hooks';
import type { ReferralDetail } from '../../types';
import { NeedTags, StatusBadges } from './ReferralItem';
import { ReferralThreadSection } from './ReferralThread';
import { ReferralTimeline } from './ReferralTimeline';
import { UndoAccept } from './UndoAccept';
import { TransitionPanel } from './TransitionPanel';
import { useDescribeReferralError, useFormatDue, useOutcomeText } from './words';

export function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeReferralError();
  const loaded = useApiData(`referral:${id}`, () => getReferral(id));
  const referral = loaded.data?.id === id ? loaded.data : undefined;
  usePageTitle(
    referral
      ? t('referrals.detail.heading', { service: referral.serviceName })
      : t('referrals.detail.title'),
  );
  if (!referral) {
    const { error } = loaded;
    return (
      <>
        <h1>{t('referrals.detail.title')}</h1>
        {error ? (
          <ErrorMessage>
            {error instanceof ApiError && error.status === 404
              ? t('referrals.detail.notFound')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
        <p>
          <Link to="/referrals">{t('referrals.detail.back')}</Link>
        </p>
      </>
    );
  }
  return <ReferralView referral={referral} reload={loaded.reload} />;
}

function ReferralView({ referral, reload }: { referral: ReferralDetail; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const outcomeText = useOutcomeText();
  const formatDue = useFormatDue();
  const [moved, setMoved] = useState<string | null>(null);
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, i18n.language)}</time>;
  const dates = [
    ['sentAt', referral.sentAt],
    ['firstResponseAt', referral.firstResponseAt],
    ['closedAt', referral.closedAt],
  ] as const;
  return (
    <>
      <p className="breadcrumb">
        <Link to={referral.side === 'sender' ? '/referrals?box=sent' : '/referrals'}>
          {t('referrals.detail.back')}
        </Link>
        {' · '}
        <Link to={`/youth/${encodeURIComponent(referral.youthId)}?section=services`}>
          {t('referrals.detail.backToRecord')}
        </Link>
      </p>
      <h1>{t('referrals.detail.heading', { service: referral.serviceName })}</h1>
      <p className="lead">{t('referrals.inbox.case', { caseNumber: referral.caseNumber })}</p>
      <StatusMessage>{moved}</StatusMessage>

      <dl className="details referral-facts">
        <div>
          <dt>{t('referrals.detail.status')}</dt>
          <dd>
            <StatusBadges referral={referral} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.detail.from')}</dt>
          <dd>
            {referral.senderName}, {referral.senderOrganizationName}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.detail.to')}</dt>
          <dd>
            {referral.serviceName} ({referral.receiverOrganizationName})
          </dd>
        </div>
        <div>
          <dt>{t('referrals.detail.needs')}</dt>
          <dd>
            <NeedTags needs={referral.needs} label={t('referrals.detail.needs')} />
          </dd>
        </div>
        {referral.status === 'sent' && referral.dueAt ? (
          <div>
            <dt>{t('referrals.detail.dueAt')}</dt>
            <dd>
              <time dateTime={referral.dueAt}>{formatDue(referral.dueAt)}</time>
            </dd>
          </div>
        ) : null}
        {dates.map(([key, value]) =>
          value ? (
            <div key={key}>
              <dt>{t(`referrals.detail.${key}`)}</dt>
              <dd>{when(value)}</dd>
            </div>
          ) : null,
        )}
        {referral.outcome ? (
          <div>
            <dt>{t('referrals.detail.outcome')}</dt>
            <dd>{outcomeText(referral.outcome)}</dd>
          </div>
        ) : null}
      </dl>
      {referral.overdue && referral.dueAt ? (
        <p className="overdue-text">
          {t('referrals.inbox.overdueSince', { due: formatDue(referral.dueAt) })}
        </p>
      ) : null}

      <section aria-labelledby="referral-packet">
        <h2 id="referral-packet">{t('referrals.detail.packetHeading')}</h2>
        <Packet packet={referral.packet} />
      </section>

      <section aria-labelledby="referral-next">
        <h2 id="referral-next">{t('referrals.detail.nextHeading')}</h2>
        {referral.placeTaken ? <p>{t('referralThreads.place.taken')}</p> : null}
        <UndoAccept
          referral={referral}
          onUndone={() => {
            setMoved(t('referralThreads.undo.done'));
            reload();
          }}
        />
        <TransitionPanel
          referral={referral}
          onMoved={(detail) => {
            setMoved(
              t('referrals.detail.moved', { status: t(`referrals.statuses.${detail.status}`) }),
            );
            reload();
          }}
          onEdit={() => {
            setMoved(null);
          }}
        />
      </section>

      <ReferralThreadSection referral={referral} />

      <section aria-labelledby="referral-timeline">
        <h2 id="referral-timeline">{t('referrals.detail.timelineHeading')}</h2>
        <ReferralTimeline timeline={referral.timeline} />
      </section>
    </>
  );
}

function Packet({ packet }: { packet: ReferralDetail['packet'] }) {
  const { t } = useTranslation();
  const { identity } = packet;
  const orNot = (value: string | number | null) =>
    value === null || value === '' ? t('referrals.detail.notRecorded') : String(value);
  return (
    <>
      {identity ? (
        <>
          <p>{t('referrals.detail.identityShared')}</p>
          <dl className="details" aria-label={t('referrals.detail.identity')}>
            <div>
              <dt>{t('referrals.detail.name')}</dt>
              <dd>{orNot([identity.givenName, identity.familyName].filter(Boolean).join(' '))}</dd>
            </div>
            <div>
              <dt>{t('referrals.detail.alias')}</dt>
              <dd>{orNot(identity.alias)}</dd>
            </div>
            <div>
              <dt>{t('referrals.detail.age')}</dt>
              <dd>{orNot(identity.age)}</dd>
            </div>
            <div>
              <dt>{t('referrals.detail.gender')}</dt>
              <dd>{orNot(identity.genderIdentity)}</dd>
            </div>
            <div>
              <dt>{t('referrals.detail.languages')}</dt>
              <dd>{orNot(identity.languages.join(', '))}</dd>
            </div>
          </dl>
          <p>{t('referrals.detail.contactThrough', { contact: packet.contactThrough })}</p>
        </>
      ) : packet.identityShared ? (
        <p>{t('referrals.detail.identityHiddenFromYou')}</p>
      ) : (
        <p className="message message-notice">
          {t('referrals.detail.noIdentity', { contact: packet.contactThrough })}
        </p>
      )}
      <h3>{t('referrals.detail.note')}</h3>
      {packet.note ? (
        <p className="note-body referral-note">{packet.note}</p>
      ) : (
        <p className="muted">{t('referrals.detail.noNote')}</p>
      )}
    </>
  );
}
