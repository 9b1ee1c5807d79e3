// The recorded service plan at a glance: needs, history, a detention decision, providers to
// avoid, when and the age matching used.
import { useTranslation } from 'react-i18next';
import { listHsdsOrganizations } from '../../api';
import { formatDateTime, useApiData } from '../../hooks';
import type { ServicePlan } from '../../types';
import { NeedTags } from './ReferralItem';

export function PlanSummary({ plan, age }: { plan: ServicePlan; age: number | null }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <dl className="details plan-summary">
        <div>
          <dt>{t('referrals.plan.needs')}</dt>
          <dd>
            <NeedTags needs={plan.needs} label={t('referrals.plan.needs')} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.plan.history')}</dt>
          <dd>{t(`referrals.histories.${plan.history}`)}</dd>
        </div>
        <div>
          <dt>{t('alternatives.planFacingDetention')}</dt>
          <dd>
            {plan.facingDetention
              ? t('alternatives.planFacingDetentionYes')
              : t('alternatives.planFacingDetentionNo')}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.plan.avoid')}</dt>
          <dd>
            {plan.excludedOrganizationIds.length === 0 ? (
              t('referrals.plan.avoidNone')
            ) : (
              <AvoidedProviders ids={plan.excludedOrganizationIds} />
            )}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {t('referrals.plan.updated', { date: formatDateTime(plan.updatedAt, i18n.language) })}
        {age === null ? null : <> {t('referrals.plan.age', { age })}</>}
      </p>
    </>
  );
}

/** Names from the directory, loaded only when the plan lists providers to avoid. */
function AvoidedProviders({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const organizations = useApiData('hsds-organizations', listHsdsOrganizations);
  if (organizations.data === undefined) {
    return organizations.error ? t('referrals.plan.unknownProvider') : t('common.loading');
  }
  const names = new Map(organizations.data.map((o) => [o.id, o.name]));
  return ids.map((id) => names.get(id) ?? t('referrals.plan.unknownProvider')).join(', ');
}
