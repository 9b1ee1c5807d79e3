// The coordinator's dashboard on Reports (docs/REPORTS.md, "Dashboards"): the county's work in
// figures. Tasks and referrals are work queues she already sees one by one, so they are exact;
// the quarter's measures are suppressed like every table. No name of a youth, no case number.
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { readCoordinatorDashboard, type CoordinatorDashboard } from '../../reports-api';
import { MeasureSection } from './MeasureSection';

/** `threshold`: the county's, as the measures answer it, for the words of a hidden count. */
export function CoordinatorDashboardSection({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const dashboard = useApiData('coordinator-dashboard', readCoordinatorDashboard);
  return (
    <section aria-labelledby="coordinator-dashboard" className="dashboard">
      <h2 id="coordinator-dashboard">{t('dashboards.coordinator.heading')}</h2>
      <ErrorMessage>{dashboard.error ? describeError(dashboard.error) : null}</ErrorMessage>
      {dashboard.data === undefined ? (
        dashboard.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <CoordinatorFigures dashboard={dashboard.data} threshold={threshold} />
      )}
    </section>
  );
}

function CoordinatorFigures(props: { dashboard: CoordinatorDashboard; threshold: number }) {
  const { dashboard, threshold } = props;
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const { capacity, quarter } = dashboard;
  return (
    <>
      <div className="dashboard-tables">
        <table>
          <caption>{t('dashboards.coordinator.openClocks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.coordinator.due')}</th>
              <th scope="col">{t('dashboards.coordinator.tasks')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.openClocks.map((line) => (
              <tr key={line.bucket}>
                <th scope="row">{t(`dashboards.coordinator.buckets.${line.bucket}`)}</th>
                <td>{number(line.tasks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('dashboards.coordinator.overdueByAgency')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.coordinator.agency')}</th>
              <th scope="col">{t('dashboards.coordinator.overdueTasks')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.overdueByAgency.length === 0 ? (
              <tr>
                <td colSpan={2}>{t('dashboards.coordinator.noneOverdue')}</td>
              </tr>
            ) : (
              dashboard.overdueByAgency.map((line) => (
                <tr key={line.organization}>
                  <th scope="row">{line.organization}</th>
                  <td>{number(line.tasks)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <table>
          <caption>{t('dashboards.coordinator.referralsWaiting')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.coordinator.receivingAgency')}</th>
              <th scope="col">{t('dashboards.coordinator.waiting')}</th>
              <th scope="col">{t('dashboards.coordinator.pastDue')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.referralsWaiting.length === 0 ? (
              <tr>
                <td colSpan={3}>{t('dashboards.coordinator.noneWaiting')}</td>
              </tr>
            ) : (
              dashboard.referralsWaiting.map((line) => (
                <tr key={line.organization}>
                  <th scope="row">{line.organization}</th>
                  <td>{number(line.waiting)}</td>
                  <td>{number(line.overdue)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <table>
          <caption>{t('dashboards.coordinator.capacity')}</caption>
          <tbody>
            {(['services', 'available', 'maximum', 'full'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`dashboards.coordinator.capacityLines.${key}`)}</th>
                <td>{number(capacity[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Sixteen tables: folded, so the figures above stay at hand. */}
      <details>
        <summary>{t('dashboards.coordinator.quarter', { quarter: quarter.quarter })}</summary>
        {quarter.measures.map((measure) => (
          <MeasureSection
            key={measure.id}
            measure={measure}
            by="quarter"
            threshold={threshold}
            comparing={false}
            chart={false}
            headingLevel={3}
            idPrefix="quarter-measure"
          />
        ))}
      </details>
    </>
  );
}
