// Services and referrals on a youth's record: the service plan, the services that match it with
// why (and those not offered, with why not), a Refer form on each, this case's referrals, and the
// notes of the `referrals` data category: the one place for referrals on the record.
// A caller who may not read the needs or the identity is told whom to ask.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, getMatches, listReferrals } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData } from '../../hooks';
import type { Contact, ReferralSummary, YouthRecord } from '../../types';
import { DENIAL_MESSAGES, type DenialReason } from '../../../../domain/case-access.js';
import { MatchList } from '../referrals/MatchList';
import { PlanSummary } from '../referrals/PlanSummary';
import { ReferralItem } from '../referrals/ReferralItem';
import { ServicePlanForm } from '../referrals/ServicePlanForm';
import { CategorySection } from './CategorySection';
import { ContactDetails } from './WithheldPanel';
import { useDescribeReferralError, useFormatDue } from '../referrals/words';

export function ServicesSection(props: {
  youth: YouthRecord;
  onChanged: () => void;
  /** Opened by an address of the `referrals` category: bring its notes into view. */
  showNotes?: boolean;
}) {
  const { youth } = props;
  const { t } = useTranslation();
  const formatDue = useFormatDue();
  const describeError = useDescribeReferralError();
  const matches = useApiData(`matches:${youth.id}`, () => getMatches(youth.id));
  const referrals = useApiData(`referrals:sent:${youth.id}`, () =>
    listReferrals({ box: 'sent', youthId: youth.id }),
  );
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const canWrite = youth.allowedActions.includes('note.write');
  const found = matches.data;
  const plan = found?.plan ?? null;

  return (
    <>
      <p>{t('referrals.section.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {matches.error ? (
        matches.error instanceof ApiError && matches.error.status === 403 ? (
          // The server names why and whom to ask; say it plainly rather than as an alarm.
          <Refused error={matches.error} />
        ) : (
          <ErrorMessage>{describeError(matches.error)}</ErrorMessage>
        )
      ) : null}
      {found === undefined ? (
        matches.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <>
          <section aria-labelledby="service-plan-heading">
            <h3 id="service-plan-heading" ref={planHeading} tabIndex={-1}>
              {t('referrals.plan.heading')}
            </h3>
            {plan && !editing ? (
              <>
                <PlanSummary plan={plan} age={found.age} />
                {canWrite ? (
                  <button
                    type="button"
                    onClick={() => {
                      setDone(null);
                      setEditing(true);
                    }}
                  >
                    {t('referrals.plan.change')}
                  </button>
                ) : null}
              </>
            ) : canWrite ? (
              <>
                {plan ? null : <p>{t('referrals.plan.none')}</p>}
                <ServicePlanForm
                  youthId={youth.id}
                  plan={plan}
                  onSaved={() => {
                    setEditing(false);
                    setDone(t('referrals.plan.saved'));
                    matches.reload();
                    planHeading.current?.focus();
                  }}
                  {...(plan
                    ? {
                        onCancel: () => {
                          setEditing(false);
                          planHeading.current?.focus();
                        },
                      }
                    : {})}
                />
              </>
            ) : (
              <p>{t('referrals.plan.noneCannotWrite')}</p>
            )}
          </section>
          {plan ? (
            <MatchList
              youthId={youth.id}
              matches={found}
              plan={plan}
              canRefer={canWrite}
              onReferred={(referral) => {
                setDone(
                  referral.status === 'draft'
                    ? t('referrals.refer.drafted', { service: referral.serviceName })
                    : t('referrals.refer.sent', {
                        service: referral.serviceName,
                        due: formatDue(referral.dueAt ?? referral.createdAt),
                      }),
                );
                referrals.reload();
              }}
            />
          ) : null}
        </>
      )}
      <CaseReferrals
        referrals={referrals.data}
        loading={referrals.loading}
        error={referrals.error ? describeError(referrals.error) : null}
      />
      <ReferralNotes youth={youth} onChanged={props.onChanged} show={props.showNotes ?? false} />
    </>
  );
}

function ReferralNotes(props: { youth: YouthRecord; onChanged: () => void; show: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.show) heading.current?.scrollIntoView({ block: 'start' });
  }, [props.show]);
  return (
    <section aria-labelledby="referral-notes">
      <h3 id="referral-notes" ref={heading} tabIndex={-1}>
        {t('recordNav.referralNotes')}
      </h3>
      <p className="muted">{t('recordNav.referralNotesIntro')}</p>
      <CategorySection youth={props.youth} category="referrals" onChanged={props.onChanged} />
    </section>
  );
}

function CaseReferrals(props: {
  referrals: readonly ReferralSummary[] | undefined;
  loading: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  const { referrals } = props;
  return (
    <section aria-labelledby="case-referrals-heading">
      <h3 id="case-referrals-heading">{t('referrals.caseList.heading')}</h3>
      <p className="muted">{t('referrals.caseList.intro')}</p>
      <ErrorMessage>{props.error}</ErrorMessage>
      {referrals === undefined ? (
        props.loading ? (
          <Loading label={t('common.loading')} />
        ) : null
      ) : referrals.length === 0 ? (
        <p>{t('referrals.caseList.none')}</p>
      ) : (
        <ul className="referral-list">
          {referrals.map((referral) => (
            <li key={referral.id}>
              <ReferralItem referral={referral} headingLevel={4} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A refusal in the reader's words: its code is the reason (`denialReasons`), and whom to ask
 * comes as fields (`ask`); the server's English sentence only for a code this screen does not know.
 */
function Refused({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const reason = Object.hasOwn(DENIAL_MESSAGES, error.code)
    ? (error.code as DenialReason)
    : undefined;
  const ask = error.details.ask as Contact | null | undefined;
  if (!reason) return <p className="message message-notice">{error.message}</p>;
  return (
    <div className="message message-notice">
      <p>{t(`denialReasons.${reason}`)}</p>
      {ask ? (
        <>
          <p>{t('withheld.askIntro')}</p>
          <ContactDetails contact={ask} />
        </>
      ) : null}
    </div>
  );
}
