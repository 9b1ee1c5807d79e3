// Missing youth (the profile and the minimal alert packet) and juvenile hall intake's custody
// notices (docs/MISSING-AND-CUSTODY.md).
import type { AppServices } from '../context.js';
import {
  AlertPacketPdfQuery,
  AlertPacketView,
  CustodyNoticesQuery,
  CustodyNoticesView,
  MissingProfileBody,
  MissingProfileView,
} from '../http/missing-schemas.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import type { App } from '../http/types.js';
import { printAlertPacket, readAlertPacket } from '../services/missing/alert-packet.js';
import {
  readCustodyNotices,
  readCustodyNoticesByCaseNumber,
} from '../services/missing/custody-notices.js';
import { readMissingProfile, writeMissingProfile } from '../services/missing/profile.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
/** Room for a 2 MB photo in base64 and the description around it. */
export const PROFILE_BODY_LIMIT = 3 * 1024 * 1024;

export function missingRoutes(app: App, services: AppServices) {
  app.get('/api/youth/:id/alert-packet', {
    schema: {
      tags: ['missing'],
      summary: 'The minimal alert packet of a missing youth',
      description:
        'Only while the youth is missing (403 no_open_episode after the return). Exactly: case number, the name the youth goes by, age, description, photo (with the youth’s consent), risk level, since when and where last known, the point person to call. Read by the case team, law enforcement of the county and the organizations of its missing-youth point persons; never administrators, oversight or juvenile hall intake.',
      params: IdParams,
      response: { 200: AlertPacketView, ...errors },
    },
    handler: (request) => readAlertPacket(services, request.context, request.params.id),
  });
  app.get('/api/youth/:id/alert-packet.pdf', {
    schema: {
      tags: ['missing'],
      summary: 'The minimal alert packet as a one-page PDF to print, in English or Spanish',
      description:
        'Read exactly as the JSON packet (same readers, same refusals, audited). `language=es` prints the headings and labels in Spanish; 400 for another language.',
      params: IdParams,
      querystring: AlertPacketPdfQuery,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const pdf = await printAlertPacket(
        services,
        request.context,
        request.params.id,
        request.query.language,
      );
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline; filename="alert-packet.pdf"')
        .send(pdf);
    },
  });
  app.get('/api/youth/:id/missing-profile', {
    schema: {
      tags: ['missing'],
      summary: 'The missing-youth profile (child welfare, probation, advocates on the team)',
      params: IdParams,
      response: { 200: MissingProfileView, ...errors },
    },
    handler: (request) => readMissingProfile(services, request.context, request.params.id),
  });
  app.put('/api/youth/:id/missing-profile', {
    bodyLimit: PROFILE_BODY_LIMIT,
    schema: {
      tags: ['missing'],
      summary: 'Save the missing-youth profile: description, risk level, photo with consent',
      description:
        'A photo (JPEG or PNG, at most 2 MB, its type matching its bytes) only with photoConsent true (400 photo_consent_required); photoConsent false removes any photo. 400 photo_type, photo_too_large, photo_empty.',
      params: IdParams,
      body: MissingProfileBody,
      response: { 200: MissingProfileView, ...errors },
    },
    handler: (request) =>
      writeMissingProfile(services, request.context, request.params.id, request.body),
  });
  app.get('/api/youth/:id/custody-notices', {
    schema: {
      tags: ['custody'],
      summary: 'Juvenile hall intake: child welfare to call and the release plan’s receiver',
      description:
        'Only juvenile hall intake, only for a youth of its county in custody (after detention or protective custody, before release). Nothing else of the case.',
      params: IdParams,
      response: { 200: CustodyNoticesView, ...errors },
    },
    handler: (request) => readCustodyNotices(services, request.context, request.params.id),
  });
  app.get('/api/custody-notices', {
    schema: {
      tags: ['custody'],
      summary: 'Juvenile hall intake: the custody notices by case number',
      querystring: CustodyNoticesQuery,
      response: { 200: CustodyNoticesView, ...errors },
    },
    handler: (request) =>
      readCustodyNoticesByCaseNumber(services, request.context, request.query.caseNumber),
  });
}
