import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
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

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
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

  const ended = sessionEnded ? t('errors.sessionEnded') : null;
  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      {ended && !failure ? (
        <p className="message message-notice" role="alert">
          {ended}
        </p>
      ) : null}
      <ErrorMessage>{failure}</ErrorMessage>
      <TextField
        label={t('login.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errors.email}
        required
      />
      <TextField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        required
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
