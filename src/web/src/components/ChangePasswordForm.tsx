import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, changePassword } from '../api';
import { focusFirstInvalid, useDescribeError } from '../hooks';
import { Field } from './Field';
import { ErrorMessage } from './Messages';

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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
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

  const input = (value: string, set: (value: string) => void, autoComplete: string) =>
    function PasswordInput(control: object) {
      return (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => {
            set(event.target.value);
          }}
        />
      );
    };
  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <ErrorMessage>{failure}</ErrorMessage>
      <Field required label={t('password.current')} error={errors.currentPassword}>
        {input(currentPassword, setCurrentPassword, 'current-password')}
      </Field>
      <Field
        required
        label={t('password.new')}
        hint={t('password.newHint', { min: PASSWORD_MIN_LENGTH })}
        error={errors.newPassword}
      >
        {input(newPassword, setNewPassword, 'new-password')}
      </Field>
      <Field required label={t('password.confirm')} error={errors.confirmation}>
        {input(confirmation, setConfirmation, 'new-password')}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('password.submit')}
      </button>
    </form>
  );
}
