// A case worker's home: their work first, as short lists each opening the full page: open tasks
// due soonest, new referrals to the organization, releases of its data to answer, and unread
// notifications. Only the lists the screens already read (no youth data beyond what they show).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listReferrals, listReleases } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { listTasks } from '../../work-api';
import { NotificationList } from '../NotificationsPage';
import { formatMoment } from '../work/time-words';
import { taskTitle } from '../../task-title';

const SHORT = 5;

export function HomeWork() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-work" className="home-work">
      <h2 id="home-work">{t('homeWork.heading')}</h2>
      <HomeTasks />
      <HomeReferrals />
      <HomeReleases />
      <section aria-labelledby="home-unread">
        <h3 id="home-unread">{t('homeWork.unread')}</h3>
        <NotificationList limit={SHORT} unreadOnly />
        <p>
          <Link to="/notifications">{t('homeWork.allNotifications')}</Link>
        </p>
      </section>
    </section>
  );
}

function ShortList<T>(props: {
  id: string;
  heading: string;
  none: string;
  all: { to: string; label: string };
  loaded: { data: T[] | undefined; error: unknown };
  item: (entry: T) => { key: string; content: ReactNode };
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { data, error } = props.loaded;
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      {data === undefined ? (
        error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : data.length === 0 ? (
        <p>{props.none}</p>
      ) : (
        <ul className="short-list">
          {data.slice(0, SHORT).map((entry) => {
            const { key, content } = props.item(entry);
            return <li key={key}>{content}</li>;
          })}
        </ul>
      )}
      <p>
        <Link to={props.all.to}>{props.all.label}</Link>
      </p>
    </section>
  );
}

function HomeTasks() {
  const { t, i18n } = useTranslation();
  const tasks = useApiData('home-tasks', async () =>
    (await listTasks({ scope: 'organization', status: 'open' }))
      .slice()
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)),
  );
  return (
    <ShortList
      id="home-tasks"
      heading={t('homeWork.tasks')}
      none={t('homeWork.noTasks')}
      all={{ to: '/work', label: t('homeWork.allTasks') }}
      loaded={tasks}
      item={(task) => ({
        key: task.id,
        content: (
          <>
            <Link to="/work">{taskTitle(task.title, i18n.language)}</Link>{' '}
            <span className="muted">
              {t('work.case', { caseNumber: task.caseNumber })} ·{' '}
              {t('homeWork.due', { time: formatMoment(task.dueAt, i18n.language) })}
            </span>
          </>
        ),
      })}
    />
  );
}

function HomeReferrals() {
  const { t } = useTranslation();
  const referrals = useApiData('home-referrals', () =>
    listReferrals({ box: 'received', status: 'sent' }),
  );
  return (
    <ShortList
      id="home-referrals"
      heading={t('homeWork.referrals')}
      none={t('homeWork.noReferrals')}
      all={{ to: '/referrals', label: t('homeWork.allReferrals') }}
      loaded={referrals}
      item={(referral) => ({
        key: referral.id,
        content: (
          <Link to={`/referrals/${encodeURIComponent(referral.id)}`}>
            {t('homeWork.referralItem', {
              service: referral.serviceName,
              organization: referral.senderOrganizationName,
              caseNumber: referral.caseNumber,
            })}
          </Link>
        ),
      })}
    />
  );
}

function HomeReleases() {
  const { t, i18n } = useTranslation();
  const releases = useApiData('home-releases', () => listReleases('pending'));
  const list = (items: readonly string[]) =>
    new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
  return (
    <ShortList
      id="home-releases"
      heading={t('homeWork.releases')}
      none={t('homeWork.noReleases')}
      all={{ to: '/releases', label: t('homeWork.allReleases') }}
      loaded={releases}
      item={(release) => ({
        key: release.consentId,
        content: (
          <Link to="/releases">
            {t('homeWork.releaseItem', {
              organization: release.recordedByOrganizationName,
              categories: list(release.categories.map((c) => t(`dataCategories.${c}`))),
              caseNumber: release.caseNumber,
            })}
          </Link>
        ),
      })}
    />
  );
}
