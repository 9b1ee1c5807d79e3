// Missing episodes and the missing-youth profile. Reads are unfiltered (`unsafe...`): the
// service decides through src/domain/missing-youth.ts before anything leaves it.
import type { Queryable } from '../database.js';
import type { PhotoType, RiskLevel } from '../../domain/missing-youth.js';

export interface MissingEpisode {
  readonly id: string;
  readonly youthId: string;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly lastKnownPlace: string | null;
  readonly riskLevel: RiskLevel | null;
}

interface EpisodeRow {
  id: string;
  youth_id: string;
  started_at: Date;
  ended_at: Date | null;
  last_known_place: string | null;
  risk_level: RiskLevel | null;
}

const toEpisode = (r: EpisodeRow): MissingEpisode => ({
  id: r.id,
  youthId: r.youth_id,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  lastKnownPlace: r.last_known_place,
  riskLevel: r.risk_level,
});

export async function unsafeFindOpenEpisode(
  db: Queryable,
  youthId: string,
): Promise<MissingEpisode | null> {
  const [row] = await db.query<EpisodeRow>(
    `SELECT id, youth_id, started_at, ended_at, last_known_place, risk_level
       FROM missing_episodes WHERE youth_id = $1 AND ended_at IS NULL`,
    [youthId],
  );
  return row ? toEpisode(row) : null;
}

/** Every episode of a county, oldest first: what reports count (issue "Reports"). */
export async function unsafeListEpisodes(
  db: Queryable,
  jurisdictionId: string,
): Promise<MissingEpisode[]> {
  const rows = await db.query<EpisodeRow>(
    `SELECT id, youth_id, started_at, ended_at, last_known_place, risk_level
       FROM missing_episodes WHERE jurisdiction_id = $1 ORDER BY started_at, id`,
    [jurisdictionId],
  );
  return rows.map(toEpisode);
}

/**
 * Opens an episode, or, when one is already open (reported missing twice), keeps it and updates
 * the last known place and risk level the new report gives.
 */
