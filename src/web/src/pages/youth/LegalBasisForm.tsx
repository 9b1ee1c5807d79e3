// Recording a legal basis: only the kinds the server lets the caller record, recipients other
// than the caller's own organization, the court and order date for a court order. A statutory
// duty or mandated report stands on one of the legal profile's duties for the caller's
// organization, and offers only that duty's categories: it shares only the recorder's own
// information (docs/CONFIDENTIALITY.md).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasisKind } from '../../../../domain/case-access.js';
import type { LegalDuty } from '../../../../domain/legal-profile.js';
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
  duty?: string;
  recipients?: string;
  categories?: string;
  description?: string;
  court?: string;
  orderDate?: string;
  effectiveOn?: string;
  expiresOn?: string;
}

export function LegalBasisForm(props: {
  youthId: string;
  kinds: readonly LegalBasisKind[];
  /** The profile's duties the caller's organization may record on this case. */
  duties: readonly LegalDuty[];
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
  const [dutyCode, setDutyCode] = useState<string | null>(() => {
    const ofKind = props.duties.filter((d) => d.kind === props.kinds[0]);
    return props.kinds.length === 1 && ofKind.length === 1 ? (ofKind[0]?.code ?? null) : null;
  });
  const [effectiveOn, setEffectiveOn] = useState(() => localToday());
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isOrder = kind === 'court_order';
  const isDuty = kind === 'statutory_duty' || kind === 'mandated_report';
  const dutiesOfKind = props.duties.filter((d) => d.kind === kind);
  const duty = isDuty ? (dutiesOfKind.find((d) => d.code === dutyCode) ?? null) : null;
  // A duty discloses only its own categories; a court order any.
  const offered = isDuty
    ? DATA_CATEGORIES.filter((c) => duty?.categories.includes(c))
    : DATA_CATEGORIES;
  const chooseDuty = (code: string | null) => {
    setDutyCode(code);
    const chosen = props.duties.find((d) => d.code === code);
    if (chosen) setCategories((current) => current.filter((c) => chosen.categories.includes(c)));
  };
  // A kind with a single duty chooses that duty at once.
  const chooseKind = (next: LegalBasisKind) => {
    setKind(next);
    const ofKind = props.duties.filter((d) => d.kind === next);
    chooseDuty(ofKind.length === 1 ? (ofKind[0]?.code ?? null) : null);
  };
  const edited = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      props.onEdit();
    };
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (!kind) found.kind = t('errors.chooseOne');
    if (isDuty && !duty) found.duty = t('duties.required');
    if (recipients.length === 0) found.recipients = t('legalBases.errors.recipients');
    if (categories.length === 0) found.categories = t('errors.categoriesNeeded');
    if (!description.trim()) found.description = t('errors.required');
    if (isOrder && !court.trim()) found.court = t('errors.required');
    if (isOrder && !orderDate) found.orderDate = t('errors.date');
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
      categories: offered.filter((c) => categories.includes(c)),
      description: description.trim(),
      effectiveOn,
      ...(isOrder ? { court: court.trim(), orderDate } : {}),
      // The duty names the law; the basis keeps its citation as recorded.
      ...(duty ? { dutyCode: duty.code, citation: duty.citation } : {}),
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
          onChange={edited(chooseKind)}
          error={errors.kind}
        />
        {isDuty ? (
          <>
            <p>{t('duties.ownOnly')}</p>
            <RadioGroup
              legend={t('duties.choose')}
              hint={t('duties.chooseHint')}
              name="legal-basis-duty"
              options={dutiesOfKind.map((d) => ({
                value: d.code,
                label: t('duties.option', { name: d.name, citation: d.citation }),
              }))}
              selected={duty?.code ?? null}
              onChange={edited((code: string) => {
                chooseDuty(code);
              })}
              error={errors.duty}
            />
          </>
        ) : null}
        <CheckboxGroup
          legend={t('legalBases.recipientsLegend')}
          hint={t('legalBases.recipientsHint')}
          options={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
          selected={recipients}
          onChange={edited(setRecipients)}
          error={errors.recipients}
        />
        {isDuty && !duty ? (
          <p className="hint">{t('duties.chooseFirst')}</p>
        ) : (
          <CheckboxGroup
            legend={t('legalBases.categoriesLegend')}
            hint={duty ? t('duties.categoriesHint') : t('legalBases.categoriesHint')}
            options={offered.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
            selected={categories}
            onChange={edited(setCategories)}
            error={errors.categories}
          />
        )}
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
