// Youth records: find a case by number or (where visible) name, or open a new record.
import { startTransition, useOptimistic, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Checkbox, Field } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { searchYouthByStatus } from '../../records-api';
import { BirthYearFlag } from './BirthYearFlag';
import { youthName } from './names';
import { NewYouthForm } from './NewYouthForm';

export function YouthSearchPage() {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  usePageTitle(t('youth.title'));
  const [params, setParams] = useSearchParams();
  const submitted = params.get('query') ?? '';
  // Closed cases leave the default list; "show closed" brings them back (?closed=1).
  const showClosed = params.get('closed') === '1';
  // The box shows a click at once; the address (a navigation React finishes in a transition)
  // follows, and the box then shows the address again.
  const [closedBox, setClosedBox] = useOptimistic(showClosed);
  const [draft, setDraft] = useState(submitted);
  const [creating, setCreating] = useState(false);
  const results = useApiData(`youth:${submitted}:${String(showClosed)}`, () =>
    searchYouthByStatus(submitted, showClosed ? 'all' : 'open'),
  );

  const listParams = (text: string, closed: boolean) => ({
    ...(text ? { query: text } : {}),
    ...(closed ? { closed: '1' } : {}),
  });
  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(listParams(draft.trim(), showClosed));
  };
  const found = results.data ?? [];
  return (
    <>
      <h1>{t('youth.title')}</h1>
      <p>{t('youth.intro')}</p>
      <form
        className="search-form"
        role="search"
        aria-label={t('youth.searchLabel')}
        onSubmit={search}
      >
        <Field label={t('youth.query')} hint={t('youth.queryHint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary">
          {t('youth.search')}
        </button>
        <Checkbox
          label={t('records.list.showClosed')}
          checked={closedBox}
          onChange={(checked) => {
            startTransition(() => {
              setClosedBox(checked);
              setParams(listParams(submitted, checked));
            });
          }}
        />
      </form>

      {creating ? (
        <NewYouthForm
          onCancel={() => {
            setCreating(false);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('youth.new')}
          </button>
        </p>
      )}

      <section aria-labelledby="youth-results">
        <h2 id="youth-results">
          {submitted ? t('youth.resultsFor', { query: submitted }) : t('youth.results')}
        </h2>
        <ErrorMessage>{results.error ? describeError(results.error) : null}</ErrorMessage>
        {results.loading ? (
          <Loading label={t('common.loading')} />
        ) : (
          <p role="status">{t('youth.count', { found: found.length })}</p>
        )}
        <ul className="youth-list">
          {found.map((youth) => {
            const name = youth.identity ? youthName(youth.identity, t) : null;
            return (
              <li key={youth.id}>
                <Link to={`/youth/${encodeURIComponent(youth.id)}`} className="case-number">
                  {t('youth.case', { caseNumber: youth.caseNumber })}
                </Link>
                {youth.identity === null ? (
                  <span className="badge badge-off">{t('youth.identityWithheld')}</span>
                ) : (
                  <>
                    <span>{name ?? t('youth.noName')}</span>
                    <BirthYearFlag identity={youth.identity} />
                  </>
                )}
                {youth.status === 'closed' ? (
                  <span className="badge badge-off">{t('records.list.closed')}</span>
                ) : null}
                <span className="muted">
                  {t('youth.openedOn', {
                    date: formatDate(youth.createdAt.slice(0, 10), i18n.language),
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
