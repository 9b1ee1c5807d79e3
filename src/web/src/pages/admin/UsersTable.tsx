import { useTranslation } from 'react-i18next';
import type { User } from '../../types';
import { useDescribeApproval } from '../approvals/words';

export function UsersTable(props: {
  users: readonly User[];
  onManage: ((user: User) => void) | undefined;
}) {
  const { t } = useTranslation();
  const describeApproval = useDescribeApproval();
  const { onManage } = props;
  return (
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table>
        <caption id="users-caption">{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.organization')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('common.status')}</th>
            {onManage ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.displayName}
                <div className="muted">{user.email}</div>
              </th>
              <td>{user.organizationName}</td>
              <td>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</td>
              <td>
                <ul className="badges">
                  <li className={user.active ? 'badge badge-on' : 'badge badge-off'}>
                    {user.active ? t('common.active') : t('common.inactive')}
                  </li>
                  {user.locked ? <li className="badge badge-warn">{t('users.locked')}</li> : null}
                  <li className={user.mfaEnabled ? 'badge badge-on' : 'badge badge-off'}>
                    {user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}
                  </li>
                  {user.mustChangePassword ? (
                    <li className="badge badge-warn">{t('users.mustChangePassword')}</li>
                  ) : null}
                  {user.pendingApprovals.map((approval) => (
                    <li key={approval.id} className="badge badge-warn">
                      {t('approvals.waitingFor', {
                        organization: approval.waitingFor?.organizationName ?? '—',
                      })}
                    </li>
                  ))}
                </ul>
                {user.pendingApprovals.map((approval) => (
                  <div key={approval.id} className="muted">
                    {describeApproval(approval)}
                  </div>
                ))}
              </td>
              {onManage ? (
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      onManage(user);
                    }}
                  >
                    {t('users.manage')}
                    <span className="visually-hidden"> {user.displayName}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
