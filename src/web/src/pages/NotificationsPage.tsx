// Notifications: what happened on which case and what the reader's organization is called to do
// (case numbers and organizations, never youth data), worded in the reader's language from each
// notice's code and parameters. The home page shows the unread few.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listNotifications, markNotificationRead } from '../notifications-api';
import { ErrorMessage, Loading } from '../components/Messages';
import { formatDateTime, useApiData, useDescribeError, usePageTitle } from '../hooks';
import { noticeDestination, useNotificationWords } from './notifications/words';

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      <NotificationList />
    </>
  );
}

export function NotificationList({ limit, unreadOnly }: { limit?: number; unreadOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const words = useNotificationWords();
  const notifications = useApiData('notifications', listNotifications);
  const all = (notifications.data ?? []).filter((n) => !unreadOnly || !n.read);
  const shown = limit === undefined ? all : all.slice(0, limit);
  if (notifications.data === undefined && !notifications.error) {
    return <Loading label={t('common.loading')} />;
  }
  return (
    <>
      <ErrorMessage>{notifications.error ? describeError(notifications.error) : null}</ErrorMessage>
      {shown.length === 0 ? (
        <p>{unreadOnly ? t('homeWork.noUnread') : t('notifications.none')}</p>
      ) : (
        <ul className="notifications">
          {shown.map((notification) => {
            const destination = noticeDestination(notification.kind, notification.params);
            return (
              <li key={notification.id} className={notification.read ? undefined : 'unread'}>
                <p>
                  {notification.read ? null : (
                    <span className="badge badge-warn">{t('notifications.new')}</span>
                  )}{' '}
                  {words(notification)}
                </p>
                {notification.read ? null : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      void markNotificationRead(notification.id).then(notifications.reload);
                    }}
                  >
                    {t('notifications.markRead')}
                  </button>
                )}
                <p className="muted">
                  <time dateTime={notification.createdAt}>
                    {formatDateTime(notification.createdAt, i18n.language)}
                  </time>
                  {notification.youthId && notification.caseNumber ? (
                    <>
                      {' · '}
                      <Link to={`/youth/${encodeURIComponent(notification.youthId)}`}>
                        {t('youth.case', { caseNumber: notification.caseNumber })}
                      </Link>
                      {notification.kind === 'protocol.missing_notice' ? (
                        <>
                          {' · '}
                          <Link
                            to={`/youth/${encodeURIComponent(notification.youthId)}/alert-packet`}
                          >
                            {t('missing.packetLink')}
                          </Link>
                        </>
                      ) : null}
                    </>
                  ) : null}
                  {destination ? (
                    <>
                      {' · '}
                      <Link to={destination.to}>{t(`notify.open.${destination.label}`)}</Link>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {limit !== undefined && all.length > limit ? (
        <p>
          <Link to="/notifications">{t('notifications.all', { total: all.length })}</Link>
        </p>
      ) : null}
    </>
  );
}
