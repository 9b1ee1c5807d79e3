// One case on the agenda: its number, why it is there, its clocks, and (on a member's own screen)
// what their organization may see of it: the name, the kinds of information, minutes, decisions.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { ErrorMessage } from '../../components/Messages';
import { useDescribeError } from '../../hooks';
import { markReviewed, type AgendaCase } from '../../mdt-api';
import { formatMoment } from '../work/moment';
import { taskTitle } from '../../task-title';

export function AgendaCaseCard(props: {
  meetingId: string;
  item: AgendaCase;
  mayReview: boolean;
  /** The room's shared screen: numbers and clocks only. */
  shared: boolean;
  onChange: () => void;
}) {
  const { item } = props;
  const { t, i18n } = useTranslation();
  const describe = useDescribeError();
  const [error, setError] = useState<string | null>(null);
  const headingId = `case-${item.youthId}`;
  const categories = (list: readonly DataCategory[]) =>
    list.map((c) => t(`dataCategories.${c}`)).join(', ');
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mdt.case.heading', { caseNumber: item.caseNumber })}</h2>
      <p>
        {t('mdt.case.why')}: {item.reasons.map((r) => t(`mdt.reasons.${r}`)).join('; ')}
      </p>
      {props.shared ? null : (
        <>
          <p>{item.name ? t('mdt.case.name', { name: item.name }) : t('mdt.case.noName')}</p>
          <p>
            {item.categories.length > 0
              ? t('mdt.case.categories', { categories: categories(item.categories) })
              : t('mdt.case.noCategories')}
          </p>
        </>
      )}
      <h3>{t('mdt.case.clocks')}</h3>
      {item.clocks.length === 0 ? <p>{t('mdt.case.noClocks')}</p> : null}
      <ul>
        {item.clocks.map((clock, index) => (
          <li key={index} className={`clock clock-${clock.state}`}>
            {t('mdt.case.clock', {
              title: taskTitle(clock.title, i18n.language),
              organization: clock.assigneeOrganizationName,
              state: t(`mdt.states.${clock.state}`),
              due: formatMoment(clock.dueAt, i18n.language),
            })}
          </li>
        ))}
      </ul>
      {props.item.decisions.length > 0 || item.minutes.length > 0 || item.minutesWithheld > 0 ? (
        <>
          <h3>{t('mdt.case.minutes')}</h3>
          {item.minutes.map((m) => (
            <div key={m.id} className="minutes">
              <p className="hint">
                {t('mdt.case.discussed', { categories: categories(m.categories) })}
              </p>
              <p>{m.body}</p>
            </div>
          ))}
          {item.minutesWithheld > 0 ? (
            <p className="hint">{t('mdt.case.withheld', { count: item.minutesWithheld })}</p>
          ) : null}
        </>
      ) : null}
      {item.decisions.length > 0 ? (
        <>
          <h3>{t('mdt.case.decisions')}</h3>
          <ul>
            {item.decisions.map((d) => (
              <li key={d.id}>
                {t('mdt.case.decision', {
                  title: d.title,
                  owner: d.ownerOrganizationName,
                  due: formatMoment(d.dueAt, i18n.language),
                })}
                {d.text === null ? <p className="hint">{t('mdt.case.decisionText')}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {item.reviewedAt ? <p>{t('mdt.case.reviewed')}</p> : null}
      {props.mayReview && !item.reviewedAt ? (
        <button
          type="button"
          onClick={() => {
            markReviewed(props.meetingId, item.youthId).then(props.onChange, (caught: unknown) => {
              setError(describe(caught));
            });
          }}
        >
          {t('mdt.case.markReviewed')}
        </button>
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
    </li>
  );
}
