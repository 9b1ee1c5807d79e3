// Add or edit a point person of one's own jurisdiction.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createPointPerson, listOrganizations, updatePointPerson } from '../../api';
import type { PointPersonFields } from '../../api';
import { Checkbox, Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import type { PointPerson } from '../../types';
import { blankToNull, isEmail, isPhone } from '../../validation';

type Draft = { [Name in keyof PointPersonFields]: string } & { organizationId: string };
type Errors = Partial<Record<keyof Draft, string>>;

function draftOf(pointPerson: PointPerson | undefined): Draft {
  return {
    organizationId: pointPerson?.organizationId ?? '',
    function: pointPerson?.function ?? '',
    name: pointPerson?.name ?? '',
    title: pointPerson?.title ?? '',
    phone: pointPerson?.phone ?? '',
    afterHoursPhone: pointPerson?.afterHoursPhone ?? '',
    email: pointPerson?.email ?? '',
    notes: pointPerson?.notes ?? '',
  };
}

export function PointPersonForm(props: {
  jurisdictionId: string;
  pointPerson?: PointPerson;
  onSaved: (pointPerson: PointPerson) => void;
  onCancel: () => void;
}) {
  const { pointPerson } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(pointPerson));
  const [active, setActive] = useState(pointPerson?.active ?? true);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organizations = useApiData(`organizations:${props.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: props.jurisdictionId }),
  );
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const set = (name: keyof Draft) => (value: string) => {
    setDraft((before) => ({ ...before, [name]: value }));
  };
  const validate = (): Errors => {
    const found: Errors = {};
    if (!pointPerson && !draft.organizationId) found.organizationId = t('errors.chooseOne');
    if (!draft.function.trim()) found.function = t('errors.required');
    if (!draft.name.trim()) found.name = t('errors.required');
    if (!isPhone(draft.phone)) found.phone = t('errors.phone');
    if (!isPhone(draft.afterHoursPhone)) found.afterHoursPhone = t('errors.phone');
    if (draft.email.trim() && !isEmail(draft.email)) found.email = t('errors.email');
    return found;
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const fields: PointPersonFields = {
      function: draft.function.trim(),
      name: draft.name.trim(),
      title: blankToNull(draft.title),
      phone: blankToNull(draft.phone),
      afterHoursPhone: blankToNull(draft.afterHoursPhone),
      email: blankToNull(draft.email),
      notes: blankToNull(draft.notes),
    };
    setBusy(true);
    try {
      props.onSaved(
        pointPerson
          ? await updatePointPerson(pointPerson.id, { ...fields, active })
          : await createPointPerson({ ...fields, organizationId: draft.organizationId }),
      );
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const heading = pointPerson
    ? t('pointPersons.editHeading', { name: pointPerson.name })
    : t('pointPersons.addHeading');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        {pointPerson ? (
          <p>
            {t('pointPersons.organization')}: {pointPerson.organizationName}
          </p>
        ) : (
          <Field label={t('pointPersons.organization')} error={errors.organizationId} required>
            {(control) => (
              <select
                {...control}
                value={draft.organizationId}
                onChange={(event) => {
                  set('organizationId')(event.target.value);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {(organizations.data ?? [])
                  .filter((organization) => organization.active)
                  .map((organization) => (
                    <option key={organization.id} value={organization.id}>
                      {organization.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        )}
        <TextField
          label={t('pointPersons.function')}
          hint={t('pointPersons.functionExample')}
          value={draft.function}
          onChange={set('function')}
          error={errors.function}
          required
        />
        <TextField
          label={t('pointPersons.name')}
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
          required
        />
        <TextField
          label={t('pointPersons.jobTitle')}
          value={draft.title}
          onChange={set('title')}
          optional
        />
        <TextField
          label={t('pointPersons.phone')}
          type="tel"
          value={draft.phone}
          onChange={set('phone')}
          error={errors.phone}
          optional
        />
        <TextField
          label={t('pointPersons.afterHoursPhone')}
          type="tel"
          value={draft.afterHoursPhone}
          onChange={set('afterHoursPhone')}
          error={errors.afterHoursPhone}
          optional
        />
        <TextField
          label={t('pointPersons.email')}
          type="email"
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
          optional
        />
        <TextField
          label={t('pointPersons.notes')}
          value={draft.notes}
          onChange={set('notes')}
          multiline
          optional
        />
        {pointPerson ? (
          <Checkbox label={t('pointPersons.listed')} checked={active} onChange={setActive} />
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {pointPerson ? t('common.save') : t('pointPersons.create')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
