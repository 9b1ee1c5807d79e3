// Information-sharing agreements (MOUs) of the jurisdiction: who shares which data, and when.
// Everyone of the jurisdiction reads them; the coordinator and administrators manage them; the
// staff of a party who work cases set their own organization's standing acceptance.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seesYouthData } from '../../../../domain/case-access.js';
import { listAgreements, listOrganizations } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { Agreement } from '../../types';
import { AgreementCard } from './AgreementCard';
import { AgreementForm } from './AgreementForm';
import { NeighborParties } from './NeighborParties';
import { StandingAcceptanceForm } from './StandingAcceptanceForm';

export function AgreementsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('agreements.title'));
  const canManage = allowedActions.includes('mou.manage');
  // The server lets only a party's own case-working staff accept releases in advance for it.
  const acceptsFor = (agreement: Agreement) =>
    seesYouthData(user) && agreement.organizationIds.includes(user.organizationId);
  const [editing, setEditing] = useState<Agreement | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const agreements = useApiData('agreements', listAgreements);
  const organizations = useApiData(`organizations:${user.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: user.jurisdictionId, includeInactive: true }),
  );
  // Another county's agreement (where one of ours is a neighbor party) names its own county's
  // organizations: the cross-county directory of agencies has their names.
  const otherCounties = [
    ...new Set(
      (agreements.data ?? [])
        .map((agreement) => agreement.jurisdictionId)
        .filter((id) => id !== user.jurisdictionId),
    ),
  ].sort();
  const otherOrganizations = useApiData(`organizations:${otherCounties.join(',')}`, async () =>
    (
      await Promise.all(
        otherCounties.map((jurisdictionId) => listOrganizations({ jurisdictionId })),
      )
    ).flat(),
  );
  const organizationNames = new Map(
    [...(otherOrganizations.data ?? []), ...(organizations.data ?? [])].map((organization) => [
      organization.id,
      organization.name,
    ]),
  );
  // Another county's agreement is read-only here.
  const ownAgreement = (agreement: Agreement) => agreement.jurisdictionId === user.jurisdictionId;
  const startEditing = (target: Agreement | 'new') => {
    setSaved(null);
    setEditing(target);
  };
  const loadError = agreements.error ?? organizations.error;

  return (
    <>
      <h1>{t('agreements.title')}</h1>
      <p>{t('agreements.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{loadError ? describeError(loadError) : null}</ErrorMessage>
      {canManage && editing === null ? (
        <p>
          <button
            type="button"
            onClick={() => {
              startEditing('new');
            }}
          >
            {t('agreements.add')}
          </button>
        </p>
      ) : null}
      {canManage && editing !== null ? (
        <AgreementForm
          key={editing === 'new' ? 'new' : editing.id}
          {...(editing === 'new' ? {} : { agreement: editing })}
          organizations={organizations.data ?? []}
          onSaved={(agreement) => {
            setEditing(null);
            setSaved(t('agreements.saved', { title: agreement.title }));
            agreements.reload();
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      ) : null}
      {agreements.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : agreements.data.length === 0 ? (
        <p>{t('agreements.none')}</p>
      ) : (
        <ul className="cards">
          {agreements.data.map((agreement) => (
            <li key={agreement.id}>
              <AgreementCard
                agreement={agreement}
                organizationNames={organizationNames}
                onEdit={
                  canManage && ownAgreement(agreement)
                    ? () => {
                        startEditing(agreement);
                      }
                    : undefined
                }
              >
                {acceptsFor(agreement) && organizations.data ? (
                  <StandingAcceptanceForm
                    agreement={agreement}
                    organizationId={user.organizationId}
                    organizations={organizations.data}
                    onSaved={(_, withdrawn) => {
                      setSaved(withdrawn ? t('standing.withdrawn') : t('standing.saved'));
                      agreements.reload();
                    }}
                  />
                ) : null}
                <NeighborParties
                  agreement={agreement}
                  jurisdictionId={user.jurisdictionId}
                  onChanged={(message) => {
                    setSaved(message);
                    agreements.reload();
                  }}
                />
              </AgreementCard>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
