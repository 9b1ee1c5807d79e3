// The oversight analyst's and the coordinator's Reports (docs/REPORTS.md, "On the screen"): the
// county measures for a period, each with its definition, a bar chart and its table beside it,
// and on request the previous period beside them. Hidden counts read as "fewer than 11" or
// "hidden", never as a zero or a blank. The coordinator's dashboard comes first for her.
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BREAKDOWNS } from '../../../../domain/measures.js';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { quarterOf } from '../../../../domain/report-periods.js';
import { useSignedIn } from '../../session';
import {
  boardReportUrl,
  measuresCsvUrl,
  measuresQuery,
  readMeasures,
  type Breakdown,
  type MeasuresFilter,
} from '../../reports-api';
import { CoordinatorDashboardSection } from './CoordinatorDashboard';
import { MeasureSection } from './MeasureSection';

function defaultFilter(): MeasuresFilter {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${today.slice(0, 4)}-01-01`, to: today, by: 'month' };
}

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('reports.title'));
  const describeError = useDescribeError();
  const [filter, setFilter] = useState<MeasuresFilter>(defaultFilter);
  const [draft, setDraft] = useState<MeasuresFilter>(filter);
  const [comparing, setComparing] = useState(false);
  const { user } = useSignedIn();
  const report = useApiData(`measures?${measuresQuery(filter)}&${String(comparing)}`, () =>
    readMeasures(filter, comparing),
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(draft);
  };
  const threshold = report.data?.threshold ?? 11;
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro', { below: threshold - 1 })}</p>
      {user.roles.includes('coordinator') ? (
        <CoordinatorDashboardSection threshold={threshold} />
      ) : null}
      <h2>{t('reports.measuresHeading')}</h2>
      <form className="report-filter" onSubmit={submit}>
        <label>
          {t('reports.from')}{' '}
          <input
            type="date"
            required
            value={draft.from}
            onChange={(e) => {
              setDraft({ ...draft, from: e.target.value });
            }}
          />
        </label>{' '}
        <label>
          {t('reports.to')}{' '}
          <input
            type="date"
            required
            value={draft.to}
            onChange={(e) => {
              setDraft({ ...draft, to: e.target.value });
            }}
          />
        </label>{' '}
        <label>
          {t('reports.by')}{' '}
          <select
            value={draft.by}
            onChange={(e) => {
              setDraft({ ...draft, by: e.target.value as Breakdown });
            }}
          >
            {BREAKDOWNS.map((by) => (
              <option key={by} value={by}>
                {t(`reports.breakdowns.${by}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">{t('reports.show')}</button>
      </form>
      <p>
        <label>
          <input
            type="checkbox"
            checked={comparing}
            onChange={(e) => {
              setComparing(e.target.checked);
            }}
          />{' '}
          {t('reports.compare.toggle')}
        </label>
      </p>
      {comparing && report.data?.previous ? (
        <p role="status">
          {t('reports.compare.period', {
            from: report.data.previous.from,
            to: report.data.previous.to,
          })}
        </p>
      ) : null}
      <p>
        <a href={measuresCsvUrl(filter)} download>
          {t('reports.csv')}
        </a>
      </p>
      <p>
        <a href={boardReportUrl(quarterOf(filter.to), language)} download>
          {t('reports.board', { quarter: quarterOf(filter.to) })}
        </a>
      </p>
      {report.data?.by === 'race_ethnicity' ? <p>{t('reports.raceEthnicityNote')}</p> : null}
      <ErrorMessage>{report.error ? describeError(report.error) : null}</ErrorMessage>
      {report.data === undefined ? (
        report.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        report.data.measures.map((measure) => (
          <MeasureSection
            key={measure.id}
            measure={measure}
            by={report.data?.by ?? filter.by}
            threshold={threshold}
            comparing={comparing && Boolean(report.data?.previous)}
            headingLevel={3}
          />
        ))
      )}
    </>
  );
}
