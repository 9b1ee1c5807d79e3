// A party's own standing acceptance on an agreement: releases of its information of these kinds
// to these partners go without waiting in its Releases inbox. Only the party's own staff set it
// (docs/CONFIDENTIALITY.md); whoever manages the agreement cannot.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { setStandingAcceptance } from '../../api';
import { CheckboxGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { focusFirstInvalid } from '../../hooks';
import type { Agreement, Organization } from '../../types';
import { useDescribeReleaseError } from '../releases/words';

export function StandingAcceptanceForm(props: {
  agreement: Agreement;
  /** The signed-in person's organization, a party to the agreement. */
  organizationId: string;
  organizations: readonly Organization[];
  onSaved: (agreement: Agreement, withdrawn: boolean) => void;
}) {
  const { agreement, organizationId } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const current = agreement.standingAcceptances.find(
    (s) => s.holderOrganizationId === organizationId,
  );
  const [partners, setPartners] = useState<string[]>(current?.recipientOrganizationIds ?? []);
  const [categories, setCategories] = useState<DataCategory[]>(current?.categories ?? []);
  const [errors, setErrors] = useState<{ partners?: string; categories?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The other parties; oversight sees aggregates only and never receives a youth's data.
  const partnerOptions = props.organizations
    .filter(
      (o) =>
        o.id !== organizationId &&
        o.type !== 'oversight' &&
        agreement.organizationIds.includes(o.id),
    )
    .map((o) => ({ value: o.id, label: o.name }));
  const categoryOptions = agreement.categories.map((c) => ({
    value: c,
    label: t(`dataCategories.${c}`),
  }));

  const send = async (acceptance: {
    recipientOrganizationIds: string[];
    categories: DataCategory[];
  }): Promise<boolean> => {
    setFailure(null);
    setBusy(true);
    try {
      const saved = await setStandingAcceptance(agreement.id, acceptance);
      setBusy(false);
      props.onSaved(saved, acceptance.categories.length === 0);
      return true;
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
      return false;
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (partners.length === 0) found.partners = t('standing.errors.partners');
    if (categories.length === 0) found.categories = t('standing.errors.categories');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    await send({
      recipientOrganizationIds: partnerOptions
        .map((o) => o.value)
        .filter((id) => partners.includes(id)),
      categories: agreement.categories.filter((c) => categories.includes(c)),
    });
  };

  const withdraw = async () => {
    setErrors({});
    if (await send({ recipientOrganizationIds: [], categories: [] })) {
      setPartners([]);
      setCategories([]);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('standing.yoursHeading')}</h3>
      <p>{t('standing.yoursIntro')}</p>
      {current ? null : <p>{t('standing.yoursNone')}</p>}
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <CheckboxGroup
          legend={t('standing.partners')}
          options={partnerOptions}
          selected={partners}
          onChange={setPartners}
          error={errors.partners}
        />
        <CheckboxGroup
          legend={t('standing.categories')}
          hint={t('standing.categoriesHint')}
          options={categoryOptions}
          selected={categories}
          onChange={setCategories}
          error={errors.categories}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('standing.save')}
          </button>
          {current ? (
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void withdraw()}
            >
              {t('standing.withdraw')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
