import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, changePassword } from '../api';
import { focusFirstInvalid, useDescribeError } from '../hooks';
import { ErrorMessage } from './Messages';
import { TextField } from './TextField';

export const PASSWORD_MIN_LENGTH = 12;

interface Errors {
  currentPassword?: string;
  newPassword?: string;
  confirmation?: string;
}

export function ChangePasswordForm({ onChanged }: { onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = t('errors.passwordRequired');
    if (newPassword.length < PASSWORD_MIN_LENGTH) found.newPassword = t('errors.passwordLength');
    else if (confirmation !== newPassword) found.confirmation = t('errors.passwordMismatch');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      await onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_credentials') {
        setErrors({ currentPassword: t('password.currentWrong') });
        focusFirstInvalid(form.current);
      } else {
        setFailure(describeError(error));
      }
    }
    setBusy(false);
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <ErrorMessage>{failure}</ErrorMessage>
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={errors.currentPassword}
        required
      />
      <TextField
        label={t('password.new')}
        hint={t('password.newHint', { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={errors.newPassword}
        required
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={setConfirmation}
        error={errors.confirmation}
        required
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('password.submit')}
      </button>
    </form>
  );
}
