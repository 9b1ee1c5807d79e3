// Compliance per organization for the oversight analyst and the coordinator: counts of people,
// never names, a hidden count in words ("fewer than 11", "hidden"), never as a zero or a blank.
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { ComplianceCell, TrainingCompliance } from '../../training-api';

export function ComplianceSection({ compliance }: { compliance: TrainingCompliance }) {
  const { t, i18n } = useTranslation();
  const text = (cell: ComplianceCell) => {
    if (cell.suppressed) {
      return cell.rule === 'primary'
        ? t('training.compliance.fewerThan', { threshold: compliance.threshold })
        : t('training.compliance.hidden');
    }
    return (cell.value ?? 0).toLocaleString(i18n.language);
  };
  return (
    <section aria-labelledby="training-compliance">
      <h2 id="training-compliance">{t('training.compliance.heading')}</h2>
      <p>
        {t('training.compliance.intro', {
          today: formatDate(compliance.today, i18n.language),
          threshold: compliance.threshold,
        })}
      </p>
      {compliance.rows.length === 0 ? (
        <p>{t('training.compliance.none')}</p>
      ) : (
        <table>
          <caption>{t('training.compliance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.compliance.organization')}</th>
              {compliance.columns.map((column) => (
                <th scope="col" key={column}>
                  {t(`training.standings.${column}`)}
                </th>
              ))}
              <th scope="col">{t('training.compliance.total')}</th>
            </tr>
          </thead>
          <tbody>
            {compliance.rows.map((row) => (
              <tr key={row.organizationId}>
                <th scope="row">{row.organizationName}</th>
                {row.cells.map((cell, i) => (
                  <td key={compliance.columns[i] ?? i}>{text(cell)}</td>
                ))}
                <td>{text(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('training.compliance.total')}</th>
              {compliance.totals.map((cell, i) => (
                <td key={compliance.columns[i] ?? i}>{text(cell)}</td>
              ))}
              <td>{text(compliance.grandTotal)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
