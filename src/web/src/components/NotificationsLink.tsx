// The header's Notifications link with its unread count, read again on every navigation, every
// minute, and at once when a notification is read here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { countUnreadNotifications, NOTIFICATIONS_CHANGED } from '../notifications-api';

const EVERY_MINUTE = 60_000;

export function NotificationsLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    const refresh = () => {
      countUnreadNotifications().then(
        (count) => {
          if (!cancelled) setUnread(count);
        },
        // The count is a convenience: a failed read leaves the last one shown.
        () => undefined,
      );
    };
    refresh();
    const timer = window.setInterval(refresh, EVERY_MINUTE);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [pathname]);
  if (!unread) return <NavLink to="/notifications">{t('nav.notifications')}</NavLink>;
  return (
    <NavLink to="/notifications" aria-label={t('notify.navWithCount', { count: unread })}>
      {t('nav.notifications')}{' '}
      <span className="badge badge-warn nav-count" aria-hidden="true" data-testid="unread-count">
        {unread}
      </span>
    </NavLink>
  );
}
