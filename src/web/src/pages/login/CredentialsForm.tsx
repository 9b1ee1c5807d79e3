import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import { useSession } from '../../session';

interface Errors {
  email?: string;
  password?: string;
}

export function CredentialsForm({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { sessionEnded } = useSession();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!email.trim()) found.email = t('errors.emailRequired');
    if (!password) found.password = t('errors.passwordRequired');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await login(email.trim(), password);
      await onSignedIn();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const ended = sessionEnded
    ? sessionEnded.code === 'too_many_codes'
      ? t('apiErrors.too_many_codes')
      : t('errors.sessionEnded')
    : null;
  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      {ended && !failure ? (
        <p className="message message-notice" role="alert">
          {ended}
        </p>
      ) : null}
      <ErrorMessage>{failure}</ErrorMessage>
      <Field required label={t('login.email')} error={errors.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
        )}
      </Field>
      <Field required label={t('login.password')} error={errors.password}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        )}
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
