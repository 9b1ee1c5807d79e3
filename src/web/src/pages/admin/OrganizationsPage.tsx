// The organizations of the administrator's jurisdiction: list, create, edit, (de)activate.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganizations, updateOrganization } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { Organization } from '../../types';
import { OrganizationForm } from './OrganizationForm';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user } = useSignedIn();
  usePageTitle(t('organizations.title'));
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const organizations = useApiData(`organizations:${user.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: user.jurisdictionId, includeInactive: true }),
  );

  const afterSave = (organization: Organization) => {
    setEditing(null);
    setSaved(t('organizations.saved', { name: organization.name }));
    organizations.reload();
  };
  const setActive = async (organization: Organization, active: boolean) => {
    setSaved(null);
    setFailure(null);
    try {
      const changed = await updateOrganization(organization.id, { active });
      const message = active ? 'organizations.reactivated' : 'organizations.deactivated';
      setSaved(t(message, { name: changed.name }));
      organizations.reload();
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  const startEditing = (target: Organization | 'new') => {
    setSaved(null);
    setFailure(null);
    setEditing(target);
  };

  return (
    <>
      <h1>{t('organizations.title')}</h1>
      <p>{t('organizations.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>
        {failure ?? (organizations.error ? describeError(organizations.error) : null)}
      </ErrorMessage>
      {editing === null ? (
        <p>
          <button
            type="button"
            onClick={() => {
              startEditing('new');
            }}
          >
            {t('organizations.add')}
          </button>
        </p>
      ) : (
        <OrganizationForm
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { organization: editing })}
          onSaved={afterSave}
          onCancel={() => {
            setEditing(null);
          }}
        />
      )}
      {organizations.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="organizations-caption"
          tabIndex={0}
        >
          <table>
            <caption id="organizations-caption">{t('organizations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organizations.name')}</th>
                <th scope="col">{t('organizations.type')}</th>
                <th scope="col">{t('organizations.contact')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.data.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row">{organization.name}</th>
                  <td>{t(`organizationTypes.${organization.type}`)}</td>
                  <td>
                    {organization.phone ? <div>{organization.phone}</div> : null}
                    {organization.email ? <div>{organization.email}</div> : null}
                  </td>
                  <td>
                    <span className={organization.active ? 'badge badge-on' : 'badge badge-off'}>
                      {organization.active ? t('common.active') : t('common.inactive')}
                    </span>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => {
                        startEditing(organization);
                      }}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {organization.name}</span>
                    </button>
                    <button
                      type="button"
                      onClick={() => void setActive(organization, !organization.active)}
                    >
                      {organization.active
                        ? t('organizations.deactivate')
                        : t('organizations.reactivate')}
                      <span className="visually-hidden"> {organization.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
