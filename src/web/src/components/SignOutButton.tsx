// Signing out on purpose: it deletes the person's drafts on this device, so when there are any
// it asks first and says so (docs/CONFIDENTIALITY.md, "What the browser keeps").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countDrafts } from '../drafts';
import { useSession } from '../session';
import { ConfirmActions } from './ConfirmActions';

export function SignOutButton(props: { className?: string }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const leave = async () => {
    setBusy(true);
    await signOut();
    void navigate('/login');
  };
  if (drafts !== null) {
    return (
      <ConfirmActions
        question={t('signOutConfirm.drafts', { count: drafts })}
        confirmLabel={t('signOutConfirm.confirm')}
        busy={busy}
        onConfirm={() => void leave()}
        onCancel={() => {
          setDrafts(null);
        }}
      />
    );
  }
  return (
    <button
      type="button"
      className={props.className}
      disabled={busy}
      onClick={() => {
        const userId = session?.user.id;
        void (userId ? countDrafts(userId) : Promise.resolve(0)).then((count) => {
          if (count > 0) setDrafts(count);
          else void leave();
        });
      }}
    >
      {t('nav.signOut')}
    </button>
  );
}
