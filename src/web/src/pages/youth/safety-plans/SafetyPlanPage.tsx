// One safety plan: a new plan of a type (`new?type=`), with "start from the last plan", or an
// existing plan at its current version. A save refused as stale shows both versions to merge.
import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { SAFETY_PLAN_TYPES } from '../../../../../domain/safety-plans.js';
import { ApiError, getYouth } from '../../../api';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError, usePageTitle } from '../../../hooks';
import {
  createSafetyPlan,
  getSafetyPlan,
  listSafetyPlans,
  saveSafetyPlan,
  staleVersionsOf,
  type SafetyPlan,
  type SafetyPlanType,
  type StaleVersions as Versions,
} from '../../../safety-plans-api';
import type { YouthRecord } from '../../../types';
import { bodyOf, draftFrom, emptyDraft, type PlanDraft } from './plan-draft';
import { SafetyPlanForm } from './SafetyPlanForm';
import { planUrl } from './SafetyPlansSection';
import { StaleVersions } from './StaleVersions';
import './safety-plans.css';

const isType = (value: string | null): value is SafetyPlanType =>
  (SAFETY_PLAN_TYPES as readonly (string | null)[]).includes(value);

export function SafetyPlanPage() {
  const { id = '', planId = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const record = useApiData(`youth:${id}`, () => getYouth(id));
  const youth = record.data?.id === id ? record.data : undefined;
  const isNew = planId === 'new';
  const plan = useApiData(`safety-plan:${planId}`, () =>
    isNew ? Promise.resolve(null) : getSafetyPlan(planId),
  );
  const type = isNew ? params.get('type') : (plan.data?.type ?? null);
  usePageTitle(t('safetyPlans.title'));
  const back = (
    <p className="breadcrumb">
      <Link to={`/youth/${encodeURIComponent(id)}?section=safetyPlans`}>
        {t('safetyPlans.backToRecord')}
      </Link>
    </p>
  );
  const error = record.error ?? plan.error;
  if (!youth || (!isNew && !plan.data) || !isType(type)) {
    return (
      <>
        {back}
        <h1>{t('safetyPlans.title')}</h1>
        {error || (isNew && !isType(type)) ? (
          <ErrorMessage>
            {(error instanceof ApiError && error.status === 404) || !error
              ? t('safetyPlans.notFound')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </>
    );
  }
  return (
    <>
      {back}
      <h1>
        {isNew
          ? t('safetyPlans.newHeading', { type: t(`safetyPlans.types.${type}`) })
          : t('safetyPlans.heading', {
              type: t(`safetyPlans.types.${type}`),
              caseNumber: youth.caseNumber,
            })}
      </h1>
      <PlanEditor key={planId} youth={youth} type={type} plan={plan.data ?? null} />
    </>
  );
}

function PlanEditor(props: { youth: YouthRecord; type: SafetyPlanType; plan: SafetyPlan | null }) {
  const { youth, type } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const describeError = useDescribeError();
  const [current, setCurrent] = useState<SafetyPlan | null>(props.plan);
  const [draft, setDraft] = useState<PlanDraft>(() =>
    props.plan ? draftFrom(type, props.plan.content) : emptyDraft(type),
  );
  const [version, setVersion] = useState(props.plan?.version ?? 0);
  const [startFrom, setStartFrom] = useState<{ id: string; version: number } | null>(null);
  const [stale, setStale] = useState<Versions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const earlier = useApiData(`safety-plans:${youth.id}`, () => listSafetyPlans(youth.id));
  const last = (earlier.data ?? []).find((p) => p.type === type && p.id !== current?.id);
  const readOnly = current !== null && !current.allowedActions.includes('edit');
  const team = youth.team.map((m) => ({
    organizationId: m.organizationId,
    organizationName: m.organizationName,
  }));
  const uniqueTeam = team.filter(
    (o, i) => team.findIndex((p) => p.organizationId === o.organizationId) === i,
  );
  useEffect(() => {
    if (notice) status.current?.focus();
  }, [notice]);

  const startFromLast = async () => {
    if (!last) return;
    setFailure(null);
    try {
      const earlierPlan = await getSafetyPlan(last.id);
      const copied = draftFrom(type, earlierPlan.content);
      // The sections travel; the type's details and "written with the youth" are asked again.
      setDraft({
        ...copied,
        steps: copied.steps.map((s) => ({ ...s, key: '' })),
        writtenWithYouth: draft.writtenWithYouth,
        writtenWithYouthOn: draft.writtenWithYouthOn,
        details: draft.details,
      });
      setStartFrom({ id: last.id, version: earlierPlan.version });
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    setBusy(true);
    try {
      const body = bodyOf(draft);
      if (current) {
        const saved = await saveSafetyPlan(current.id, { ...body, version });
        setCurrent(saved);
        setVersion(saved.version);
        setDraft(draftFrom(type, saved.content));
        setStale(null);
        setNotice(t('safetyPlans.saved', { version: saved.version }));
      } else {
        const created = await createSafetyPlan(youth.id, {
          ...body,
          ...(startFrom ? { startFrom: startFrom.id } : {}),
        });
        void navigate(planUrl(youth.id, created.id), { replace: true });
      }
    } catch (error) {
      const versions = staleVersionsOf(error);
      if (versions) setStale(versions);
      else setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {current ? (
        <p className="muted">
          {t('safetyPlans.version', {
            version: current.version,
            name: current.savedByName,
            organization: current.authorOrganizationName,
            date: formatDateTime(current.savedAt, i18n.language),
          })}
        </p>
      ) : null}
      <p ref={status} tabIndex={-1} role="status">
        {notice}
      </p>
      {readOnly ? <p className="muted">{t('safetyPlans.readOnly')}</p> : null}
      {stale ? (
        <StaleVersions
          mine={draft}
          versions={stale}
          team={uniqueTeam}
          onMerged={(merged, currentVersion) => {
            setDraft(merged);
            setVersion(currentVersion);
            setStale(null);
          }}
        />
      ) : null}
      {!current && last && !startFrom ? (
        <p>
          <button type="button" onClick={() => void startFromLast()}>
            {t('safetyPlans.startFromLast')}
          </button>
        </p>
      ) : null}
      {startFrom ? (
        <p className="muted">{t('safetyPlans.startedFromLast', { version: startFrom.version })}</p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('safetyPlans.title')}>
        <fieldset disabled={readOnly || stale !== null} className="plain-fieldset">
          <SafetyPlanForm draft={draft} onChange={setDraft} team={uniqueTeam} />
          <ErrorMessage>{failure}</ErrorMessage>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('safetyPlans.saving') : t('safetyPlans.save')}
            </button>
          </div>
        </fieldset>
      </form>
    </>
  );
}
