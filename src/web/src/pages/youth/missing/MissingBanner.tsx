// On the youth record while the youth is missing: since when, where last known, and the ways to
// the alert packet (view, print) and, for those who keep it, the missing-youth profile. Shows
// nothing when the youth is not missing or the reader may not have the packet.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MISSING_PROFILE_WRITER_ROLES } from '../../../../../domain/missing-youth.js';
import { formatDateTime, useApiData } from '../../../hooks';
import { alertPacketPdfUrl, getAlertPacket } from '../../../missing-api';
import { useSignedIn } from '../../../session';
import './missing.css';

export function MissingBanner({ youthId }: { youthId: string }) {
  const { t, i18n } = useTranslation();
  const session = useSignedIn();
  const packet = useApiData(`alert-packet:${youthId}`, () => getAlertPacket(youthId));
  if (!packet.data) return null;
  const keepsProfile = session.user.roles.some((r) => MISSING_PROFILE_WRITER_ROLES.includes(r));
  const id = encodeURIComponent(youthId);
  return (
    <section className="missing-banner" aria-labelledby="missing-banner">
      <h2 id="missing-banner">
        {t('missing.banner', {
          since: formatDateTime(packet.data.missingSince, i18n.language),
        })}
      </h2>
      <p>
        {t('missing.lastKnownPlace')}:{' '}
        {packet.data.lastKnownPlace ?? t('missing.packet.notRecorded')}
        {packet.data.riskLevel ? (
          <>
            {' · '}
            {t('missing.riskLevel')}: {t(`missing.risk.${packet.data.riskLevel}`)}
          </>
        ) : null}
      </p>
      <ul className="missing-actions">
        <li>
          <Link to={`/youth/${id}/alert-packet`}>{t('missing.packetLink')}</Link>
        </li>
        <li>
          <a href={alertPacketPdfUrl(youthId, i18n.language)} target="_blank" rel="noreferrer">
            {t('missing.printPacket')}
          </a>
        </li>
        {keepsProfile ? (
          <li>
            <Link to={`/youth/${id}/missing-profile`}>{t('missing.profileLink')}</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
