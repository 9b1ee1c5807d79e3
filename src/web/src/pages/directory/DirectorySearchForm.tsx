// The directory's search box and filters: words, need, age, language, area, kind of service,
// CSEC-specialized, open places, alternatives to detention, and a place to search near (the
// browser's location, a ZIP code or city, or a typed point).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NEEDS, SERVICE_LEVELS } from '../../../../domain/matching.js';
import { Checkbox, Field } from '../../components/Field';
import { StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { WholeNumberField, parseWholeNumber } from '../../components/WholeNumberField';
import { focusFirstInvalid } from '../../hooks';
import { kmAndMiles } from './format';
import { DISTANCE_LIMITS_KM, SORTS, filtersOn, parsePoint } from './search-params';
import type { DirectoryQuery, Sort } from './search-params';

interface Draft {
  q: string;
  need: string;
  age: string;
  language: string;
  area: string;
  level: string;
  csecSpecialized: boolean;
  openCapacity: boolean;
  alternativeToDetention: boolean;
  place: string;
  latitude: string;
  longitude: string;
  withinKm: string;
  sort: Sort;
}
type Errors = Partial<Record<'age' | 'place' | 'latitude' | 'longitude', string>>;

function draftOf(query: DirectoryQuery): Draft {
  return {
    q: query.q,
    need: query.need ?? '',
    age: query.age === null ? '' : String(query.age),
    language: query.language,
    area: query.area,
    level: query.level ?? '',
    csecSpecialized: query.csecSpecialized,
    openCapacity: query.openCapacity,
    alternativeToDetention: query.alternativeToDetention,
    place: query.place,
    latitude: query.near ? String(query.near.latitude) : '',
    longitude: query.near ? String(query.near.longitude) : '',
    withinKm: query.withinKm === null ? '' : String(query.withinKm),
    sort: query.sort,
  };
}

/**
 * Distance sorting means nothing without a point; a point newly given sorts by distance unless
 * the person chose another order.
 */
function sortFor(chosen: Sort, hasPoint: boolean, hadPoint: boolean): Sort {
  if (!hasPoint) return chosen === 'distance' ? 'relevance' : chosen;
  return !hadPoint && chosen === 'relevance' ? 'distance' : chosen;
}

/** Five decimals: about a metre, and what the API's `near` accepts. */
const coordinate = (value: number) => String(Math.round(value * 1e5) / 1e5);

export function DirectorySearchForm(props: {
  query: DirectoryQuery;
  onSearch: (query: DirectoryQuery) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const pointHintId = useId();
  const [draft, setDraft] = useState(() => draftOf(props.query));
  const [errors, setErrors] = useState<Errors>({});
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed' | 'unavailable' | 'done'>(
    'idle',
  );
  const set =
    <Name extends keyof Draft>(name: Name) =>
    (value: Draft[Name]) => {
      setDraft((before) => ({ ...before, [name]: value }));
    };

  /** The query the draft describes, or null (with errors shown) when part of it is unreadable. */
  const read = (next: Draft): DirectoryQuery | null => {
    const found: Errors = {};
    const age = next.age.trim() === '' ? null : parseWholeNumber(next.age, 0, 120);
    if (next.age.trim() !== '' && age === null) found.age = t('directory.invalidAge');
    const hasLatitude = next.latitude.trim() !== '';
    const hasLongitude = next.longitude.trim() !== '';
    const near = parsePoint(next.latitude, next.longitude);
    const place = next.place.trim();
    if (place !== '' && (hasLatitude || hasLongitude)) {
      found.place = t('directory.placeOrPoint');
    } else if (hasLatitude !== hasLongitude) {
      found[hasLatitude ? 'longitude' : 'latitude'] = t('directory.pointIncomplete');
    } else if (hasLatitude && near === null) {
      const latitude = Number(next.latitude.trim());
      if (!Number.isFinite(latitude) || Math.abs(latitude) > 90) {
        found.latitude = t('directory.invalidLatitude');
      } else found.longitude = t('directory.invalidLongitude');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return null;
    }
    const withinKm = DISTANCE_LIMITS_KM.find((km) => String(km) === next.withinKm) ?? null;
    return {
      q: next.q.trim(),
      need: NEEDS.find((need) => need === next.need) ?? null,
      age,
      language: next.language.trim(),
      area: next.area.trim(),
      level: SERVICE_LEVELS.find((level) => level === next.level) ?? null,
      csecSpecialized: next.csecSpecialized,
      openCapacity: next.openCapacity,
      alternativeToDetention: next.alternativeToDetention,
      near,
      place,
      withinKm,
      sort: sortFor(
        next.sort,
        near !== null || place !== '',
        props.query.near !== null || props.query.place !== '',
      ),
      page: 1,
    };
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = read(draft);
    if (query) props.onSearch(query);
  };

  const useMyLocation = () => {
    if (!('geolocation' in navigator)) {
      setLocating('unavailable');
      return;
    }
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const next: Draft = {
          ...draft,
          place: '',
          latitude: coordinate(position.coords.latitude),
          longitude: coordinate(position.coords.longitude),
          sort: 'distance',
        };
        setDraft(next);
        setLocating('done');
        const query = read(next);
        if (query) props.onSearch(query);
      },
      () => {
        setLocating('failed');
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  };

  const locationMessage = {
    idle: null,
    busy: t('directory.locating'),
    failed: null,
    unavailable: null,
    done: t('directory.located'),
  }[locating];
  const locationError =
    locating === 'failed'
      ? t('directory.locationFailed')
      : locating === 'unavailable'
        ? t('directory.noGeolocation')
        : null;
  const sortLabels: Record<Sort, string> = {
    relevance: t('directory.sortRelevance'),
    distance: t('directory.sortDistance'),
    name: t('directory.sortName'),
  };
  return (
    <form
      ref={form}
      className="directory-search"
      role="search"
      aria-label={t('directory.searchLabel')}
      noValidate
      onSubmit={submit}
    >
      <div className="search-form">
        <Field label={t('directory.query')} hint={t('directory.queryHint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={draft.q}
              onChange={(event) => {
                set('q')(event.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary">
          {t('directory.search')}
        </button>
      </div>

      <details className="filters-panel" open={filtersOn(props.query)}>
        <summary>
          {filtersOn(props.query) ? t('directory.filtersOn') : t('directory.filters')}
        </summary>
        <div className="field-row">
          <Field label={t('directory.need')}>
            {(control) => (
              <select
                {...control}
                value={draft.need}
                onChange={(event) => {
                  set('need')(event.target.value);
                }}
              >
                <option value="">{t('directory.anyNeed')}</option>
                {NEEDS.map((need) => (
                  <option key={need} value={need}>
                    {t(`directory.needs.${need}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <WholeNumberField
            label={t('directory.age')}
            hint={t('directory.ageHint')}
            value={draft.age}
            onChange={set('age')}
            error={errors.age}
          />
          <TextField
            label={t('directory.language')}
            hint={t('directory.languageHint')}
            value={draft.language}
            onChange={set('language')}
          />
          <TextField
            label={t('directory.area')}
            hint={t('directory.areaHint')}
            value={draft.area}
            onChange={set('area')}
          />
          <Field label={t('directory.level')}>
            {(control) => (
              <select
                {...control}
                value={draft.level}
                onChange={(event) => {
                  set('level')(event.target.value);
                }}
              >
                <option value="">{t('directory.anyLevel')}</option>
                {SERVICE_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`directory.levels.${level}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('directory.sort')}>
            {(control) => (
              <select
                {...control}
                value={draft.sort}
                onChange={(event) => {
                  set('sort')(SORTS.find((sort) => sort === event.target.value) ?? 'relevance');
                }}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {sortLabels[sort]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Checkbox
          label={t('directory.csecOnly')}
          checked={draft.csecSpecialized}
          onChange={set('csecSpecialized')}
        />
        <Checkbox
          label={t('directory.openOnly')}
          checked={draft.openCapacity}
          onChange={set('openCapacity')}
        />
        <Checkbox
          label={t('alternatives.filter')}
          checked={draft.alternativeToDetention}
          onChange={set('alternativeToDetention')}
        />

        <fieldset className="field near-point" aria-describedby={pointHintId}>
          <legend>{t('directory.distance')}</legend>
          <p id={pointHintId} className="hint">
            {t('directory.distanceHint')}
          </p>
          <p>
            <button type="button" onClick={useMyLocation} disabled={locating === 'busy'}>
              {t('directory.useMyLocation')}
            </button>
          </p>
          {locationError ? (
            <p className="field-error" role="alert">
              {locationError}
            </p>
          ) : null}
          <StatusMessage>{locationMessage}</StatusMessage>
          <TextField
            label={t('directory.place')}
            hint={t('directory.placeHint')}
            value={draft.place}
            onChange={set('place')}
            error={errors.place}
          />
          <div className="field-row">
            <TextField
              label={t('directory.latitude')}
              hint={t('directory.latitudeHint')}
              value={draft.latitude}
              onChange={set('latitude')}
              error={errors.latitude}
            />
            <TextField
              label={t('directory.longitude')}
              hint={t('directory.longitudeHint')}
              value={draft.longitude}
              onChange={set('longitude')}
              error={errors.longitude}
            />
          </div>
          <Field label={t('directory.within')}>
            {(control) => (
              <select
                {...control}
                value={draft.withinKm}
                onChange={(event) => {
                  set('withinKm')(event.target.value);
                }}
              >
                <option value="">{t('directory.anyDistance')}</option>
                {DISTANCE_LIMITS_KM.map((km) => (
                  <option key={km} value={String(km)}>
                    {t('directory.withinKm', kmAndMiles(km, i18n.language))}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <div className="actions">
          <button type="submit" className="primary">
            {t('directory.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setErrors({});
              setLocating('idle');
              props.onClear();
            }}
          >
            {t('directory.clear')}
          </button>
        </div>
      </details>
    </form>
  );
}
