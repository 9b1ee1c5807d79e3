// Your account: change your password; set up the authenticator if it is not on yet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { StatusMessage } from '../components/Messages';
import { MfaEnrollment } from '../components/MfaEnrollment';
import { usePageTitle } from '../hooks';
import { useSession, useSignedIn } from '../session';

export function AccountPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const { user } = useSignedIn();
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(t('account.title'));
  return (
    <>
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: user.displayName, email: user.email })}</p>
      <StatusMessage>{done}</StatusMessage>

      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <ChangePasswordForm
          onChanged={async () => {
            await refresh();
            setDone(t('account.passwordChanged'));
          }}
        />
      </section>

      <section aria-labelledby="mfa-heading" className="panel">
        <h2 id="mfa-heading">{t('account.mfaHeading')}</h2>
        {user.mfaEnabled ? (
          <p>{t('account.mfaOn')}</p>
        ) : (
          <MfaEnrollment
            onEnabled={async () => {
              await refresh();
              setDone(t('account.mfaEnabled'));
            }}
          />
        )}
      </section>
    </>
  );
}
