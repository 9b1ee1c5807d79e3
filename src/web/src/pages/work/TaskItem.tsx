// One task as its assignee sees it: the minimal packet (case number, what, by when, where, whom
// to call, why) and nothing more of the youth (docs/PROTOCOL.md, Tasks), with its countdown.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../work-types';
import { TaskActions, type TaskChange } from './TaskActions';
import { planUrl as safetyPlanFormUrl } from '../youth/safety-plans/SafetyPlansSection';
import { formatMoment, useCountdownWords } from './time-words';
import { taskTitle } from '../../task-title';

export function TaskItem(props: {
  task: Task;
  now: Date;
  headingLevel: 3 | 4;
  onChanged: (change: TaskChange) => void;
}) {
  const { task, now } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const clock = useCountdownWords()(task.dueAt, now);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  const escalated = task.escalations.filter((e) => e.happenedAt !== null);
  const escalationTo = (to: string) =>
    to === 'assignee_point_person' || to === 'coordinator' || to === 'team_member'
      ? t(`work.escalationTo.${to}`)
      : to;
  return (
    <article
      className={clock.overdue ? 'task task-overdue' : 'task'}
      aria-labelledby={headingId}
      data-testid="task"
    >
      <Heading id={headingId} className="task-heading">
        {taskTitle(task.title, i18n.language)}
      </Heading>
      <p className="task-clock">
        <span className={clock.overdue ? 'badge badge-overdue' : 'badge badge-warn'}>
          {clock.text}
        </span>{' '}
        <span className="muted">
          {t('work.dueAt', { time: formatMoment(task.dueAt, i18n.language) })}
        </span>
      </p>
      <dl className="details task-packet">
        <div>
          <dt>{t('work.caseLabel')}</dt>
          <dd>
            <Link to={`/youth/${encodeURIComponent(task.youthId)}`}>
              {t('work.case', { caseNumber: task.caseNumber })}
            </Link>
          </dd>
        </div>
        {task.where ? (
          <div>
            <dt>{t('work.where')}</dt>
            <dd>{task.where}</dd>
          </div>
        ) : null}
        {task.call ? (
          <div>
            <dt>{t('work.call')}</dt>
            <dd>
              {task.call.name}, {task.call.function} ({task.call.organizationName}){' '}
              {task.call.phone ? (
                <a href={`tel:${task.call.phone.replace(/[^0-9+]/g, '')}`}>{task.call.phone}</a>
              ) : (
                <span className="muted">{t('work.noPhone')}</span>
              )}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('work.why')}</dt>
          <dd>
            {task.ruleKey
              ? t('work.rule', {
                  reason: task.reason,
                  rule: task.ruleKey,
                  version: task.ruleVersion ?? '',
                })
              : task.reason}
          </dd>
        </div>
        <div>
          <dt>{t('work.assignee')}</dt>
          <dd>
            {task.assigneeUserName
              ? t('work.takenBy', {
                  organization: task.assigneeOrganizationName,
                  person: task.assigneeUserName,
                })
              : t('work.notTaken', { organization: task.assigneeOrganizationName })}
          </dd>
        </div>
        {escalated.length > 0 ? (
          <div>
            <dt>{t('work.escalations')}</dt>
            <dd>
              <ul className="plain-list">
                {escalated.map((e) => (
                  <li key={e.step}>
                    {t('work.escalated', {
                      to: escalationTo(e.to),
                      time: formatMoment(e.happenedAt ?? e.dueAt, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {task.kind === 'safety_plan' && task.planType && task.status === 'open' ? (
        <p>
          <Link to={safetyPlanFormUrl(task.youthId, 'new', task.planType)}>
            {t('safetyPlans.taskLink')}
          </Link>
        </p>
      ) : null}
      <TaskActions task={task} onChanged={props.onChanged} />
    </article>
  );
}
