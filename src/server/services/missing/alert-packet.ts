// The minimal alert packet of a missing youth, as JSON and as a printable PDF. Built by the pure
// `alertPacket` from a closed list of fields; read only as `decideAlertPacketRead` allows, and
// every read and refusal audited (docs/MISSING-AND-CUSTODY.md).
import { findSealInForce } from '../../../db/repositories/case-seals.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import {
  unsafeFindMissingProfile,
  unsafeFindOpenEpisode,
} from '../../../db/repositories/missing-youth.js';
import { unsafeFindYouth } from '../../../db/repositories/youth.js';
import {
  alertPacket,
  decideAlertPacketRead,
  MISSING_REPORTS_FUNCTION,
  type AlertPacket,
} from '../../../domain/missing-youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { accessTime, pointPersonOf } from '../cases/case-scope.js';
import { unsafeFindCaseEvent } from '../../../db/repositories/case-events.js';
import { pointPersonsWithFunction } from '../protocol/recipients.js';
import { alertPacketPdf, type AlertPacketLanguage } from './alert-packet-pdf.js';
import { openPhoto } from './photo-seal.js';
import { refuse } from './refuse.js';

export async function readAlertPacket(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<AlertPacket> {
  return (await loadAlertPacket(app, request, youthId, 'json')).packet;
}

/** The packet printed in the reader's language: read (and audited) exactly as the JSON is. */
export async function printAlertPacket(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  language: AlertPacketLanguage,
): Promise<Buffer> {
  const { packet, timeZone, photoUnreadable } = await loadAlertPacket(app, request, youthId, 'pdf');
  return alertPacketPdf(packet, { timeZone, photoUnreadable, language });
}

async function loadAlertPacket(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  format: 'json' | 'pdf',
): Promise<{ packet: AlertPacket; timeZone: string; photoUnreadable: boolean }> {
  const actor = requireActor(request);
  const youth = await unsafeFindYouth(app.db, youthId);
  if (!youth) throw notFound('The youth');
  const [team, episode, notified, { time, profile: legalProfile }] = await Promise.all([
    listTeam(app.db, youth.id),
    unsafeFindOpenEpisode(app.db, youth.id),
    pointPersonsWithFunction(app.db, youth.jurisdictionId, MISSING_REPORTS_FUNCTION),
    accessTime(app.db, app, youth.jurisdictionId),
  ]);
  const decision = decideAlertPacketRead(actor, {
    jurisdictionId: youth.jurisdictionId,
    seal: await findSealInForce(app.db, youth.id),
    team: team.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
    episodeOpen: episode !== null,
    notifiedOrganizationIds: notified.map((p) => p.organizationId),
  });
  if (!decision.allowed || !episode) {
    throw await refuse(app, request, {
      action: 'alertPacket.read',
      reason: decision.allowed ? 'no_open_episode' : decision.reason,
      youthId: youth.id,
      callerJurisdictionId: actor.jurisdictionId,
    });
  }
  const profile = await unsafeFindMissingProfile(app.db, youth.id);
  // Only a consented photo is ever opened; one whose seal does not open is left out, and said so.
  const photo =
    profile?.photo && profile.photoConsent
      ? await openPhoto(app, request, profile, profile.photo)
      : null;
  // Whom to call: the point person of the organization that reported the youth missing.
  const [missingEvent] = await app.db.query<{ id: string }>(
    `SELECT missing_event_id AS id FROM missing_episodes WHERE id = $1`,
    [episode.id],
  );
  const reported = missingEvent ? await unsafeFindCaseEvent(app.db, missingEvent.id) : null;
  const pointPerson = reported
    ? await pointPersonOf(app.db, reported.recordedByOrganizationId)
    : null;
  const packet = alertPacket({
    caseNumber: youth.caseNumber,
    identity: youth.identity,
    profile: profile && {
      description: profile,
      riskLevel: profile.riskLevel,
      photo: photo?.readable
        ? {
            contentType: photo.contentType,
            base64: photo.bytes.toString('base64'),
            consented: profile.photoConsent !== null,
          }
        : null,
    },
    episode,
    pointPerson: pointPerson && {
      name: pointPerson.name,
      function: pointPerson.function,
      organizationName: pointPerson.organizationName,
      phone: pointPerson.afterHoursPhone ?? pointPerson.phone,
    },
    today: time.today,
  });
  const photoUnreadable = photo !== null && !photo.readable;
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youth.id,
    categories: ['identity', 'contact_location'],
    details: {
      view: format === 'pdf' ? 'alert_packet_pdf' : 'alert_packet',
      withheld: photoUnreadable ? [{ category: 'identity', reason: 'photo_unreadable' }] : [],
    },
  });
  return { packet, timeZone: legalProfile.timeZone, photoUnreadable };
}
