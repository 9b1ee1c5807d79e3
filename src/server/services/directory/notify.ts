// Tells the coordinators of the county that owns a directory record that its confidentiality
// or its provider link changed. Notices name directory records and agencies only; never an
// address.
import type { Queryable } from '../../../db/database.js';
import type { NotificationContent } from '../../../domain/notifications.js';
import { notifyCoordinators } from '../cases/notify.js';

export async function notifyDirectoryOwner(
  tx: Queryable,
  input: {
    readonly ownerJurisdictionId: string;
    readonly content: NotificationContent & {
      readonly code: 'directory.location_confidentiality' | 'directory.provider_link';
    };
    readonly message: string;
    readonly now: Date;
  },
): Promise<void> {
  await notifyCoordinators(tx, {
    jurisdictionId: input.ownerJurisdictionId,
    content: input.content,
    youthId: null,
    text: input.message,
    now: input.now,
  });
}
