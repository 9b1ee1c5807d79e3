// Sign-in, one step at a time: password, then the second factor, then a new password if due.
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ChangePasswordForm } from '../../components/ChangePasswordForm';
import { MfaEnrollment } from '../../components/MfaEnrollment';
import { usePageTitle } from '../../hooks';
import { useSession } from '../../session';
import { CredentialsForm } from './CredentialsForm';
import { VerifyCodeForm } from './VerifyCodeForm';

/** Where to go after sign-in: the page the person asked for, if it is one of ours. */
function destination(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const location = useLocation();
  const pending = session?.pending ?? 'signIn';
  const title = {
    signIn: t('login.title'),
    verify: t('login.verifyTitle'),
    enroll: t('login.enrollTitle'),
    password: t('login.passwordTitle'),
    none: t('login.title'),
  }[pending];
  usePageTitle(pending === 'signIn' ? t('login.submit') : title);

  if (pending === 'none') return <Navigate to={destination(location.state)} replace />;
  const next = async () => {
    await refresh();
  };
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {pending === 'signIn' ? <CredentialsForm onSignedIn={next} /> : null}
      {pending === 'verify' ? <VerifyCodeForm onVerified={next} /> : null}
      {pending === 'enroll' ? (
        <>
          <p>{t('login.enrollIntro')}</p>
          <MfaEnrollment onEnabled={next} />
        </>
      ) : null}
      {pending === 'password' ? (
        <>
          <p>{t('login.passwordIntro')}</p>
          <ChangePasswordForm onChanged={next} />
        </>
      ) : null}
    </div>
  );
}
