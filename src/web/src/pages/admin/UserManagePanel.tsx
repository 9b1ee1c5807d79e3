// One account: edit who and where, and the security actions (password, unlock, second factor).
import { useEffect, useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/vocabulary.js';
import {
  isChangePending,
  resetUserMfa,
  resetUserPassword,
  unlockUser,
  updateUser,
} from '../../api';
import { Checkbox } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, formatDateTime, useDescribeError } from '../../hooks';
import type { Approval, Language, Organization, User } from '../../types';
import { useDescribeApproval } from '../approvals/words';
import { LanguageSelect, OrganizationSelect, RolesField, rolesFor } from './UserFields';

interface Errors {
  displayName?: string;
  organizationId?: string;
  roles?: string;
}

export function UserManagePanel(props: {
  user: User;
  organizations: readonly Organization[];
  onChanged: (message: string) => void;
  onTemporaryPassword: (password: string) => void;
  /** The first half of a one-time password whose second half the approver hands over. */
  onPasswordHalf: (half: string, organization: string) => void;
  onClose: () => void;
}) {
  const { user } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const describeApproval = useDescribeApproval();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [organizationId, setOrganizationId] = useState(user.organizationId);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [language, setLanguage] = useState<Language>(user.language);
  const [active, setActive] = useState(user.active);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organization = props.organizations.find((candidate) => candidate.id === organizationId);
  const waits = (approvals: readonly Approval[]) =>
    approvals
      .map((approval) =>
        t('approvals.changeWaits', {
          organization: approval.waitingFor?.organizationName ?? '—',
          what: describeApproval(approval),
        }),
      )
      .join(' ');
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const chooseOrganization = (id: string) => {
    setOrganizationId(id);
    const allowed = rolesFor(props.organizations.find((candidate) => candidate.id === id));
    setRoles((before) => before.filter((role) => allowed.includes(role)));
  };
  const run = async (action: () => Promise<void>) => {
    setFailure(null);
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };
  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!displayName.trim()) found.displayName = t('errors.required');
    if (!organizationId) found.organizationId = t('errors.chooseOne');
    else if (roles.length === 0) found.roles = t('errors.rolesNeeded');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    await run(async () => {
      const changes = { displayName: displayName.trim(), organizationId, roles, language, active };
      const changed = await updateUser(user.id, changes);
      if (!isChangePending(changed)) {
        props.onChanged(t('users.saved', { name: changed.displayName }));
        return;
      }
      props.onChanged(waits(changed.approvals));
      const [first] = changed.approvals;
      if (changed.temporaryPasswordFirstHalf && first) {
        props.onPasswordHalf(
          changed.temporaryPasswordFirstHalf,
          first.waitingFor?.organizationName ?? '—',
        );
      }
    });
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('users.manageHeading', { name: user.displayName })}</h2>
      <p className="muted">
        {user.email}
        {' · '}
        {user.lastLoginAt
          ? t('users.lastSignIn', { when: formatDateTime(user.lastLoginAt, i18n.language) })
          : t('users.neverSignedIn')}
      </p>
      <ErrorMessage>{failure}</ErrorMessage>
      <form ref={form} noValidate onSubmit={(event) => void save(event)}>
        <TextField
          label={t('users.displayName')}
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
        <Checkbox label={t('users.activeLabel')} checked={active} onChange={setActive} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>

      <h3>{t('users.securityHeading')}</h3>
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const reset = await resetUserPassword(user.id);
              if ('temporaryPassword' in reset) {
                props.onTemporaryPassword(reset.temporaryPassword);
              } else {
                props.onChanged(waits([reset.approval]));
                props.onPasswordHalf(
                  reset.temporaryPasswordFirstHalf,
                  reset.approval.waitingFor?.organizationName ?? '—',
                );
              }
            })
          }
        >
          {t('users.resetPassword')}
        </button>
        {user.locked ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const changed = await unlockUser(user.id);
                props.onChanged(t('users.unlocked', { name: changed.displayName }));
              })
            }
          >
            {t('users.unlock')}
          </button>
        ) : null}
        {user.mfaEnabled ? (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const reset = await resetUserMfa(user.id);
                props.onChanged(
                  'approval' in reset
                    ? waits([reset.approval])
                    : t('users.mfaReset', { name: reset.displayName }),
                );
              })
            }
          >
            {t('users.resetMfa')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
