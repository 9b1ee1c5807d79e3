// Recording the service plan: the youth's needs and history in plain words (it keeps group
// programs from mixing youth at risk with youth who have been exploited), whether the youth faces
// a detention decision (alternatives to detention then come first), and the providers never to
// use, chosen from the directory's organizations.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS, YOUTH_HISTORIES } from '../../../../domain/matching.js';
import type { Need, YouthHistory } from '../../../../domain/matching.js';
import { listHsdsOrganizations, saveServicePlan } from '../../api';
import { CheckboxGroup, Field, RadioGroup } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Messages';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import type { HsdsOrganizationChoice, ServicePlan } from '../../types';

interface Errors {
  needs?: string;
  history?: string;
}

export function ServicePlanForm(props: {
  youthId: string;
  plan: ServicePlan | null;
  onSaved: (plan: ServicePlan) => void;
  onCancel?: () => void;
}) {
  const { plan } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const organizations = useApiData('hsds-organizations', listHsdsOrganizations);
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [needs, setNeeds] = useState<Need[]>(() => plan?.needs ?? []);
  const [history, setHistory] = useState<YouthHistory | null>(() => plan?.history ?? null);
  const [avoid, setAvoid] = useState<string[]>(() => plan?.excludedOrganizationIds ?? []);
  const [facingDetention, setFacingDetention] = useState(() => plan?.facingDetention ?? false);
  const detentionHintId = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // Changing an existing plan: start at its first field.
    if (plan) form.current?.querySelector<HTMLElement>('input')?.focus();
  }, [plan]);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (needs.length === 0) found.needs = t('referrals.errors.needsRequired');
    if (!history) found.history = t('referrals.errors.historyRequired');
    setErrors(found);
    setFailure(null);
    if (!history || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const saved = await saveServicePlan(props.youthId, {
        needs: NEEDS.filter((need) => needs.includes(need)),
        history,
        excludedOrganizationIds: avoid,
        facingDetention,
      });
      props.onSaved(saved);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{plan ? t('referrals.plan.change') : t('referrals.plan.heading')}</h4>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <CheckboxGroup
          legend={t('referrals.plan.needs')}
          hint={t('referrals.plan.needsHint')}
          options={NEEDS.map((need) => ({ value: need, label: t(`referrals.needs.${need}`) }))}
          selected={needs}
          onChange={setNeeds}
          error={errors.needs}
        />
        <RadioGroup
          legend={t('referrals.plan.history')}
          hint={t('referrals.plan.historyHint')}
          name="history"
          options={YOUTH_HISTORIES.map((value) => ({
            value,
            label: t(`referrals.histories.${value}`),
          }))}
          selected={history}
          onChange={setHistory}
          error={errors.history}
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={facingDetention}
              aria-describedby={detentionHintId}
              onChange={(event) => {
                setFacingDetention(event.target.checked);
              }}
            />
            {t('alternatives.facingDetention')}
          </label>
          <p id={detentionHintId} className="hint">
            {t('alternatives.facingDetentionHint')}
          </p>
        </div>
        <ErrorMessage>
          {organizations.error ? describeError(organizations.error) : null}
        </ErrorMessage>
        <ProvidersToAvoid organizations={organizations.data} chosen={avoid} onChange={setAvoid} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('referrals.plan.save')}
          </button>
          {props.onCancel ? (
            <button type="button" onClick={props.onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** A list that may run to hundreds of organizations: choose one, add it; remove any. */
function ProvidersToAvoid(props: {
  organizations: readonly HsdsOrganizationChoice[] | undefined;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const { organizations, chosen } = props;
  const { t } = useTranslation();
  const hintId = useId();
  const [candidate, setCandidate] = useState('');
  const names = new Map((organizations ?? []).map((o) => [o.id, o.name]));
  const left = (organizations ?? []).filter((o) => !chosen.includes(o.id));
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend>{t('referrals.plan.avoid')}</legend>
      <p id={hintId} className="hint">
        {t('referrals.plan.avoidHint')}
      </p>
      {chosen.length === 0 ? (
        <p>{t('referrals.plan.avoidNone')}</p>
      ) : (
        <ul className="avoid-list">
          {chosen.map((id) => {
            const name = names.get(id) ?? t('referrals.plan.unknownProvider');
            return (
              <li key={id}>
                <span>{name}</span>{' '}
                <button
                  type="button"
                  onClick={() => {
                    props.onChange(chosen.filter((c) => c !== id));
                  }}
                >
                  {t('referrals.plan.avoidRemove')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {organizations === undefined ? (
        <Loading label={t('referrals.plan.avoidLoading')} />
      ) : (
        <div className="row-actions avoid-choice">
          <Field label={t('referrals.plan.avoidChoose')}>
            {(control) => (
              <select
                {...control}
                value={candidate}
                onChange={(event) => {
                  setCandidate(event.target.value);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {left.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            disabled={candidate === ''}
            onClick={() => {
              if (candidate) props.onChange([...chosen, candidate]);
              setCandidate('');
            }}
          >
            {t('referrals.plan.avoidAdd')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
