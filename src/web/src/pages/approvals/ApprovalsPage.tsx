// The approval inbox: what waits for the reader's decision, and what the reader asked for.
// A second person approves what an administrator or coordinator asked (docs/ARCHITECTURE.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { approveRequest, declineRequest, listApprovals } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import type { Approval } from '../../types';
import { ApprovalCard } from './ApprovalCard';
import { PasswordHalf } from './PasswordHalf';
import { useDescribeApproval } from './words';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const describe = useDescribeApproval();
  usePageTitle(t('approvals.title'));
  const approvals = useApiData('approvals', listApprovals);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [half, setHalf] = useState<{ approval: Approval; half: string } | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setSaved(null);
    try {
      await action();
      approvals.reload();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };
  const approve = (approval: Approval) =>
    run(async () => {
      const result = await approveRequest(approval.id);
      setSaved(t('approvals.approved', { what: describe(approval), name: approval.subjectName }));
      if (result.temporaryPasswordSecondHalf) {
        setHalf({ approval: result.approval, half: result.temporaryPasswordSecondHalf });
      }
    });
  const decline = (approval: Approval, reason: string) =>
    run(async () => {
      await declineRequest(approval.id, reason);
      setSaved(t('approvals.declined', { what: describe(approval), name: approval.subjectName }));
    });

  const data = approvals.data;
  return (
    <>
      <h1>{t('approvals.title')}</h1>
      <p className="lead">{t('approvals.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <ErrorMessage>{approvals.error ? describeError(approvals.error) : null}</ErrorMessage>
      {half ? (
        <PasswordHalf
          heading={t('approvals.secondHalfHeading', { name: half.approval.subjectName })}
          note={t('approvals.secondHalfNote', {
            name: half.approval.subjectName,
            requester: half.approval.requestedByName,
          })}
          half={half.half}
          testId="password-second-half"
          onDone={() => {
            setHalf(null);
          }}
        />
      ) : null}
      {data === undefined ? (
        approvals.loading ? (
          <Loading label={t('common.loading')} />
        ) : null
      ) : (
        <>
          <section aria-labelledby="approvals-to-decide">
            <h2 id="approvals-to-decide">{t('approvals.toDecideHeading')}</h2>
            {data.toDecide.length === 0 ? (
              <p>{t('approvals.toDecideNone')}</p>
            ) : (
              <ul className="plain-list">
                {data.toDecide.map((approval) => (
                  <li key={approval.id}>
                    <ApprovalCard
                      approval={approval}
                      decide={{
                        busy,
                        onApprove: () => void approve(approval),
                        onDecline: (reason) => void decline(approval, reason),
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="approvals-requested">
            <h2 id="approvals-requested">{t('approvals.requestedHeading')}</h2>
            {data.requested.length === 0 ? (
              <p>{t('approvals.requestedNone')}</p>
            ) : (
              <ul className="plain-list">
                {data.requested.map((approval) => (
                  <li key={approval.id}>
                    <ApprovalCard approval={approval} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** On the home page: how many requests wait for the reader, with the way to them. */
export function ApprovalsWaiting() {
  const { t } = useTranslation();
  const approvals = useApiData('approvals', listApprovals);
  const count = approvals.data?.toDecide.length ?? 0;
  if (count === 0) return null;
  return (
    <section aria-labelledby="approvals-waiting">
      <h2 id="approvals-waiting">{t('approvals.toDecideHeading')}</h2>
      <p>
        {t('approvals.homeWaiting', { count })}{' '}
        <Link to="/approvals">{t('approvals.homeLink')}</Link>
      </p>
    </section>
  );
}
