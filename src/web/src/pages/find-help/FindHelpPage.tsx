// The public search: words and a kind of help, over the public directory (GET /api/hsds/services),
// a page of places at a time, each with its phone, address (never a confidential one: the API leaves
// those out) and hours; on a map too if asked, the directory's (numbered as the list).
import { useMemo, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NEED_LABELS, NEEDS, type Need } from '../../../../domain/matching.js';
import { Field } from '../../components/Field';
import { ErrorMessage, Loading } from '../../components/Messages';
import {
  FIND_HELP_PAGE_SIZE,
  listPublicNeeds,
  searchPublicServices,
  type HsdsObject,
  type HsdsPage,
} from '../../find-help-api';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { currentLanguage } from '../../i18n';
import { telHref } from '../../validation';
import type { MapPlace } from '../directory/map-places';
import { ServiceMap } from '../directory/ServiceMap';
import { useFindHelpSearch } from './FindHelpFrame';
import { HoursText } from './HoursText';
import { readPublicService, shortDescription, type PublicService } from './public-service';

const isNeed = (code: unknown): code is Need => NEEDS.some((need) => need === code);

export function FindHelpPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  usePageTitle(t('findHelp.title'));
  const { search, setSearch } = useFindHelpSearch();
  const results = useApiData(`find-help:${JSON.stringify(search)}`, () =>
    searchPublicServices(search),
  );
  const places = useMemo(() => readPlaces(results.data), [results.data]);
  const pages = results.data?.total_pages ?? 1;
  const first = (search.page - 1) * FIND_HELP_PAGE_SIZE + 1;
  const mapPlaces = useMemo(() => placesOnMap(places, first), [places, first]);
  const [mapShown, setMapShown] = useState(false);
  // Loaded here, not in the form, which is made anew after each search.
  const needs = useApiData('find-help:needs', listPublicNeeds);

  return (
    <>
      <h1>{t('findHelp.title')}</h1>
      <p className="lead">{t('findHelp.intro')}</p>
      <SearchForm
        key={`${search.words}|${search.termId}`}
        words={search.words}
        termId={search.termId}
        needs={needs.data?.contents ?? []}
        onSearch={(words, termId) => {
          setSearch({ words, termId, page: 1 });
        }}
      />
      <section aria-labelledby="find-help-results">
        <h2 id="find-help-results">{t('findHelp.results')}</h2>
        <ErrorMessage>{results.error ? describeError(results.error) : null}</ErrorMessage>
        {results.loading ? <Loading label={t('common.loading')} /> : null}
        {!results.loading && results.data ? (
          <p role="status">
            {results.data.total_items === 0
              ? t('findHelp.none')
              : t('findHelp.found', { count: results.data.total_items })}
          </p>
        ) : null}
        {places.length > 0 ? (
          <button
            type="button"
            aria-expanded={mapShown}
            onClick={() => {
              setMapShown((shown) => !shown);
            }}
          >
            {mapShown ? t('findHelpMap.hide') : t('findHelpMap.show')}
          </button>
        ) : null}
        {mapShown && places.length > 0 ? (
          <ServiceMap places={mapPlaces} searchPoint={null} />
        ) : null}
        <ul className="service-list">
          {places.map((place, index) => (
            <li key={place.id}>
              <PlaceSummary place={place} number={mapShown ? first + index : null} />
            </li>
          ))}
        </ul>
        {pages > 1 ? (
          <nav className="pager" aria-label={t('findHelp.pages')}>
            {search.page > 1 ? (
              <button
                type="button"
                onClick={() => {
                  setSearch({ ...search, page: search.page - 1 });
                }}
              >
                {t('findHelp.previous')}
              </button>
            ) : null}
            <span>{t('findHelp.pageOf', { page: search.page, pages })}</span>
            {search.page < pages ? (
              <button
                type="button"
                onClick={() => {
                  setSearch({ ...search, page: search.page + 1 });
                }}
              >
                {t('findHelp.next')}
              </button>
            ) : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}

function SearchForm(props: {
  words: string;
  termId: string;
  needs: readonly HsdsObject[];
  onSearch: (words: string, termId: string) => void;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [words, setWords] = useState(props.words);
  const [termId, setTermId] = useState(props.termId);
  const language = currentLanguage();
  // Lantern's own needs are named in the reader's language; other terms as the directory has them.
  const choices = props.needs
    .flatMap((term) => {
      const id = typeof term.id === 'string' ? term.id : null;
      const name = typeof term.name === 'string' ? term.name : null;
      if (!id || !name) return [];
      return [{ id, label: isNeed(term.code) ? NEED_LABELS[term.code][language] : name }];
    })
    .sort((a, b) => a.label.localeCompare(b.label, language));

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSearch(words.trim().slice(0, 200), termId);
  };
  return (
    <form
      ref={form}
      role="search"
      aria-label={t('findHelp.searchLabel')}
      className="find-help-form"
      noValidate
      onSubmit={submit}
    >
      <Field label={t('findHelp.words')} hint={t('findHelp.wordsHint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            maxLength={200}
            autoComplete="off"
            value={words}
            onChange={(event) => {
              setWords(event.target.value);
            }}
          />
        )}
      </Field>
      <Field label={t('findHelp.need')}>
        {(control) => (
          <select
            {...control}
            value={termId}
            onChange={(event) => {
              setTermId(event.target.value);
            }}
          >
            <option value="">{t('findHelp.anyNeed')}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="primary">
        {t('findHelp.search')}
      </button>
    </form>
  );
}

function readPlaces(page: HsdsPage | undefined): PublicService[] {
  return (page?.contents ?? [])
    .map(readPublicService)
    .filter((place): place is PublicService => place !== null);
}

function placesOnMap(places: readonly PublicService[], first: number): MapPlace[] {
  return places.map((place, index) => ({
    id: place.id,
    name: place.name,
    href: `/find-help/services/${encodeURIComponent(place.id)}`,
    number: first + index,
    locations: place.locations,
  }));
}

/** `number`: its marker's number while the map is shown. */
function PlaceSummary({ place, number }: { place: PublicService; number: number | null }) {
  const { t } = useTranslation();
  const description = shortDescription(place.description);
  return (
    <article className="service-summary" aria-labelledby={`place-${place.id}`}>
      <h3 id={`place-${place.id}`}>
        {number === null ? null : (
          <span className="result-number" aria-hidden="true">
            {number}
          </span>
        )}
        <Link to={`/find-help/services/${encodeURIComponent(place.id)}`}>{place.name}</Link>
      </h3>
      {place.organization ? (
        <p className="muted">{t('findHelp.organization', { name: place.organization })}</p>
      ) : null}
      {description ? <p>{description}</p> : null}
      <dl className="contact">
        {place.phones.slice(0, 1).map((phone) => (
          <div key={phone}>
            <dt>{t('findHelp.call')}</dt>
            <dd>
              <a href={telHref(phone)}>{phone}</a>
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('findHelp.address')}</dt>
          <dd>{place.addresses[0] ?? t('findHelp.noAddress')}</dd>
        </div>
        {place.open24Hours || place.hours.length > 0 ? (
          <div>
            <dt>{t('findHelp.hours')}</dt>
            <dd>
              <HoursText place={place} />
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
