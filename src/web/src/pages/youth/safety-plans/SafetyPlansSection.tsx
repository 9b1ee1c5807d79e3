// The record's "Safety plans": the plans the reader may read, by type, with their version and who
// saved it, and a link to write a new plan of each type for those who write plans with youth.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SAFETY_PLAN_TYPES, SAFETY_PLAN_WRITER_ROLES } from '../../../../../domain/safety-plans.js';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import { listSafetyPlans } from '../../../safety-plans-api';
import { useSignedIn } from '../../../session';
import type { YouthRecord } from '../../../types';

export const planUrl = (youthId: string, plan: string, type?: string) =>
  `/youth/${encodeURIComponent(youthId)}/safety-plans/${encodeURIComponent(plan)}${
    type ? `?type=${encodeURIComponent(type)}` : ''
  }`;

export function SafetyPlansSection({ youth }: { youth: YouthRecord }) {
  const { t, i18n } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeError();
  const plans = useApiData(`safety-plans:${youth.id}`, () => listSafetyPlans(youth.id));
  const writes = user.roles.some((r) => SAFETY_PLAN_WRITER_ROLES.includes(r));
  return (
    <>
      <p className="muted">{t('safetyPlans.intro')}</p>
      <ErrorMessage>{plans.error ? describeError(plans.error) : null}</ErrorMessage>
      {plans.data === undefined ? (
        plans.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        SAFETY_PLAN_TYPES.map((type) => {
          const ofType = (plans.data ?? []).filter((p) => p.type === type);
          if (ofType.length === 0 && !writes) return null;
          return (
            <section key={type} aria-labelledby={`plans-${type}`} className="plan-group">
              <h3 id={`plans-${type}`}>{t(`safetyPlans.types.${type}`)}</h3>
              {ofType.length === 0 ? (
                <p className="muted">{t('safetyPlans.empty')}</p>
              ) : (
                <ul className="plain-list">
                  {ofType.map((plan) => (
                    <li key={plan.id}>
                      <Link to={planUrl(youth.id, plan.id)}>
                        {t('safetyPlans.version', {
                          version: plan.version,
                          name: plan.savedByName,
                          organization: plan.authorOrganizationName,
                          date: formatDateTime(plan.savedAt, i18n.language),
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {writes ? (
                <p>
                  <Link to={planUrl(youth.id, 'new', type)}>
                    {t('safetyPlans.newOf', { type: t(`safetyPlans.types.${type}`) })}
                  </Link>
                </p>
              ) : null}
            </section>
          );
        })
      )}
    </>
  );
}
