// The services that fit the youth, best first, each with why, the needs it meets, its open
// places and a Refer button; then, folded away, the services not offered and why not.
import { useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { codesByName, nameFromIndex } from '../../../../domain/language-names.js';
import { useFocusAfterConfirm } from '../../components/ConfirmActions';
import { formatDateTime } from '../../hooks';
import type { Matches, ReferralDetail, ServiceMatch, ServicePlan } from '../../types';
import { telHref } from '../../validation';
import { wordMatchReason, type Translate } from './match-reasons';
import { NeedTags } from './ReferralItem';
import { ReferForm } from './ReferForm';

export function MatchList(props: {
  youthId: string;
  matches: Matches;
  plan: ServicePlan;
  canRefer: boolean;
  onReferred: (referral: ReferralDetail) => void;
}) {
  const { matches } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [referring, setReferring] = useState<string | null>(null);
  // The youth's languages are stored as written ("Spanish"); the services on this screen that
  // record a code for the same name let the reader read it in their own words.
  const languageName = useMemo(() => {
    const codes = codesByName([
      ...matches.ranked.map((m) => m.service),
      ...matches.excluded.map((e) => e.service),
    ]);
    return (stored: string) => nameFromIndex(stored, codes, i18n.language);
  }, [matches, i18n.language]);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('referrals.matches.heading')}</h3>
      {matches.ranked.length === 0 ? (
        <p>{t('referrals.matches.none')}</p>
      ) : (
        <>
          <p>
            {t('referrals.matches.summary', {
              ranked: matches.ranked.length,
              considered: matches.considered,
            })}
          </p>
          <ol className="matches">
            {matches.ranked.map((match) => (
              <li key={match.service.id}>
                <MatchCard
                  match={match}
                  languageName={languageName}
                  canRefer={props.canRefer}
                  referring={referring === match.service.id}
                  onRefer={() => {
                    setReferring(match.service.id);
                  }}
                >
                  {referring === match.service.id ? (
                    <ReferForm
                      youthId={props.youthId}
                      match={match}
                      planNeeds={props.plan.needs}
                      onReferred={(referral) => {
                        setReferring(null);
                        props.onReferred(referral);
                      }}
                      onCancel={() => {
                        setReferring(null);
                      }}
                    />
                  ) : null}
                </MatchCard>
              </li>
            ))}
          </ol>
        </>
      )}
      {matches.excluded.length > 0 ? <NotOffered excluded={matches.excluded} /> : null}
    </section>
  );
}

function MatchCard(props: {
  match: ServiceMatch;
  languageName: (stored: string) => string;
  canRefer: boolean;
  referring: boolean;
  onRefer: () => void;
  children: ReactNode;
}) {
  const { match, canRefer } = props;
  const { service } = match;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const referButton = useFocusAfterConfirm(props.referring);
  const capacity = service.capacity;
  // The server sends each reason as a code; it is worded here in the reader's language. Keys are
  // built from the codes match-reasons.ts checks, so the typed `t` is set aside (as for notices).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const translate: Translate = (key, options) => i18n.t(key as never, options);
  const reasons = match.reasonCodes.map((reason) =>
    wordMatchReason(translate, reason, props.languageName),
  );
  return (
    <article className="card match" aria-labelledby={headingId}>
      <h4 id={headingId}>{service.name}</h4>
      {service.organizationName ? (
        <p className="muted">
          {t('referrals.matches.organization', { organization: service.organizationName })}
        </p>
      ) : null}
      {service.alternativeToDetention || service.csecSpecialized ? (
        <p>
          {service.alternativeToDetention ? (
            <span className="badge badge-on">{t('alternatives.badge')}</span>
          ) : null}{' '}
          {service.csecSpecialized ? (
            <span className="badge badge-on">{t('referrals.matches.csec')}</span>
          ) : null}
        </p>
      ) : null}
      <dl className="details">
        <div>
          <dt>{t('referrals.matches.needsMet')}</dt>
          <dd>
            <NeedTags needs={match.needsMet} label={t('referrals.matches.needsMet')} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.matches.capacity')}</dt>
          <dd>
            {capacity === null
              ? t('referrals.matches.capacityUnknown')
              : capacity.maximum === null
                ? t('referrals.matches.capacityOpenNoMaximum', { available: capacity.available })
                : t('referrals.matches.capacityOpen', {
                    available: capacity.available,
                    maximum: capacity.maximum,
                  })}
            {capacity?.updatedAt ? (
              <span className="muted">
                {' '}
                (
                {t('referrals.matches.capacityUpdated', {
                  date: formatDateTime(capacity.updatedAt, i18n.language),
                })}
                )
              </span>
            ) : null}
          </dd>
        </div>
        {service.acceptsReferrals ? (
          <div>
            <dt>{t('referrals.matches.answerTime')}</dt>
            <dd>{t('referrals.matches.answersIn', { days: service.responseBusinessDays })}</dd>
          </div>
        ) : null}
      </dl>
      <p className="match-why">{t('referrals.matches.why')}</p>
      <ul className="reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {!canRefer ? null : service.acceptsReferrals ? (
        props.referring ? null : (
          <button ref={referButton} type="button" className="primary" onClick={props.onRefer}>
            {t('referrals.matches.refer')}
            <span className="visually-hidden"> {service.name}</span>
          </button>
        )
      ) : (
        <CallInstead serviceId={service.id} serviceName={service.name} phone={service.phone} />
      )}
      {props.children}
    </article>
  );
}

/** No Lantern agency answers for the service: the button stays off and the phone is shown. */
function CallInstead(props: { serviceId: string; serviceName: string; phone: string | null }) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <div className="call-instead">
      <button type="button" disabled aria-describedby={noteId}>
        {t('referrals.matches.refer')}
        <span className="visually-hidden"> {props.serviceName}</span>
      </button>
      <p id={noteId}>{t('referrals.matches.noLantern')}</p>
      {props.phone ? (
        <p className="contact">
          <a href={telHref(props.phone)}>
            {t('referrals.matches.callPhone', { phone: props.phone })}
          </a>
        </p>
      ) : (
        <p>
          {t('referrals.matches.noPhone')}{' '}
          <Link to={`/directory/services/${encodeURIComponent(props.serviceId)}`}>
            {t('referrals.matches.directoryLink')}
          </Link>
        </p>
      )}
    </div>
  );
}

function NotOffered({ excluded }: { excluded: Matches['excluded'] }) {
  const { t } = useTranslation();
  return (
    <details className="not-offered">
      <summary>{t('referrals.matches.notOffered', { count: excluded.length })}</summary>
      <p>{t('referrals.matches.notOfferedIntro')}</p>
      <ul>
        {excluded.map(({ service, reasons }) => (
          <li key={service.id}>
            <strong>{service.name}</strong>
            {service.organizationName ? ` (${service.organizationName})` : ''}
            <ul>
              {reasons.map((reason) => (
                <li key={reason}>{t(`referrals.exclusions.${reason}`)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
