// Recording a legal basis: only the kinds the server lets the caller record, recipients other
// than the caller's own organization, the court and order date for a court order, the law cited
// for a statutory duty.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasisKind } from '../../../../domain/case-access.js';
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { recordLegalBasis } from '../../api';
import type { LegalBasisFields } from '../../api';
import { CheckboxGroup, RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { Organization } from '../../types';
import { localToday } from './names';

interface Errors {
  kind?: string;
  recipients?: string;
  categories?: string;
  description?: string;
  court?: string;
  orderDate?: string;
  citation?: string;
  effectiveOn?: string;
  expiresOn?: string;
}

export function LegalBasisForm(props: {
  youthId: string;
  kinds: readonly LegalBasisKind[];
  organizations: readonly Organization[];
  onRecorded: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<LegalBasisKind | null>(
    props.kinds.length === 1 ? (props.kinds[0] ?? null) : null,
  );
  const [recipients, setRecipients] = useState<string[]>([]);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [description, setDescription] = useState('');
  const [court, setCourt] = useState('');
  const [orderDate, setOrderDate] = useState('');
  const [citation, setCitation] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(() => localToday());
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isOrder = kind === 'court_order';
  const isDuty = kind === 'statutory_duty';
  const edited = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      props.onEdit();
    };
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (!kind) found.kind = t('errors.chooseOne');
    if (recipients.length === 0) found.recipients = t('legalBases.errors.recipients');
    if (categories.length === 0) found.categories = t('errors.categoriesNeeded');
    if (!description.trim()) found.description = t('errors.required');
    if (isOrder && !court.trim()) found.court = t('errors.required');
    if (isOrder && !orderDate) found.orderDate = t('errors.date');
    if (isDuty && !citation.trim()) found.citation = t('errors.required');
    if (!effectiveOn) found.effectiveOn = t('errors.date');
    if (isOrder && !expiresOn) found.expiresOn = t('legalBases.errors.expiresRequired');
    else if (expiresOn && effectiveOn && expiresOn < effectiveOn) {
      found.expiresOn = t('errors.endBeforeStart');
    }
    return found;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || !kind) {
      focusFirstInvalid(form.current);
      return;
    }
    const fields: LegalBasisFields = {
      kind,
      recipientOrganizationIds: recipients,
      categories: DATA_CATEGORIES.filter((c) => categories.includes(c)),
      description: description.trim(),
      effectiveOn,
      ...(isOrder ? { court: court.trim(), orderDate } : {}),
      ...(isDuty && citation.trim() ? { citation: citation.trim() } : {}),
      ...(expiresOn ? { expiresOn } : {}),
    };
    setBusy(true);
    try {
      await recordLegalBasis(props.youthId, fields);
      setRecipients([]);
      setCategories([]);
      setDescription('');
      setCourt('');
      setOrderDate('');
      setCitation('');
      setExpiresOn('');
      props.onRecorded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('legalBases.formHeading')}</h4>
      <p>{t('legalBases.formIntro')}</p>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <RadioGroup
          legend={t('legalBases.kind')}
          name="legal-basis-kind"
          options={props.kinds.map((k) => ({
            value: k,
            label: `${t(`accessBases.${k}`)}: ${t(`legalBases.kindHints.${k}`)}`,
          }))}
          selected={kind}
          onChange={edited(setKind)}
          error={errors.kind}
        />
        <CheckboxGroup
          legend={t('legalBases.recipientsLegend')}
          hint={t('legalBases.recipientsHint')}
          options={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
          selected={recipients}
          onChange={edited(setRecipients)}
          error={errors.recipients}
        />
        <CheckboxGroup
          legend={t('legalBases.categoriesLegend')}
          hint={t('legalBases.categoriesHint')}
          options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
          selected={categories}
          onChange={edited(setCategories)}
          error={errors.categories}
        />
        <TextField
          label={t('legalBases.description')}
          hint={t('legalBases.descriptionHint')}
          value={description}
          onChange={edited(setDescription)}
          error={errors.description}
          multiline
          required
        />
        {isOrder ? (
          <div className="field-row">
            <TextField
              label={t('legalBases.court')}
              hint={t('legalBases.courtHint')}
              value={court}
              onChange={edited(setCourt)}
              error={errors.court}
              required
            />
            <TextField
              label={t('legalBases.orderDate')}
              type="date"
              value={orderDate}
              onChange={edited(setOrderDate)}
              error={errors.orderDate}
              required
            />
          </div>
        ) : null}
        {isDuty ? (
          <TextField
            label={t('legalBases.citationLabel')}
            hint={t('legalBases.citationHint')}
            value={citation}
            onChange={edited(setCitation)}
            error={errors.citation}
            required
          />
        ) : null}
        <div className="field-row">
          <TextField
            label={t('legalBases.effectiveOn')}
            type="date"
            value={effectiveOn}
            onChange={edited(setEffectiveOn)}
            error={errors.effectiveOn}
            required
          />
          <TextField
            label={t('legalBases.expiresOn')}
            hint={isOrder ? t('legalBases.expiresOnOrderHint') : t('legalBases.expiresOnHint')}
            type="date"
            value={expiresOn}
            onChange={edited(setExpiresOn)}
            error={errors.expiresOn}
            required={isOrder}
            optional={!isOrder}
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('legalBases.submit')}
        </button>
      </form>
    </section>
  );
}
