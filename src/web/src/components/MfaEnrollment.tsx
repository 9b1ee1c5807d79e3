// Setting up the authenticator: show the QR code and key, then confirm with a first code.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enableMfa, setUpMfa } from '../api';
import { focusFirstInvalid, useDescribeError } from '../hooks';
import type { MfaSetup } from '../types';
import { ErrorMessage } from './Messages';
import { OneTimeCodeField, isOneTimeCode } from './OneTimeCodeField';

export function MfaEnrollment({ onEnabled }: { onEnabled: () => Promise<void> }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [setup, setSetup] = useState<MfaSetup | null>(null);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setFailure(null);
    setBusy(true);
    try {
      setSetup(await setUpMfa());
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  const confirm = async (event: SubmitEvent<HTMLFormElement>) => {
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
      await enableMfa(code.trim());
      await onEnabled();
    } catch (error) {
      setFailure(describeError(error));
      setCode('');
    }
    setBusy(false);
  };

  if (!setup) {
    return (
      <div className="stack">
        <p>{t('mfa.intro')}</p>
        <ErrorMessage>{failure}</ErrorMessage>
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          {t('mfa.start')}
        </button>
      </div>
    );
  }
  return (
    <form ref={form} noValidate className="stack" onSubmit={(event) => void confirm(event)}>
      <ol className="steps">
        <li>
          <p>{t('mfa.scan')}</p>
          {/* The server draws this SVG from our own data (no user input), so it is safe here. */}
          <div
            className="qr-code"
            role="img"
            aria-label={t('mfa.qrLabel')}
            dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
          />
          <p>{t('mfa.manual')}</p>
          <p>
            <code className="secret" data-testid="mfa-secret">
              {setup.secret}
            </code>
          </p>
        </li>
        <li>
          <p>{t('mfa.enterCode')}</p>
          <ErrorMessage>{failure}</ErrorMessage>
          <OneTimeCodeField value={code} onChange={setCode} error={invalid} />
          <button type="submit" className="primary" disabled={busy}>
            {t('mfa.enable')}
          </button>
        </li>
      </ol>
    </form>
  );
}
