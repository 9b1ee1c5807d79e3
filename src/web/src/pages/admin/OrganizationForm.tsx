// Create an organization, or edit its name and contact details (its type is fixed).
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import type { OrganizationType } from '../../../../domain/vocabulary.js';
import { createOrganization, updateOrganization } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { Organization } from '../../types';
import { blankToNull, isEmail, isPhone } from '../../validation';

interface Errors {
  name?: string;
  type?: string;
  phone?: string;
  email?: string;
}

export function OrganizationForm(props: {
  organization?: Organization;
  onSaved: (organization: Organization) => void;
  onCancel: () => void;
}) {
  const { organization } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(organization?.name ?? '');
  const [type, setType] = useState<OrganizationType | ''>(organization?.type ?? '');
  const [phone, setPhone] = useState(organization?.phone ?? '');
  const [email, setEmail] = useState(organization?.email ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!name.trim()) found.name = t('errors.required');
    if (!organization && !type) found.type = t('errors.chooseOne');
    if (!isPhone(phone)) found.phone = t('errors.phone');
    if (email.trim() && !isEmail(email)) found.email = t('errors.email');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const fields = { name: name.trim(), phone: blankToNull(phone), email: blankToNull(email) };
    setBusy(true);
    try {
      if (organization) props.onSaved(await updateOrganization(organization.id, fields));
      else if (type) props.onSaved(await createOrganization({ ...fields, type }));
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const heading = organization
    ? t('organizations.editHeading', { name: organization.name })
    : t('organizations.addHeading');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <TextField
          label={t('organizations.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
        />
        {organization ? (
          <p>
            {t('organizations.type')}: {t(`organizationTypes.${organization.type}`)}
          </p>
        ) : (
          <Field label={t('organizations.type')} error={errors.type} required>
            {(control) => (
              <select
                {...control}
                value={type}
                onChange={(event) => {
                  const chosen = ORGANIZATION_TYPES.find((option) => option === event.target.value);
                  setType(chosen ?? '');
                }}
              >
                <option value="">{t('common.choose')}</option>
                {ORGANIZATION_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {t(`organizationTypes.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <TextField
          label={t('organizations.phone')}
          type="tel"
          value={phone}
          onChange={setPhone}
          error={errors.phone}
          optional
        />
        <TextField
          label={t('organizations.email')}
          type="email"
          value={email}
          onChange={setEmail}
          error={errors.email}
          optional
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {organization ? t('common.save') : t('organizations.create')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
