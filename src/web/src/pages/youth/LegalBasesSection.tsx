// Legal bases other than consent (a court order, a mandated report, a statutory duty): those the
// caller's organization recorded or that name it, ended by the recorder or the court, and a form
// offering only the kinds the server lets the caller record.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endLegalBasis, listOrganizations } from '../../api';
import { ConfirmActions, useFocusAfterConfirm } from '../../components/ConfirmActions';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError } from '../../hooks';
import { useSignedIn } from '../../session';
import type { LegalBasisView, YouthRecord } from '../../types';
import { LegalBasisForm } from './LegalBasisForm';
import { localToday } from './names';

export function LegalBasesSection({
  youth,
  onChanged,
}: {
  youth: YouthRecord;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeError();
  const headingId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const organizations = useApiData(`organizations:${youth.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId, includeInactive: true }),
  );
  const all = organizations.data ?? [];
  const names = new Map(all.map((o) => [o.id, o.name]));
  // In force first, then the latest first.
  const bases = [...youth.legalBases].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.effectiveOn.localeCompare(a.effectiveOn),
  );
  const canRecord =
    youth.allowedActions.includes('legalBasis.record') && youth.legalBasisKinds.length > 0;

  return (
    <section aria-labelledby={headingId} className="legal-bases">
      <h3 id={headingId}>{t('legalBases.heading')}</h3>
      <p>{t('legalBases.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{organizations.error ? describeError(organizations.error) : null}</ErrorMessage>
      {bases.length === 0 ? (
        <p>{t('legalBases.none')}</p>
      ) : (
        <ul className="cards">
          {bases.map((basis) => (
            <li key={basis.id}>
              <LegalBasisCard
                basis={basis}
                organizationNames={names}
                onEnded={() => {
                  setSaved(t('legalBases.ended'));
                  onChanged();
                }}
                onAsk={() => {
                  setSaved(null);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {canRecord ? (
        organizations.data === undefined ? (
          <Loading label={t('common.loading')} />
        ) : (
          <LegalBasisForm
            youthId={youth.id}
            kinds={youth.legalBasisKinds}
            duties={youth.duties}
            organizations={all.filter(
              // Never the recorder's own organization (no self-grant); oversight never reads.
              (o) =>
                o.active &&
                o.jurisdictionId === youth.jurisdictionId &&
                o.type !== 'oversight' &&
                o.id !== user.organizationId,
            )}
            onRecorded={() => {
              setSaved(t('legalBases.recorded'));
              onChanged();
            }}
            onEdit={() => {
              setSaved(null);
            }}
          />
        )
      ) : null}
    </section>
  );
}

function LegalBasisCard(props: {
  basis: LegalBasisView;
  organizationNames: ReadonlyMap<string, string>;
  onEnded: () => void;
  onAsk: () => void;
}) {
  const { basis, organizationNames } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const ask = useFocusAfterConfirm(confirming);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = t(`accessBases.${basis.kind}`);
  // One past its last day needs no ending (the server still offers it while not ended).
  const expired = basis.expiresOn !== null && basis.expiresOn < localToday();
  const endable = basis.endable && !expired;
  const date = (value: string) => formatDate(value, i18n.language);

  const end = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await endLegalBasis(basis.id);
      setConfirming(false);
      props.onEnded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('legalBases.cardHeading', {
          kind,
          categories: basis.categories.map((c) => t(`dataCategories.${c}`)).join(', '),
        })}
      </h4>
      <p className={basis.current ? 'badge badge-on' : 'badge badge-off'}>
        {basis.current ? t('legalBases.states.inForce') : t('legalBases.states.notInForce')}
      </p>
      <dl className="details">
        <div>
          <dt>{t('legalBases.recipients')}</dt>
          <dd>
            {basis.recipientOrganizationIds
              .map((id) => organizationNames.get(id) ?? t('agreements.unknownOrganization'))
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('legalBases.description')}</dt>
          <dd>{basis.description}</dd>
        </div>
        {basis.court ? (
          <div>
            <dt>{t('legalBases.court')}</dt>
            <dd>
              {basis.orderDate
                ? t('legalBases.courtOn', { court: basis.court, date: date(basis.orderDate) })
                : basis.court}
            </dd>
          </div>
        ) : null}
        {basis.citation ? (
          <div>
            <dt>{t('legalBases.citation')}</dt>
            <dd>{basis.citation}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('legalBases.dates')}</dt>
          <dd>
            {basis.expiresOn
              ? t('agreements.dateRange', {
                  from: date(basis.effectiveOn),
                  to: date(basis.expiresOn),
                })
              : t('agreements.dateOpen', { from: date(basis.effectiveOn) })}
          </dd>
        </div>
      </dl>
      <ErrorMessage>{failure}</ErrorMessage>
      {endable ? (
        confirming ? (
          <ConfirmActions
            question={t('legalBases.confirmEnd')}
            confirmLabel={t('legalBases.endConfirm')}
            busy={busy}
            onConfirm={() => void end()}
            onCancel={() => {
              setConfirming(false);
            }}
          />
        ) : (
          <button
            ref={ask}
            type="button"
            aria-describedby={headingId}
            onClick={() => {
              props.onAsk();
              setConfirming(true);
            }}
          >
            {t('legalBases.end')}
          </button>
        )
      ) : null}
    </article>
  );
}
