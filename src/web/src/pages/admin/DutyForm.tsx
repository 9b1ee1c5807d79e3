// Add or edit one duty to disclose on the legal profile: its code, kind, name, the law cited,
// the types of organization it binds and the kinds of information it discloses.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DUTY_KINDS } from '../../../../domain/legal-profile.js';
import type { DutyKind, LegalDuty } from '../../../../domain/legal-profile.js';
import { DATA_CATEGORIES, ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import type { DataCategory, OrganizationType } from '../../../../domain/vocabulary.js';
import { CheckboxGroup, RadioGroup } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid } from '../../hooks';
import { useDescribeReleaseError } from '../releases/words';

/** The server's rule for a duty's code (LegalDuty in src/server/http/case-schemas.ts). */
const CODE = /^[a-z0-9_]{1,60}$/;
const NAME_MAX = 200;
const CITATION_MAX = 300;
/** Oversight never reads or records on a case, so no duty can bind it. */
const BINDABLE = ORGANIZATION_TYPES.filter((type) => type !== 'oversight');

interface Errors {
  code?: string;
  kind?: string;
  name?: string;
  citation?: string;
  bound?: string;
  categories?: string;
}

export function DutyForm(props: {
  /** The duty being edited; absent when adding one. */
  duty?: LegalDuty;
  /** Codes of the other duties: a code names one duty only. */
  takenCodes: readonly string[];
  onSave: (duty: LegalDuty) => Promise<void>;
  onCancel: () => void;
}) {
  const { duty } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState(duty?.code ?? '');
  const [kind, setKind] = useState<DutyKind | null>(duty?.kind ?? null);
  const [name, setName] = useState(duty?.name ?? '');
  const [citation, setCitation] = useState(duty?.citation ?? '');
  const [bound, setBound] = useState<OrganizationType[]>([
    ...(duty?.recorderOrganizationTypes ?? []),
  ]);
  const [categories, setCategories] = useState<DataCategory[]>([...(duty?.categories ?? [])]);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const validate = (): Errors => {
    const found: Errors = {};
    const trimmedCode = code.trim();
    if (!CODE.test(trimmedCode)) found.code = t('duties.errors.code');
    else if (props.takenCodes.includes(trimmedCode)) found.code = t('duties.errors.codeTaken');
    if (!kind) found.kind = t('errors.chooseOne');
    if (!name.trim()) found.name = t('errors.required');
    else if (name.trim().length > NAME_MAX)
      found.name = t('duties.errors.tooLong', { max: NAME_MAX });
    if (!citation.trim()) found.citation = t('errors.required');
    else if (citation.trim().length > CITATION_MAX) {
      found.citation = t('duties.errors.tooLong', { max: CITATION_MAX });
    }
    if (bound.length === 0) found.bound = t('duties.errors.bound');
    if (categories.length === 0) found.categories = t('errors.categoriesNeeded');
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
    setBusy(true);
    try {
      await props.onSave({
        code: code.trim(),
        kind,
        name: name.trim(),
        citation: citation.trim(),
        recorderOrganizationTypes: BINDABLE.filter((type) => bound.includes(type)),
        categories: DATA_CATEGORIES.filter((c) => categories.includes(c)),
      });
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {duty ? t('duties.editHeading', { name: duty.name }) : t('duties.addHeading')}
      </h3>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        {duty ? (
          <dl className="details">
            <div>
              <dt>{t('duties.code')}</dt>
              <dd>
                <code>{duty.code}</code>
              </dd>
            </div>
          </dl>
        ) : (
          <TextField
            label={t('duties.code')}
            hint={t('duties.codeHint')}
            value={code}
            onChange={setCode}
            error={errors.code}
            required
          />
        )}
        <RadioGroup
          legend={t('duties.kind')}
          name="duty-kind"
          options={DUTY_KINDS.map((k) => ({ value: k, label: t(`duties.kinds.${k}`) }))}
          selected={kind}
          onChange={setKind}
          error={errors.kind}
        />
        <TextField
          label={t('duties.name')}
          hint={t('duties.nameHint')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
        />
        <TextField
          label={t('duties.citation')}
          hint={t('duties.citationHint')}
          value={citation}
          onChange={setCitation}
          error={errors.citation}
          required
        />
        <CheckboxGroup
          legend={t('duties.bound')}
          hint={t('duties.boundHint')}
          options={BINDABLE.map((type) => ({ value: type, label: t(`organizationTypes.${type}`) }))}
          selected={bound}
          onChange={setBound}
          error={errors.bound}
        />
        <CheckboxGroup
          legend={t('duties.categories')}
          hint={t('duties.categoriesHint')}
          options={DATA_CATEGORIES.map((c) => ({ value: c, label: t(`dataCategories.${c}`) }))}
          selected={categories}
          onChange={setCategories}
          error={errors.categories}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('duties.save')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
