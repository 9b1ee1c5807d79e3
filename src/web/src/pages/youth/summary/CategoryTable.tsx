// Each kind of information on the case: whose records the reader sees and whose are withheld.
// On a phone the rows read as a list (each cell names its column: data-label, styles.css).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { YouthRecord } from '../../../types';

export function CategoryTable({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const visibleHeading = t('overview.visible');
  const withheldHeading = t('overview.withheld');
  return (
    <div className="table-scroll">
      <table className="table-list">
        <caption>{t('overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.category')}</th>
            <th scope="col">{visibleHeading}</th>
            <th scope="col">{withheldHeading}</th>
          </tr>
        </thead>
        <tbody>
          {youth.categories.map((view) => (
            <tr key={view.category}>
              <th scope="row">
                <Link to={{ search: `?section=${view.category}` }}>
                  {t(`dataCategories.${view.category}`)}
                </Link>
              </th>
              <td data-label={visibleHeading}>
                {view.visible.length > 0
                  ? view.visible.map((v) => v.organizationName).join(', ')
                  : view.withheld.length > 0
                    ? t('overview.nothingVisible')
                    : t('overview.nothingRecorded')}
              </td>
              <td data-label={withheldHeading}>
                {view.withheld.length > 0
                  ? view.withheld.map((w) => w.organizationName).join(', ')
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
