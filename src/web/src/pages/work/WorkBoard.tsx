// The tasks of My work in their sections (overdue first, due today, in the next seven days,
// later), each with a countdown that ticks every minute; the list itself refreshes every minute.
// The county coordinator may also see every open clock of the county, by organization.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, RadioGroup } from '../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { listTasks } from '../../work-api';
import type { Task, TaskScope } from '../../work-types';
import { groupBySection, WORK_SECTIONS } from './clock';
import type { TaskChange } from './TaskActions';
import { TaskItem } from './TaskItem';
import { deviceTimeZone } from './time-words';
import { useMinuteClock } from './useMinuteClock';
import { taskTitle } from '../../task-title';

export function WorkBoard(props: {
  /** The scopes offered; the first is shown first. */
  scopes: readonly TaskScope[];
  /** The level of each section's heading (the page's own heading is one above). */
  headingLevel: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [scope, setScope] = useState<TaskScope>(props.scopes[0] ?? 'mine');
  const [organization, setOrganization] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const tasks = useApiData(`tasks:${scope}`, () => listTasks({ scope, status: 'open' }));
  const now = useMinuteClock(tasks.reload);
  const timeZone = deviceTimeZone();
  const top = useRef<HTMLDivElement>(null);
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

  const organizations = [
    ...new Set((tasks.data ?? []).map((task) => task.assigneeOrganizationName)),
  ].sort((a, b) => a.localeCompare(b));
  const shown = (tasks.data ?? []).filter(
    (task) =>
      scope !== 'county' || organization === '' || task.assigneeOrganizationName === organization,
  );
  const groups = groupBySection<Task>(shown, now, timeZone);

  const onChanged = ({ task, action }: TaskChange) => {
    setDone(
      t(`work.done.${action}`, {
        title: taskTitle(task.title, i18n.language),
        caseNumber: task.caseNumber,
      }),
    );
    tasks.reload();
    // The task may leave the list: keep the keyboard at the top of it.
    top.current?.focus();
  };

  return (
    <div className="work-board">
      <p className="muted">{t('work.timeZone', { zone: timeZone })}</p>
      <div className="work-filters">
        {props.scopes.length > 1 ? (
          <RadioGroup
            legend={t('work.scopeLegend')}
            name="scope"
            options={props.scopes.map((value) => ({ value, label: t(`work.scopes.${value}`) }))}
            selected={scope}
            onChange={(value) => {
              setScope(value);
              setOrganization('');
              setDone(null);
            }}
          />
        ) : null}
        {scope === 'county' ? (
          <Field label={t('work.organizationFilter')}>
            {(control) => (
              <select
                {...control}
                value={organization}
                onChange={(event) => {
                  setOrganization(event.target.value);
                }}
              >
                <option value="">{t('work.allOrganizations')}</option>
                {organizations.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div ref={top} tabIndex={-1} className="work-list">
        <StatusMessage>{done}</StatusMessage>
        <ErrorMessage>{tasks.error ? describeError(tasks.error) : null}</ErrorMessage>
        {tasks.data === undefined ? (
          tasks.error ? null : (
            <Loading label={t('common.loading')} />
          )
        ) : shown.length === 0 ? (
          <p>{t('work.none')}</p>
        ) : (
          WORK_SECTIONS.filter((section) => groups[section].length > 0).map((section) => (
            <section
              key={section}
              aria-labelledby={`work-${section}`}
              className={`work-section work-section-${section}`}
            >
              <Heading id={`work-${section}`}>
                {t(`work.sections.${section}`)}{' '}
                <span className="count">
                  ({t('work.count', { count: groups[section].length })})
                </span>
              </Heading>
              <ul className="task-list">
                {groups[section].map((task) => (
                  <li key={task.id}>
                    <TaskItem
                      task={task}
                      now={now}
                      headingLevel={props.headingLevel === 2 ? 3 : 4}
                      onChanged={onChanged}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </div>
  );
}
