// Consents recorded on the case, newest first; one in force can be revoked at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revokeConsent } from '../../api';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import type { ConsentView, TeamMember } from '../../types';
import { ConsentCard } from './ConsentCard';

export function ConsentList(props: {
  consents: readonly ConsentView[];
  organizationNames: ReadonlyMap<string, string>;
  team: readonly TeamMember[];
  canRevoke: boolean;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const [revoked, setRevoked] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const consents = [...props.consents].sort((a, b) => b.signedAt.localeCompare(a.signedAt));
  return (
    <>
      <StatusMessage>{revoked}</StatusMessage>
      {consents.length === 0 ? (
        <p>{t('consent.none')}</p>
      ) : (
        <ul className="cards">
          {consents.map((consent) => (
            <li key={consent.id}>
              <ConsentCard
                consent={consent}
                organizationNames={props.organizationNames}
                team={props.team}
              >
                {props.canRevoke && consent.revokedAt === null && consent.current ? (
                  revoking === consent.id ? (
                    <RevokeForm
                      consentId={consent.id}
                      onRevoked={() => {
                        setRevoking(null);
                        setRevoked(t('consent.revoked'));
                        props.onRevoked();
                      }}
                      onCancel={() => {
                        setRevoking(null);
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      onClick={() => {
                        setRevoked(null);
                        setRevoking(consent.id);
                      }}
                    >
                      {t('consent.revoke')}
                    </button>
                  )
                ) : null}
              </ConsentCard>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function RevokeForm(props: { consentId: string; onRevoked: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await revokeConsent(props.consentId, reason.trim() || null);
      props.onRevoked();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };
  return (
    <div className="revoke">
      <ErrorMessage>{failure}</ErrorMessage>
      <p>{t('consent.revokeExplain')}</p>
      <TextField label={t('consent.revokeReason')} value={reason} onChange={setReason} optional />
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void revoke()}>
          {t('consent.revokeConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