export async function openEpisode(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly startedAt: Date;
    readonly lastKnownPlace: string | null;
    readonly riskLevel: RiskLevel | null;
    readonly eventId: string;
  },
): Promise<'opened' | 'already_open'> {
  const open = await unsafeFindOpenEpisode(db, input.youthId);
  if (open) {
    await db.query(
      `UPDATE missing_episodes SET last_known_place = coalesce($2, last_known_place),
         risk_level = coalesce($3, risk_level) WHERE id = $1`,
      [open.id, input.lastKnownPlace, input.riskLevel],
    );
    return 'already_open';
  }
  await db.query(
    `INSERT INTO missing_episodes (jurisdiction_id, youth_id, started_at, last_known_place,
       risk_level, missing_event_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      input.jurisdictionId,
      input.youthId,
      input.startedAt,
      input.lastKnownPlace,
      input.riskLevel,
      input.eventId,
    ],
  );
  return 'opened';
}

/** Closes the open episode, if any, at the return. */
export async function closeEpisode(
  db: Queryable,
  input: { readonly youthId: string; readonly endedAt: Date; readonly eventId: string },
): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    `UPDATE missing_episodes SET ended_at = greatest($2::timestamptz, started_at),
       returned_event_id = $3 WHERE youth_id = $1 AND ended_at IS NULL RETURNING id`,
    [input.youthId, input.endedAt, input.eventId],
  );
  return rows.length > 0;
}

/** AES-256-GCM ciphertext with its nonce and tag (src/server/security/sealed-files.ts). */
export interface SealedPhotoContent {
  readonly nonce: Buffer;
  readonly tag: Buffer;
  readonly ciphertext: Buffer;
}

/**
 * The photo as stored: sealed under the jurisdiction's data key (migration 0027), or, written by
 * an earlier version, still plain until the app seals it (services/missing/photo-seal.ts).
 */
export type StoredPhoto =
  | {
      readonly sealed: true;
      readonly contentType: PhotoType;
      readonly content: SealedPhotoContent;
      readonly keyVersion: number;
    }
  | { readonly sealed: false; readonly contentType: PhotoType; readonly bytes: Buffer };

export interface MissingProfile {
  readonly youthId: string;
  readonly jurisdictionId: string;
  readonly height: string | null;
  readonly build: string | null;
  readonly hair: string | null;
  readonly eyes: string | null;
  readonly marks: string | null;
  readonly riskLevel: RiskLevel | null;
  readonly photo: StoredPhoto | null;
  readonly photoConsent: { readonly byName: string; readonly at: Date } | null;
  readonly updatedAt: Date;
  readonly updatedByName: string;
  readonly updatedByOrganizationName: string;
}

interface PhotoRow {
  photo: Uint8Array | null;
  photo_nonce: Uint8Array | null;
  photo_tag: Uint8Array | null;
  photo_key_version: number | null;
  photo_content_type: PhotoType | null;
}

interface ProfileRow extends PhotoRow {
  youth_id: string;
  jurisdiction_id: string;
  height: string | null;
  build: string | null;
  hair: string | null;
  eyes: string | null;
  marks: string | null;
  risk_level: RiskLevel | null;
  consent_by_name: string | null;
  photo_consent_at: Date | null;
  updated_at: Date;
  updated_by_name: string;
  updated_by_organization_name: string;
}

const PHOTO_COLUMNS = 'photo, photo_nonce, photo_tag, photo_key_version, photo_content_type';

function toStoredPhoto(r: PhotoRow): StoredPhoto | null {
  if (!r.photo || !r.photo_content_type) return null;
  if (r.photo_nonce && r.photo_tag && r.photo_key_version !== null) {
    return {
      sealed: true,
      contentType: r.photo_content_type,
      content: {
        nonce: Buffer.from(r.photo_nonce),
        tag: Buffer.from(r.photo_tag),
        ciphertext: Buffer.from(r.photo),
      },
      keyVersion: r.photo_key_version,
    };
  }
  return { sealed: false, contentType: r.photo_content_type, bytes: Buffer.from(r.photo) };
}

export async function unsafeFindMissingProfile(
  db: Queryable,
  youthId: string,
): Promise<MissingProfile | null> {
  const [r] = await db.query<ProfileRow>(
    `SELECT p.youth_id, p.jurisdiction_id, p.height, p.build, p.hair, p.eyes, p.marks,
       p.risk_level, p.photo, p.photo_nonce, p.photo_tag, p.photo_key_version,
       p.photo_content_type, c.display_name AS consent_by_name, p.photo_consent_at, p.updated_at,
       u.display_name AS updated_by_name, o.name AS updated_by_organization_name
     FROM missing_profiles p
     JOIN users u ON u.id = p.updated_by_user_id
     JOIN organizations o ON o.id = p.updated_by_organization_id
     LEFT JOIN users c ON c.id = p.photo_consent_by_user_id
     WHERE p.youth_id = $1`,
    [youthId],
  );
  if (!r) return null;
  return {
    youthId: r.youth_id,
    jurisdictionId: r.jurisdiction_id,
    height: r.height,
    build: r.build,
    hair: r.hair,
    eyes: r.eyes,
    marks: r.marks,
    riskLevel: r.risk_level,
    photo: toStoredPhoto(r),
    photoConsent:
      r.photo_consent_at && r.consent_by_name
        ? { byName: r.consent_by_name, at: r.photo_consent_at }
        : null,
    updatedAt: r.updated_at,
    updatedByName: r.updated_by_name,
    updatedByOrganizationName: r.updated_by_organization_name,
  };
}

/** Only the photo of a profile, as stored (for sealing it again). */
export async function unsafeFindStoredPhoto(
  db: Queryable,
  youthId: string,
): Promise<{ jurisdictionId: string; photo: StoredPhoto } | null> {
  const [r] = await db.query<PhotoRow & { jurisdiction_id: string }>(
    `SELECT jurisdiction_id, ${PHOTO_COLUMNS} FROM missing_profiles WHERE youth_id = $1`,
    [youthId],
  );
  const photo = r ? toStoredPhoto(r) : null;
  return r && photo ? { jurisdictionId: r.jurisdiction_id, photo } : null;
}

/** The youth whose photo is still plain (written before migration 0027), a few at a time. */
export async function unsafeListPlainPhotoYouth(db: Queryable, limit: number): Promise<string[]> {
  const rows = await db.query<{ youth_id: string }>(
    `SELECT youth_id FROM missing_profiles WHERE photo IS NOT NULL AND photo_nonce IS NULL
     ORDER BY youth_id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.youth_id);
}

