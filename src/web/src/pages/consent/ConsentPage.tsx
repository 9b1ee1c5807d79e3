// The release of information, read with the youth: choices, a plain-language explanation in
// English or Spanish that prints cleanly, and the consents already recorded (revocable).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, getYouth, listOrganizations } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import type { YouthRecord } from '../../types';
import { youthName } from '../youth/names';
import { ConsentForm } from './ConsentForm';
import { ConsentList } from './ConsentList';

export function ConsentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  usePageTitle(t('consent.title'));
  const record = useApiData(`youth:${id}`, () => getYouth(id));
  const youth = record.data?.id === id ? record.data : undefined;
  if (!youth) {
    const { error } = record;
    return (
      <>
        <h1>{t('consent.title')}</h1>
        {error ? (
          <ErrorMessage>
            {error instanceof ApiError && error.status === 404
              ? t('record.notFound')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </>
    );
  }
  return <ConsentView youth={youth} reload={record.reload} />;
}

function ConsentView({ youth, reload }: { youth: YouthRecord; reload: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const organizations = useApiData(`organizations:${youth.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId, includeInactive: true }),
  );
  const canRecord = youth.allowedActions.includes('consent.record');
  const name = youth.identity ? youthName(youth.identity, t) : null;
  const all = organizations.data ?? [];
  return (
    <>
      <p className="breadcrumb no-print">
        <Link to={`/youth/${encodeURIComponent(youth.id)}`}>
          {t('consent.back', { caseNumber: youth.caseNumber })}
        </Link>
      </p>
      {/* On paper the explanation carries its own header, in the language read with the youth. */}
      <h1 className="no-print">{t('consent.title')}</h1>
      <p className="lead no-print">
        {t('record.heading', { caseNumber: youth.caseNumber })}
        {name ? ` · ${name}` : ''}
      </p>
      <p className="no-print">{t('consent.intro')}</p>
      <ErrorMessage>{organizations.error ? describeError(organizations.error) : null}</ErrorMessage>
      {canRecord ? (
        organizations.data === undefined ? (
          <Loading label={t('common.loading')} />
        ) : (
          <ConsentForm
            youth={youth}
            organizations={all.filter(
              // Oversight sees aggregates only, never a youth's data: never a recipient.
              (o) =>
                o.active && o.jurisdictionId === youth.jurisdictionId && o.type !== 'oversight',
            )}
            onRecorded={reload}
          />
        )
      ) : (
        <p>{t('consent.notAllowed')}</p>
      )}
      <section aria-labelledby="consents-heading" className="no-print">
        <h2 id="consents-heading">{t('consent.listHeading')}</h2>
        <ConsentList
          consents={youth.consents}
          organizationNames={new Map(all.map((o) => [o.id, o.name]))}
          team={youth.team}
          canRevoke={canRecord}
          onRevoked={reload}
        />
      </section>
    </>
  );
}
