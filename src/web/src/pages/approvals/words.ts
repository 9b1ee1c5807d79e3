// A request in the reader's language: what is asked, and where it stands.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Approval } from '../../types';

/** "Open an account with the roles: Advocate", "Reset the password", ... */
export function useDescribeApproval(): (approval: Approval) => string {
  const { t } = useTranslation();
  return useCallback(
    (approval: Approval) =>
      t(`approvals.kinds.${approval.kind}`, {
        roles: (approval.roles ?? []).map((role) => t(`roles.${role}`)).join(', '),
      }),
    [t],
  );
}

/** "Waiting for approval by …", "Approved by …", "Declined by …: reason", "Withdrawn". */
export function useApprovalState(): (approval: Approval) => string {
  const { t } = useTranslation();
  return useCallback(
    (approval: Approval) => {
      switch (approval.status) {
        case 'pending':
          return t('approvals.waitingFor', {
            organization: approval.waitingFor?.organizationName ?? '—',
          });
        case 'approved':
          return t('approvals.approvedBy', { name: approval.decidedByName ?? '—' });
        case 'declined':
          return t('approvals.declinedBy', {
            name: approval.decidedByName ?? '—',
            reason: approval.declineReason ?? '',
          });
        case 'withdrawn':
          return t('approvals.withdrawn');
      }
    },
    [t],
  );
}
