// One request: what is asked, for whom, by whom and when; where it stands; and, for an
// approver, approve or decline with a reason.
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { formatDate, formatDateTime } from '../../hooks';
import type { Approval } from '../../types';
import { useApprovalState, useDescribeApproval } from './words';

export function ApprovalCard(props: {
  approval: Approval;
  /** Approve and decline, for a request the reader may decide. */
  decide?: {
    busy: boolean;
    onApprove: () => void;
    onDecline: (reason: string) => void;
  };
}) {
  const { approval, decide } = props;
  const { t, i18n } = useTranslation();
  const describe = useDescribeApproval();
  const state = useApprovalState();
  const headingId = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const what = describe(approval);
  const subject = <span className="visually-hidden"> – {approval.subjectName}</span>;

  const submitDecline = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('approvals.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    decide?.onDecline(reason.trim());
  };

  return (
    <article className="panel approval" aria-labelledby={headingId}>
      <h3 id={headingId}>{what}</h3>
      <p>
        {t('approvals.forPerson', {
          name: approval.subjectName,
          email: approval.subjectEmail,
          organization: approval.organizationName,
        })}
      </p>
      {approval.qualification ? (
        <p>
          {t('approvals.qualification', {
            basis:
              approval.qualification.basis === 'training'
                ? t('qualifications.trainingSummary', {
                    hours: approval.qualification.trainingHours,
                  })
                : t('qualifications.bases.degree_and_experience'),
            date: formatDate(approval.qualification.completedOn, i18n.language),
          })}
          {approval.qualification.supervisor ? (
            <>
              {' '}
              {t('qualifications.supervisedBy', {
                supervisor: approval.qualification.supervisor,
              })}
            </>
          ) : null}
        </p>
      ) : null}
      <p className="muted">
        {t('approvals.askedBy', {
          name: approval.requestedByName,
          when: formatDateTime(approval.requestedAt, i18n.language),
        })}
      </p>
      <p>
        <span className={approval.status === 'pending' ? 'badge badge-warn' : 'badge'}>
          {state(approval)}
        </span>
      </p>
      {decide && !declining ? (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={decide.busy}
            onClick={decide.onApprove}
          >
            {t('approvals.approve')}
            {subject}
          </button>
          <button
            type="button"
            disabled={decide.busy}
            onClick={() => {
              setDeclining(true);
            }}
          >
            {t('approvals.decline')}
            {subject}
          </button>
        </div>
      ) : null}
      {decide && declining ? (
        <form noValidate onSubmit={submitDecline}>
          <TextField
            label={t('approvals.declineReason')}
            hint={t('approvals.declineHint')}
            value={reason}
            onChange={setReason}
            error={reasonError}
            multiline
            required
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={decide.busy}>
              {t('approvals.declineConfirm')}
              {subject}
            </button>
            <button
              type="button"
              onClick={() => {
                setDeclining(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
