// What is due on the case: the open tasks the reader may see, soonest first, each with its clock.
// They come from the case timeline, which already shows each task only as the server decided the
// reader may see it (docs/PROTOCOL.md, "The case timeline"); My work's list holds only the
// reader's own organization's tasks, and the summary names every clock on the case.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, useApiData } from '../../../hooks';
import { getTimeline, type TimelineTask } from '../../../timeline-api';
import { Loading } from '../../../components/Messages';
import { clockBadge, clockText } from '../timeline/clock';
import { taskTitle } from '../../../task-title';

export function DueSummary({ youthId }: { youthId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useApiData(`timeline:${youthId}`, () => getTimeline(youthId));
  const open = (timeline.data?.entries ?? [])
    .filter((e): e is TimelineTask => e.entry === 'task' && e.status === 'open')
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  return (
    <section aria-labelledby="summary-due">
      <h3 id="summary-due">{t('recordNav.summary.due')}</h3>
      {timeline.error ? (
        <p className="muted">{t('recordNav.summary.dueUnknown')}</p>
      ) : timeline.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : open.length === 0 ? (
        <p>{t('recordNav.summary.nothingDue')}</p>
      ) : (
        <>
          <p className="muted">{t('recordNav.summary.dueIntro')}</p>
          <ul className="summary-list">
            {open.map((task) => (
              <li key={task.id}>
                {taskTitle(task.title, i18n.language)}{' '}
                <span className={clockBadge[task.clock.state]}>{clockText(task.clock, t)}</span>
                <br />
                <span className="muted">
                  {t('recordNav.summary.dueBy', {
                    organization: task.assigneeOrganizationName,
                    due: formatDateTime(task.dueAt, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={{ search: '?section=timeline' }}>{t('recordNav.summary.timelineLink')}</Link>
      </p>
    </section>
  );
}
