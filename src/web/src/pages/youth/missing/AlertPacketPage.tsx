// The minimal alert packet on a screen: what finding the youth needs and nothing else. Police
// not on the case reach it from their notice, so it does not open the youth's record.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError, usePageTitle } from '../../../hooks';
import { alertPacketPdfUrl, getAlertPacket } from '../../../missing-api';
import './missing.css';

const DESCRIPTION = ['height', 'build', 'hair', 'eyes', 'marks'] as const;

export function AlertPacketPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const packet = useApiData(`alert-packet:${id}`, () => getAlertPacket(id));
  const data = packet.data;
  usePageTitle(
    data ? t('missing.packet.heading', { caseNumber: data.caseNumber }) : t('missing.packet.title'),
  );
  if (!data) {
    const { error } = packet;
    return (
      <>
        <h1>{t('missing.packet.title')}</h1>
        {error ? (
          <ErrorMessage>
            {error instanceof ApiError && error.code === 'no_open_episode'
              ? t('missing.packet.gone')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
      </>
    );
  }
  const none = t('missing.packet.notRecorded');
  const pp = data.pointPerson;
  return (
    <>
      <h1>{t('missing.packet.heading', { caseNumber: data.caseNumber })}</h1>
      <p className="muted">{t('missing.packet.intro')}</p>
      <p>
        <a
          className="button"
          href={alertPacketPdfUrl(id, i18n.language)}
          target="_blank"
          rel="noreferrer"
        >
          {t('missing.printPacket')}
        </a>
      </p>
      <div className="alert-packet">
        {data.photo ? (
          <img className="alert-photo" src={data.photo} alt={t('missing.packet.photo')} />
        ) : (
          <p className="muted">{t('missing.packet.noPhoto')}</p>
        )}
        <dl>
          <dt>{t('missing.packet.name')}</dt>
          <dd>{data.name ?? none}</dd>
          <dt>{t('missing.packet.age')}</dt>
          <dd>
            {data.age === null
              ? none
              : data.ageEstimated
                ? t('missing.packet.ageEstimated', { age: data.age })
                : String(data.age)}
          </dd>
          <dt>{t('missing.riskLevel')}</dt>
          <dd>{data.riskLevel ? t(`missing.risk.${data.riskLevel}`) : none}</dd>
          <dt>{t('missing.packet.since')}</dt>
          <dd>{formatDateTime(data.missingSince, i18n.language)}</dd>
          <dt>{t('missing.lastKnownPlace')}</dt>
          <dd>{data.lastKnownPlace ?? none}</dd>
        </dl>
        <h2>{t('missing.packet.description')}</h2>
        <dl>
          {DESCRIPTION.map((field) => (
            <div key={field}>
              <dt>{t(`missing.description.${field}`)}</dt>
              <dd>{data.description[field] ?? none}</dd>
            </div>
          ))}
        </dl>
        <h2>{t('missing.packet.call')}</h2>
        {pp ? (
          <p>
            {pp.name}, {pp.function}, {pp.organizationName}
            {pp.phone ? (
              <>
                {' · '}
                <a href={`tel:${pp.phone}`}>{pp.phone}</a>
              </>
            ) : null}
          </p>
        ) : (
          <p>{t('missing.packet.noPointPerson')}</p>
        )}
      </div>
      <p>
        <Link to={`/youth/${encodeURIComponent(id)}`}>{t('missing.profile.back')}</Link>
      </p>
    </>
  );
}
