// The Releases inbox: consents that ask the signed-in person's organization to release the data
// it holds on a case (docs/CONFIDENTIALITY.md). Waiting ones are answered right in the list,
// Accept in one click or Decline with a reason; answered ones stay below with the answer.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listReleases } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { Release } from '../../types';
import { ReleaseItem } from './ReleaseItem';
import { useDescribeReleaseError } from './words';

export function ReleasesPage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeReleaseError();
  usePageTitle(t('releases.title'));
  const pending = useApiData('releases:pending', () => listReleases('pending'));
  const answered = useApiData('releases:answered', () => listReleases('answered'));
  const [done, setDone] = useState<string | null>(null);
  const pendingHeading = useRef<HTMLHeadingElement>(null);

  const onAnswered = (release: Release, accepted: boolean) => {
    const recipients = release.recipients
      .filter((r) => r.id !== user.organizationId)
      .map((r) => r.name)
      .join(', ');
    setDone(
      accepted
        ? t('releases.doneAccepted', { caseNumber: release.caseNumber, recipients })
        : t('releases.doneDeclined', {
            caseNumber: release.caseNumber,
            organization: release.recordedByOrganizationName,
          }),
    );
    pending.reload();
    answered.reload();
    // The answered item leaves this list; keep the keyboard where the list was.
    pendingHeading.current?.focus();
  };

  return (
    <>
      <h1>{t('releases.title')}</h1>
      <p>{t('releases.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      <section aria-labelledby="releases-pending" className="inbox-group">
        <h2 id="releases-pending" ref={pendingHeading} tabIndex={-1}>
          {t('releases.pendingHeading')}
          {pending.data ? <span className="count"> ({pending.data.length})</span> : null}
        </h2>
        <ReleaseList
          releases={pending.data}
          error={pending.error ? describeError(pending.error) : null}
          empty={t('releases.nonePending')}
          onAnswered={onAnswered}
        />
      </section>
      <section aria-labelledby="releases-answered" className="inbox-group">
        <h2 id="releases-answered">
          {t('releases.answeredHeading')}
          {answered.data ? <span className="count"> ({answered.data.length})</span> : null}
        </h2>
        <ReleaseList
          releases={answered.data}
          error={answered.error ? describeError(answered.error) : null}
          empty={t('releases.noneAnswered')}
        />
      </section>
    </>
  );
}

function ReleaseList(props: {
  releases: readonly Release[] | undefined;
  error: string | null;
  empty: string;
  onAnswered?: (release: Release, accepted: boolean) => void;
}) {
  const { t } = useTranslation();
  const { releases } = props;
  return (
    <>
      <ErrorMessage>{props.error}</ErrorMessage>
      {releases === undefined ? (
        props.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : releases.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="referral-list">
          {releases.map((release) => (
            <li key={release.consentId}>
              <ReleaseItem release={release} onAnswered={props.onAnswered} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
