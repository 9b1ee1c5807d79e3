// Accounts of the administrator's jurisdiction.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPendingUser, listOrganizations, listUsers } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import { PasswordHalf } from '../approvals/PasswordHalf';
import { TemporaryPassword } from './TemporaryPassword';
import { UserCreateForm } from './UserCreateForm';
import { UserManagePanel } from './UserManagePanel';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user: me, allowedActions } = useSignedIn();
  usePageTitle(t('users.title'));
  const canManage = allowedActions.includes('user.manage');
  const [panel, setPanel] = useState<
    { kind: 'create' } | { kind: 'manage'; userId: string } | null
  >(null);
  const [handover, setHandover] = useState<{ name: string; password: string } | null>(null);
  // A one-time password of an account that sees youth data comes in two halves: this one is
  // the administrator's to hand over; the approver hands over the other.
  const [half, setHalf] = useState<{ name: string; half: string; organization: string } | null>(
    null,
  );
  const [saved, setSaved] = useState<string | null>(null);
  const users = useApiData('users', listUsers);
  const organizations = useApiData(`organizations:${me.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: me.jurisdictionId, includeInactive: true }),
  );
  const activeOrganizations = (organizations.data ?? []).filter(
    (organization) => organization.active,
  );
  const managed =
    panel?.kind === 'manage' ? users.data?.find((u) => u.id === panel.userId) : undefined;
  const open = (next: typeof panel) => {
    setSaved(null);
    setHandover(null);
    setHalf(null);
    setPanel(next);
  };

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p>{t('users.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{users.error ? describeError(users.error) : null}</ErrorMessage>
      {handover ? (
        <TemporaryPassword
          name={handover.name}
          password={handover.password}
          onDone={() => {
            setHandover(null);
          }}
        />
      ) : null}
      {half ? (
        <PasswordHalf
          heading={t('approvals.firstHalfHeading', { name: half.name })}
          note={t('approvals.firstHalfNote', { name: half.name, organization: half.organization })}
          half={half.half}
          testId="password-first-half"
          onDone={() => {
            setHalf(null);
          }}
        />
      ) : null}
      {canManage && panel === null ? (
        <p>
          <button
            type="button"
            onClick={() => {
              open({ kind: 'create' });
            }}
          >
            {t('users.add')}
          </button>
        </p>
      ) : null}
      {canManage && panel?.kind === 'create' ? (
        <UserCreateForm
          organizations={activeOrganizations}
          onCreated={(created) => {
            setPanel(null);
            if (isPendingUser(created)) {
              setHalf({
                name: created.user.displayName,
                half: created.temporaryPasswordFirstHalf,
                organization: created.approval.waitingFor?.organizationName ?? '—',
              });
            } else {
              setHandover({ name: created.user.displayName, password: created.temporaryPassword });
            }
            users.reload();
          }}
          onCancel={() => {
            setPanel(null);
          }}
        />
      ) : null}
      {canManage && managed ? (
        <UserManagePanel
          key={managed.id}
          user={managed}
          organizations={(organizations.data ?? []).filter(
            (organization) => organization.active || organization.id === managed.organizationId,
          )}
          onChanged={(message) => {
            setSaved(message);
            users.reload();
          }}
          onTemporaryPassword={(password) => {
            setHandover({ name: managed.displayName, password });
            users.reload();
          }}
          onPasswordHalf={(first, organization) => {
            setHalf({ name: managed.displayName, half: first, organization });
            users.reload();
          }}
          onClose={() => {
            setPanel(null);
          }}
        />
      ) : null}
      {users.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : (
        <UsersTable
          users={users.data}
          onManage={
            canManage
              ? (user) => {
                  open({ kind: 'manage', userId: user.id });
                }
              : undefined
          }
        />
      )}
    </>
  );
}
