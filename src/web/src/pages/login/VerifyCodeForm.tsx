import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyMfa } from '../../api';
import { ErrorMessage } from '../../components/Messages';
import { OneTimeCodeField, isOneTimeCode } from '../../components/OneTimeCodeField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';

export function VerifyCodeForm({ onVerified }: { onVerified: () => Promise<void> }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!isOneTimeCode(code)) {
      setInvalid(t('errors.code'));
      focusFirstInvalid(form.current);
      return;
    }
    setInvalid(undefined);
    setBusy(true);
    try {
      await verifyMfa(code.trim());
      await onVerified();
    } catch (error) {
      setFailure(describeError(error));
      setCode('');
      setBusy(false);
    }
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('login.verifyIntro')}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      <OneTimeCodeField value={code} onChange={setCode} error={invalid} />
      <button type="submit" className="primary" disabled={busy}>
        {t('login.verifySubmit')}
      </button>
    </form>
  );
}
