// Create or edit an information-sharing agreement: parties, data categories and dates.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { createAgreement, updateAgreement } from '../../api';
import type { AgreementFields } from '../../api';
import { CheckboxGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { Agreement, Organization } from '../../types';

type Errors = Partial<Record<keyof AgreementFields, string>>;

export function AgreementForm(props: {
  agreement?: Agreement;
  organizations: readonly Organization[];
  onSaved: (agreement: Agreement) => void;
  onCancel: () => void;
}) {
  const { agreement } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [purpose, setPurpose] = useState(agreement?.purpose ?? '');
  const [parties, setParties] = useState<string[]>(agreement?.organizationIds ?? []);
  const [categories, setCategories] = useState<DataCategory[]>(agreement?.categories ?? []);
  const [startsOn, setStartsOn] = useState(agreement?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(agreement?.endsOn ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  // Inactive organizations stay listed only while they are already a party.
  const partyOptions = props.organizations
    .filter((organization) => organization.active || parties.includes(organization.id))
    .map((organization) => ({ value: organization.id, label: organization.name }));
  const categoryOptions = DATA_CATEGORIES.map((category) => ({
    value: category,
    label: t(`dataCategories.${category}`),
  }));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!title.trim()) found.title = t('errors.required');
    if (!purpose.trim()) found.purpose = t('errors.required');
    if (parties.length < 2) found.organizationIds = t('errors.partiesNeeded');
    if (categories.length === 0) found.categories = t('errors.categoriesNeeded');
    if (!startsOn) found.startsOn = t('errors.date');
    else if (endsOn && endsOn < startsOn) found.endsOn = t('errors.endBeforeStart');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const fields: AgreementFields = {
      title: title.trim(),
      purpose: purpose.trim(),
      organizationIds: parties,
      categories,
      startsOn,
      endsOn: endsOn || null,
    };
    setBusy(true);
    try {
      props.onSaved(
        agreement ? await updateAgreement(agreement.id, fields) : await createAgreement(fields),
      );
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const heading = agreement
    ? t('agreements.editHeading', { title: agreement.title })
    : t('agreements.addHeading');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <TextField
          label={t('agreements.agreementTitle')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
        />
        <TextField
          label={t('agreements.purpose')}
          value={purpose}
          onChange={setPurpose}
          error={errors.purpose}
          multiline
          required
        />
        <CheckboxGroup
          legend={t('agreements.parties')}
          hint={t('agreements.partiesHint')}
          options={partyOptions}
          selected={parties}
          onChange={setParties}
          error={errors.organizationIds}
        />
        <CheckboxGroup
          legend={t('agreements.categories')}
          hint={t('agreements.categoriesHint')}
          options={categoryOptions}
          selected={categories}
          onChange={setCategories}
          error={errors.categories}
        />
        <div className="field-row">
          <TextField
            label={t('agreements.startsOn')}
            type="date"
            value={startsOn}
            onChange={setStartsOn}
            error={errors.startsOn}
            required
          />
          <TextField
            label={t('agreements.endsOn')}
            hint={t('agreements.endsOnHint')}
            type="date"
            value={endsOn}
            onChange={setEndsOn}
            error={errors.endsOn}
            optional
          />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {agreement ? t('common.save') : t('agreements.create')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
