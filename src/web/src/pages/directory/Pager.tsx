// Previous and next page of results, as links (so each page has its own address).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Pager(props: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { page, pages, hrefFor } = props;
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('directory.pages')}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t('directory.previous')}
        </Link>
      ) : null}
      <span aria-current="page">{t('directory.pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t('directory.next')}
        </Link>
      ) : null}
    </nav>
  );
}