/**
 * Replaces the stored photo's bytes with a seal of the same photo (its content type and consent
 * unchanged). `onlyIfPlain`: only while it is still plain, so two processes sealing the same
 * legacy photo cannot seal a seal. Returns whether a row changed.
 */
export async function storeSealedPhoto(
  db: Queryable,
  input: {
    readonly youthId: string;
    readonly content: SealedPhotoContent;
    readonly keyVersion: number;
    readonly onlyIfPlain: boolean;
  },
): Promise<boolean> {
  const rows = await db.query<{ youth_id: string }>(
    `UPDATE missing_profiles SET photo = $2, photo_nonce = $3, photo_tag = $4,
       photo_key_version = $5
     WHERE youth_id = $1 AND photo IS NOT NULL AND (NOT $6 OR photo_nonce IS NULL)
     RETURNING youth_id`,
    [
      input.youthId,
      input.content.ciphertext,
      input.content.nonce,
      input.content.tag,
      input.keyVersion,
      input.onlyIfPlain,
    ],
  );
  return rows.length > 0;
}

/**
 * Saves the description and risk level. `photo`: undefined keeps the stored one, null removes it
 * (and the consent with it), a value replaces it, sealed by the caller, with the consent recorded
 * now by the writer.
 */
export async function saveMissingProfile(
  db: Queryable,
  input: {
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly height: string | null;
    readonly build: string | null;
    readonly hair: string | null;
    readonly eyes: string | null;
    readonly marks: string | null;
    readonly riskLevel: RiskLevel | null;
    readonly photo?: {
      readonly contentType: PhotoType;
      readonly content: SealedPhotoContent;
      readonly keyVersion: number;
    } | null;
    readonly userId: string;
    readonly organizationId: string;
    readonly now: Date;
  },
): Promise<void> {
  const keepPhoto = input.photo === undefined;
  const photo = input.photo ?? null;
  await db.query(
    `INSERT INTO missing_profiles (youth_id, jurisdiction_id, height, build, hair, eyes, marks,
       risk_level, photo, photo_nonce, photo_tag, photo_key_version, photo_content_type,
       photo_consent_by_user_id, photo_consent_at,
       updated_by_user_id, updated_by_organization_id, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $17, $18, $19, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (youth_id) DO UPDATE SET height = $3, build = $4, hair = $5, eyes = $6,
       marks = $7, risk_level = $8,
       photo = CASE WHEN $16 THEN missing_profiles.photo ELSE $9 END,
       photo_nonce = CASE WHEN $16 THEN missing_profiles.photo_nonce ELSE $17 END,
       photo_tag = CASE WHEN $16 THEN missing_profiles.photo_tag ELSE $18 END,
       photo_key_version = CASE WHEN $16 THEN missing_profiles.photo_key_version ELSE $19 END,
       photo_content_type = CASE WHEN $16 THEN missing_profiles.photo_content_type ELSE $10 END,
       photo_consent_by_user_id =
         CASE WHEN $16 THEN missing_profiles.photo_consent_by_user_id ELSE $11 END,
       photo_consent_at = CASE WHEN $16 THEN missing_profiles.photo_consent_at ELSE $12 END,
       updated_by_user_id = $13, updated_by_organization_id = $14, updated_at = $15`,
    [
      input.youthId,
      input.jurisdictionId,
      input.height,
      input.build,
      input.hair,
      input.eyes,
      input.marks,
      input.riskLevel,
      photo?.content.ciphertext ?? null,
      photo?.contentType ?? null,
      photo ? input.userId : null,
      photo ? input.now : null,
      input.userId,
      input.organizationId,
      input.now,
      keepPhoto,
      photo?.content.nonce ?? null,
      photo?.content.tag ?? null,
      photo?.keyVersion ?? null,
    ],
  );
}
