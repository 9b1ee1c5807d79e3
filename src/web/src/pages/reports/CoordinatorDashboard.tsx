// The coordinator's dashboard on Reports (docs/REPORTS.md, "Dashboards"): the county's work in
// figures. Tasks and referrals are work queues she already sees one by one, so they are exact;
// the quarter's measures are suppressed like every table. No name of a youth, no case number.
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { readCoordinatorDashboard, type CoordinatorDashboard } from '../../reports-api';
import { reportsEn } from '../../i18n/reports.en';
import { MeasureSection } from './MeasureSection';

const isRowKey = (key: string): key is keyof typeof reportsEn.reports.rows =>
  Object.hasOwn(reportsEn.reports.rows, key);

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
  const { capacity, quarter, serviceTypes } = dashboard;
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
      <section aria-labelledby="service-types" className="dashboard-service-types">
        <h3 id="service-types">{t('dashboards.coordinator.serviceTypes')}</h3>
        {serviceTypes.measures.map((measure) => (
          <MeasureSection
            key={measure.id}
            measure={measure}
            by="service_type"
            threshold={threshold}
            comparing={false}
            chart={false}
            headingLevel={3}
            idPrefix="service-type-measure"
          />
        ))}
        <FundingSources lines={serviceTypes.fundingSources} />
      </section>
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

/** Public directory text: the funding sources listed per service type, in full. */
function FundingSources(props: { lines: CoordinatorDashboard['serviceTypes']['fundingSources'] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{t('dashboards.coordinator.fundingSources')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboards.coordinator.serviceType')}</th>
          <th scope="col">{t('dashboards.coordinator.sources')}</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('dashboards.coordinator.noFunding')}</td>
          </tr>
        ) : (
          props.lines.map((line) => (
            <tr key={line.serviceType}>
              <th scope="row">
                {isRowKey(line.serviceType)
                  ? t(`reports.rows.${line.serviceType}`)
                  : line.serviceType}
              </th>
              <td>{line.sources.join('; ')}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
