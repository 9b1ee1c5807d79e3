// The missing-youth photo at rest (docs/MISSING-AND-CUSTODY.md, "The photo"): sealed with
// AES-256-GCM under the jurisdiction's data key and bound to its youth, opened only to be shown
// in the profile and the alert packet. A photo stored plain by a version before migration 0027
// is sealed at start (`sealLegacyPhotos`, from src/server/runtime.ts) and, should one remain,
// when it is first read or saved; each such sealing is audited.
import type { Queryable } from '../../../db/database.js';
import {
  storeSealedPhoto,
  unsafeFindStoredPhoto,
  unsafeListPlainPhotoYouth,
  type SealedPhotoContent,
  type StoredPhoto,
} from '../../../db/repositories/missing-youth.js';
import type { PhotoType } from '../../../domain/missing-youth.js';
import { appendAuditEvent } from '../../audit/audit-log.js';
import { auditContext, commandLine, type AppServices, type RequestContext } from '../../context.js';
import { currentDataKey, dataKey } from '../../security/data-keys.js';
import { missingPhotoPurpose, sealFile, unsealFile } from '../../security/sealed-files.js';

export interface SealedPhoto {
  readonly content: SealedPhotoContent;
  readonly keyVersion: number;
}

/** Seals a photo for its youth under the jurisdiction's current data key. */
export async function sealPhoto(
  tx: Queryable,
  app: AppServices,
  input: { readonly jurisdictionId: string; readonly youthId: string; readonly bytes: Buffer },
): Promise<SealedPhoto> {
  const key = await currentDataKey(tx, app.masterKey, input.jurisdictionId);
  return {
    content: sealFile(key.key, input.bytes, missingPhotoPurpose(input.youthId)),
    keyVersion: key.version,
  };
}

/** A photo opened to be shown, or one whose seal does not open (changed, or bound elsewhere). */
export type OpenedPhoto =
  | { readonly readable: true; readonly contentType: PhotoType; readonly bytes: Buffer }
  | { readonly readable: false };

async function unsealFor(
  db: Queryable,
  app: AppServices,
  jurisdictionId: string,
  youthId: string,
  photo: Extract<StoredPhoto, { sealed: true }>,
): Promise<Buffer | null> {
  try {
    const key = await dataKey(db, app.masterKey, jurisdictionId, photo.keyVersion);
    return unsealFile(key, photo.content, missingPhotoPurpose(youthId));
  } catch {
    // A read must not fail on one bad photo: the caller says it cannot be shown instead.
    return null;
  }
}

/**
 * The stored photo of a youth's profile, opened. A plain one left from before migration 0027 is
 * shown as it is and sealed now, in its own transaction, audited.
 */
export async function openPhoto(
  app: AppServices,
  request: RequestContext,
  profile: { readonly youthId: string; readonly jurisdictionId: string },
  photo: StoredPhoto,
): Promise<OpenedPhoto> {
  if (!photo.sealed) {
    await app.db.transaction((tx) =>
      sealLegacyPhoto(tx, app, auditContext(app, request), profile.youthId, 'read'),
    );
    return { readable: true, contentType: photo.contentType, bytes: photo.bytes };
  }
  const bytes = await unsealFor(app.db, app, profile.jurisdictionId, profile.youthId, photo);
  return bytes ? { readable: true, contentType: photo.contentType, bytes } : { readable: false };
}

/** Seals the youth's photo if it is still plain; whether it did. */
export async function sealLegacyPhoto(
  tx: Queryable,
  app: AppServices,
  context: ReturnType<typeof auditContext>,
  youthId: string,
  when: 'start' | 'read' | 'save' | 'merge',
): Promise<boolean> {
  const stored = await unsafeFindStoredPhoto(tx, youthId);
  if (!stored || stored.photo.sealed) return false;
  const sealed = await sealPhoto(tx, app, {
    jurisdictionId: stored.jurisdictionId,
    youthId,
    bytes: stored.photo.bytes,
  });
  if (!(await storeSealedPhoto(tx, { youthId, ...sealed, onlyIfPlain: true }))) return false;
  await appendAuditEvent(
    tx,
    { ...context, jurisdictionId: stored.jurisdictionId },
    {
      action: 'missingProfile.photo_sealed',
      outcome: 'allowed',
      targetType: 'youth',
      targetId: youthId,
      categories: ['identity'],
      details: { was: 'plain', when },
    },
  );
  return true;
}

/**
 * The one-off step after migrating: every photo still plain sealed, one transaction each, a few
 * rows read at a time (a photo is up to 2 MB). Nothing to do costs one query.
 */
export async function sealLegacyPhotos(app: AppServices): Promise<number> {
  let sealed = 0;
  for (;;) {
    const youthIds = await unsafeListPlainPhotoYouth(app.db, 20);
    let batch = 0;
    for (const youthId of youthIds) {
      const done = await app.db.transaction((tx) =>
        sealLegacyPhoto(tx, app, auditContext(app, commandLine), youthId, 'start'),
      );
      if (done) batch += 1;
    }
    sealed += batch;
    // Another process sealed them meanwhile, or none are left.
    if (batch === 0) return sealed;
  }
}

/**
 * A profile moved from a merged duplicate to the survivor (src/db/repositories/record-merge.ts):
 * its photo sealed again for the survivor, since the seal names the youth. A photo whose seal
 * does not open stays as it is, as unreadable as before.
 */
export async function rebindMovedPhoto(
  tx: Queryable,
  app: AppServices,
  move: { readonly fromYouthId: string; readonly toYouthId: string },
): Promise<'rebound' | 'unreadable' | 'none'> {
  const stored = await unsafeFindStoredPhoto(tx, move.toYouthId);
  if (!stored) return 'none';
  const { photo, jurisdictionId } = stored;
  const bytes = photo.sealed
    ? await unsealFor(tx, app, jurisdictionId, move.fromYouthId, photo)
    : photo.bytes;
  if (!bytes) return 'unreadable';
  const sealed = await sealPhoto(tx, app, { jurisdictionId, youthId: move.toYouthId, bytes });
  await storeSealedPhoto(tx, { youthId: move.toYouthId, ...sealed, onlyIfPlain: false });
  return 'rebound';
}
