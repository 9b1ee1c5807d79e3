// The administrator's dashboard on her home (docs/REPORTS.md, "Dashboards"): accounts, second
// factors, accounts waiting under the sign-in throttle, and the audit chain's newest events
// checked. Never youth data; the whole chain is checked by `lantern verify-audit`.
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../../domain/vocabulary.js';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { readAdministrationDashboard, type AdministrationDashboard } from '../../reports-api';

export function AdministrationDashboardSection() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const dashboard = useApiData('administration-dashboard', readAdministrationDashboard);
  return (
    <section aria-labelledby="administration-dashboard" className="dashboard">
      <h2 id="administration-dashboard">{t('dashboards.administration.heading')}</h2>
      <ErrorMessage>{dashboard.error ? describeError(dashboard.error) : null}</ErrorMessage>
      {dashboard.data === undefined ? (
        dashboard.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <AdministrationFigures dashboard={dashboard.data} />
      )}
    </section>
  );
}

function AdministrationFigures({ dashboard }: { dashboard: AdministrationDashboard }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const { accounts, audit } = dashboard;
  const checkedAt = new Date(audit.checkedAt).toLocaleString(i18n.language);
  return (
    <>
      <p className={audit.ok ? undefined : 'message message-error'}>
        {audit.ok
          ? t('dashboards.administration.auditOk', {
              count: audit.checked,
              lastSeq: audit.lastSeq,
              at: checkedAt,
            })
          : t('dashboards.administration.auditBroken', {
              brokenAt: audit.brokenAt ?? audit.lastSeq,
              at: checkedAt,
            })}
      </p>
      <div className="dashboard-tables">
        <table>
          <caption>{t('dashboards.administration.accounts')}</caption>
          <tbody>
            {(['active', 'inactive', 'locked', 'mfaEnrolled'] as const).map((key) => (
              <tr key={key}>
                <th scope="row">{t(`dashboards.administration.accountLines.${key}`)}</th>
                <td>{number(accounts[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t('dashboards.administration.roles')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboards.administration.role')}</th>
              <th scope="col">{t('dashboards.administration.withMfa')}</th>
              <th scope="col">{t('dashboards.administration.withoutMfa')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.roles.map((line) => (
              <tr key={line.role}>
                <th scope="row">{isRole(line.role) ? t(`roles.${line.role}`) : line.role}</th>
                <td>{number(line.withMfa)}</td>
                <td className={line.withoutMfa > 0 ? 'attention' : undefined}>
                  {number(line.withoutMfa)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
