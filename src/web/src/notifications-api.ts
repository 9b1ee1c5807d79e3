// The notification calls the screens make: the list, the unread count in the header, and
// marking one read. The shapes are derived from the server's schemas so a changed field cannot
// drift.
import type { z } from 'zod';
import type {
  Notification as NotificationSchema,
  UnreadNotifications,
} from '../../server/http/case-schemas.js';
import { path, request } from './api';

export type Notification = Omit<z.output<typeof NotificationSchema>, 'createdAt'> & {
  createdAt: string;
};

/** Fired after a notification is read here, so the header's count follows at once. */
export const NOTIFICATIONS_CHANGED = 'lantern:notifications-changed';

export async function listNotifications(): Promise<Notification[]> {
  return (await request('GET', '/api/notifications')) as Notification[];
}

export async function countUnreadNotifications(): Promise<number> {
  // Read every minute by the header: not the person's activity (activity.ts).
  const answer = (await request('GET', '/api/notifications/unread-count', {
    background: true,
  })) as z.output<typeof UnreadNotifications>;
  return answer.unread;
}

export async function markNotificationRead(id: string): Promise<void> {
  await request('POST', `${path('/api/notifications', id)}/read`);
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}
