// The missing-youth profile: the description, risk level and consented photo the alert packet
// prints. Kept by child welfare, probation and advocates on the case team
// (decideMissingProfileWrite); each read and write audited, never with the description itself.
import { findSealInForce } from '../../../db/repositories/case-seals.js';
import { listTeam } from '../../../db/repositories/case-grants.js';
import {
  saveMissingProfile,
  unsafeFindMissingProfile,
  unsafeFindOpenEpisode,
} from '../../../db/repositories/missing-youth.js';
import { unsafeFindYouth, type Youth } from '../../../db/repositories/youth.js';
import {
  checkPhoto,
  decideMissingProfileWrite,
  type PhysicalDescription,
  type RiskLevel,
} from '../../../domain/missing-youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, type AppServices, type RequestContext } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { requireActor } from '../authorize.js';
import { openPhoto, sealLegacyPhoto, sealPhoto } from './photo-seal.js';
import { refuse } from './refuse.js';

export interface MissingProfileView extends PhysicalDescription {
  readonly riskLevel: RiskLevel | null;
  /** A data URL of the consented photo, or null. */
  readonly photo: string | null;
  /** A photo is on file but its seal does not open (changed in the database): add it again. */
  readonly photoUnreadable: boolean;
  readonly photoConsent: { readonly byName: string; readonly at: Date } | null;
  readonly updatedAt: Date | null;
  readonly updatedByName: string | null;
  readonly updatedByOrganizationName: string | null;
  /** The open episode, when the youth is missing now. */
  readonly episode: { readonly startedAt: Date; readonly lastKnownPlace: string | null } | null;
}

export interface MissingProfileInput extends PhysicalDescription {
  readonly riskLevel: RiskLevel | null;
  /** Whether the youth agreed that a photo be used in an alert; false removes any photo. */
  readonly photoConsent: boolean;
  /** A new photo (base64 of a JPEG or PNG); absent keeps the stored one. */
  readonly photo?: { readonly contentType: string; readonly data: string } | undefined;
}

async function openForProfile(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  action: string,
): Promise<{ youth: Youth; actor: ReturnType<typeof requireActor> }> {
  const actor = requireActor(request);
  const youth = await unsafeFindYouth(app.db, youthId);
  if (!youth) throw notFound('The youth');
  const team = await listTeam(app.db, youth.id);
  const decision = decideMissingProfileWrite(actor, {
    jurisdictionId: youth.jurisdictionId,
    seal: await findSealInForce(app.db, youth.id),
    team: team.map((m) => ({ organizationId: m.organizationId, userId: m.userId })),
  });
  if (!decision.allowed) {
    throw await refuse(app, request, {
      action,
      reason: decision.reason,
      youthId: youth.id,
      callerJurisdictionId: actor.jurisdictionId,
    });
  }
  return { youth, actor };
}

export async function readMissingProfile(
  app: AppServices,
  request: RequestContext,
  youthId: string,
): Promise<MissingProfileView> {
  const { youth } = await openForProfile(app, request, youthId, 'missingProfile.read');
  const [profile, episode] = await Promise.all([
    unsafeFindMissingProfile(app.db, youth.id),
    unsafeFindOpenEpisode(app.db, youth.id),
  ]);
  const photo = profile?.photo ? await openPhoto(app, request, profile, profile.photo) : null;
  const unreadable = photo !== null && !photo.readable;
  await appendAuditEvent(app.db, auditContext(app, request), {
    action: 'youth.read',
    outcome: 'allowed',
    targetType: 'youth',
    targetId: youth.id,
    categories: ['identity', 'contact_location'],
    details: {
      view: 'missing_profile',
      withheld: unreadable ? [{ category: 'identity', reason: 'photo_unreadable' }] : [],
    },
  });
  return {
    height: profile?.height ?? null,
    build: profile?.build ?? null,
    hair: profile?.hair ?? null,
    eyes: profile?.eyes ?? null,
    marks: profile?.marks ?? null,
    riskLevel: profile?.riskLevel ?? null,
    photo: photo?.readable
      ? `data:${photo.contentType};base64,${photo.bytes.toString('base64')}`
      : null,
    photoUnreadable: unreadable,
    photoConsent: profile?.photoConsent ?? null,
    updatedAt: profile?.updatedAt ?? null,
    updatedByName: profile?.updatedByName ?? null,
    updatedByOrganizationName: profile?.updatedByOrganizationName ?? null,
    episode: episode && { startedAt: episode.startedAt, lastKnownPlace: episode.lastKnownPlace },
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export async function writeMissingProfile(
  app: AppServices,
  request: RequestContext,
  youthId: string,
  input: MissingProfileInput,
): Promise<MissingProfileView> {
  const { youth, actor } = await openForProfile(app, request, youthId, 'missingProfile.write');
  let photo: { contentType: 'image/jpeg' | 'image/png'; bytes: Buffer } | null | undefined;
  if (input.photo) {
    if (!input.photoConsent) {
      throw badRequest(
        'photo_consent_required',
        'A photo is kept only when the youth agreed to its use in an alert (photoConsent: true).',
      );
    }
    if (!BASE64.test(input.photo.data) || input.photo.data.length % 4 !== 0) {
      throw badRequest('photo_type', 'The photo must be base64 of a JPEG or PNG image.');
    }
    const bytes = Buffer.from(input.photo.data, 'base64');
    const checked = checkPhoto(bytes, input.photo.contentType);
    if (!checked.ok) {
      throw badRequest(
        checked.problem,
        checked.problem === 'photo_too_large'
          ? 'The photo is larger than 2 MB; send a smaller one.'
          : checked.problem === 'photo_empty'
            ? 'The photo is empty.'
            : 'The photo must be a JPEG or PNG image, and its type must match its contents.',
      );
    }
    photo = { contentType: checked.contentType, bytes };
  } else if (!input.photoConsent) {
    photo = null; // no consent: no photo is kept
  }
  const now = app.clock.now();
  await app.db.transaction(async (tx) => {
    const sealed = photo
      ? {
          contentType: photo.contentType,
          ...(await sealPhoto(tx, app, {
            jurisdictionId: youth.jurisdictionId,
            youthId: youth.id,
            bytes: photo.bytes,
          })),
        }
      : photo;
    // A kept photo still plain from before migration 0027 is sealed first: the database takes
    // no row with a plain photo any more.
    if (photo === undefined) {
      await sealLegacyPhoto(tx, app, auditContext(app, request), youth.id, 'save');
    }
    await saveMissingProfile(tx, {
      jurisdictionId: youth.jurisdictionId,
      youthId: youth.id,
      height: input.height,
      build: input.build,
      hair: input.hair,
      eyes: input.eyes,
      marks: input.marks,
      riskLevel: input.riskLevel,
      ...(sealed !== undefined ? { photo: sealed } : {}),
      userId: actor.userId,
      organizationId: actor.organizationId,
      now,
    });
    await appendAuditEvent(tx, auditContext(app, request), {
      action: 'missingProfile.write',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youth.id,
      categories: ['identity'],
      details: {
        photo: photo === undefined ? 'kept' : photo === null ? 'none' : 'replaced',
        photoConsent: input.photoConsent,
      },
    });
  });
  return readMissingProfile(app, request, youth.id);
}
