// Form parts shared by creating and editing an account.
import { useTranslation } from 'react-i18next';
import { ROLES_BY_ORGANIZATION_TYPE } from '../../../../domain/vocabulary.js';
import type { Role } from '../../../../domain/vocabulary.js';
import { CheckboxGroup, Field } from '../../components/Field';
import type { Language, Organization } from '../../types';

export function OrganizationSelect(props: {
  organizations: readonly Organization[];
  value: string;
  onChange: (organizationId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('users.organization')} error={props.error} required>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value);
          }}
        >
          <option value="">{t('common.choose')}</option>
          {props.organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The roles an organization of this type may give; none until an organization is chosen. */
export function rolesFor(organization: Organization | undefined): readonly Role[] {
  return organization ? ROLES_BY_ORGANIZATION_TYPE[organization.type] : [];
}

export function RolesField(props: {
  organization: Organization | undefined;
  selected: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const options = rolesFor(props.organization).map((role) => ({
    value: role,
    label: t(`roles.${role}`),
  }));
  return (
    <CheckboxGroup
      legend={t('users.roles')}
      hint={props.organization ? undefined : t('users.rolesHint')}
      options={options}
      selected={props.selected}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

export function LanguageSelect(props: { value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('users.language')} required>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value === 'es' ? 'es' : 'en');
          }}
        >
          <option value="en">{t('language.en')}</option>
          <option value="es">{t('language.es')}</option>
        </select>
      )}
    </Field>
  );
}
