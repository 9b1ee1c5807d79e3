// Resources: find a service for a youth by words, needs and filters, near a point if wanted,
// as a list or on a map. Every signed-in person may search; the server hides what they may not see.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { searchDirectory } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import { DirectorySearchForm } from './DirectorySearchForm';
import { directoryPlaces } from './map-places';
import { Pager } from './Pager';
import { readQuery, toSearch, writeQuery } from './search-params';
import type { DirectoryQuery } from './search-params';
import { ServiceMap } from './ServiceMap';
import { ServiceSummary } from './ServiceSummary';

type View = 'list' | 'map';

export function DirectorySearchPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { allowedActions } = useSignedIn();
  usePageTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const view: View = params.get('view') === 'map' ? 'map' : 'list';
  // A new key empties the form after "Clear the search".
  const [formKey, setFormKey] = useState(0);
  const search = toSearch(query);
  const results = useApiData(`directory:${JSON.stringify(search)}`, () => searchDirectory(search));
  useFocusResultsOnNewPage(query.page);

  const show = (next: DirectoryQuery, nextView: View = view) => {
    setParams(writeQuery(next, nextView));
  };
  const found = results.data;
  const first = found ? (found.page - 1) * found.perPage + 1 : 1;
  const places = useMemo(() => directoryPlaces(found?.items ?? [], first), [found, first]);
  // A service opened from the map comes back to this search.
  const linkState = { directorySearch: useLocation().search };
  const pages = found ? Math.max(1, Math.ceil(found.total / found.perPage)) : 1;
  const hrefFor = (page: number) => `?${writeQuery({ ...query, page }, view).toString()}`;
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.intro')}</p>
      <p className="page-links">
        <Link to="/guide">{t('directory.guideLink')}</Link>
        {allowedActions.includes('directory.manage') ? (
          <Link to="/admin/directory-import">{t('directory.importLink')}</Link>
        ) : null}
      </p>
      <DirectorySearchForm
        key={formKey}
        query={query}
        onSearch={(next) => {
          show(next);
        }}
        onClear={() => {
          setFormKey((key) => key + 1);
          setParams(new URLSearchParams(view === 'map' ? { view: 'map' } : {}));
        }}
      />

      <section aria-labelledby="directory-results">
        <h2 id="directory-results" tabIndex={-1}>
          {query.q ? t('directory.resultsFor', { query: query.q }) : t('directory.results')}
        </h2>
        <div className="view-switch" role="group" aria-label={t('directory.view')}>
          {(['list', 'map'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={view === choice}
              onClick={() => {
                setParams(writeQuery(query, choice), { replace: true });
              }}
            >
              {t(`directory.${choice}`)}
            </button>
          ))}
        </div>
        <ErrorMessage>{results.error ? describeError(results.error) : null}</ErrorMessage>
        {results.loading ? (
          <Loading label={t('common.loading')} />
        ) : found ? (
          <p role="status">
            {found.items.length === 0
              ? t('directory.count', { found: found.total })
              : t('directory.showing', {
                  total: found.total,
                  from: first,
                  to: first + found.items.length - 1,
                })}
          </p>
        ) : null}
        {found && found.items.length === 0 && !results.loading ? (
          <p>{t('directory.none')}</p>
        ) : null}
        {found && found.items.length > 0 ? (
          view === 'map' ? (
            <ServiceMap
              places={places}
              searchPoint={found.near ?? query.near}
              linkState={linkState}
            />
          ) : (
            <ol className="service-list" start={first}>
              {found.items.map((service, index) => (
                <li key={service.id}>
                  <ServiceSummary service={service} number={first + index} />
                </li>
              ))}
            </ol>
          )
        ) : null}
        {found ? (
          <Pager page={Math.min(query.page, pages)} pages={pages} hrefFor={hrefFor} />
        ) : null}
      </section>
    </>
  );
}

/** After moving to another page of results, start reading at the results' heading. */
function useFocusResultsOnNewPage(page: number) {
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.getElementById('directory-results')?.focus();
  }, [page]);
}
