// Create an account: who, where they work, which roles their organization's type allows.
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/vocabulary.js';
import { createUser } from '../../api';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { CreatedUser, Language, Organization, PendingUser } from '../../types';
import { isEmail } from '../../validation';
import { LanguageSelect, OrganizationSelect, RolesField, rolesFor } from './UserFields';

interface Errors {
  email?: string;
  displayName?: string;
  organizationId?: string;
  roles?: string;
}

export function UserCreateForm(props: {
  organizations: readonly Organization[];
  /** Created at once, or waiting for approval (a role that sees youth data). */
  onCreated: (created: CreatedUser | PendingUser) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [language, setLanguage] = useState<Language>(i18n.language === 'es' ? 'es' : 'en');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organization = props.organizations.find((candidate) => candidate.id === organizationId);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const chooseOrganization = (id: string) => {
    setOrganizationId(id);
    const allowed = rolesFor(props.organizations.find((candidate) => candidate.id === id));
    setRoles((before) => before.filter((role) => allowed.includes(role)));
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!isEmail(email)) found.email = t('errors.email');
    if (!displayName.trim()) found.displayName = t('errors.required');
    if (!organizationId) found.organizationId = t('errors.chooseOne');
    else if (roles.length === 0) found.roles = t('errors.rolesNeeded');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const fields = { email: email.trim(), displayName: displayName.trim(), organizationId };
      props.onCreated(await createUser({ ...fields, roles, language }));
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('users.addHeading')}</h2>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <TextField
          label={t('users.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
          required
        />
        <TextField
          label={t('users.displayName')}
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
          required
        />
        <OrganizationSelect
          organizations={props.organizations}
          value={organizationId}
          onChange={chooseOrganization}
          error={errors.organizationId}
        />
        <RolesField
          organization={organization}
          selected={roles}
          onChange={setRoles}
          error={errors.roles}
        />
        <LanguageSelect value={language} onChange={setLanguage} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('users.create')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
