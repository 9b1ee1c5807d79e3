import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganizations } from '../../api';
import { Field } from '../../components/Field';
import { useApiData } from '../../hooks';
import type { Jurisdiction } from '../../types';

export interface DirectoryFilter {
  /** '' means every jurisdiction (and every organization). */
  jurisdictionId: string;
  organizationId: string;
  function: string;
}

export function PointPersonFilters(props: {
  jurisdictions: readonly Jurisdiction[];
  initial: DirectoryFilter;
  onSearch: (filter: DirectoryFilter) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.initial);
  const organizations = useApiData(`organizations:${draft.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: draft.jurisdictionId || undefined }),
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSearch(draft);
  };
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('pointPersons.filters')}
      onSubmit={submit}
    >
      <Field label={t('pointPersons.jurisdiction')}>
        {(control) => (
          <select
            {...control}
            value={draft.jurisdictionId}
            onChange={(event) => {
              setDraft({ ...draft, jurisdictionId: event.target.value, organizationId: '' });
            }}
          >
            <option value="">{t('pointPersons.allJurisdictions')}</option>
            {props.jurisdictions.map((jurisdiction) => (
              <option key={jurisdiction.id} value={jurisdiction.id}>
                {jurisdiction.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('pointPersons.organization')}>
        {(control) => (
          <select
            {...control}
            value={draft.organizationId}
            onChange={(event) => {
              setDraft({ ...draft, organizationId: event.target.value });
            }}
          >
            <option value="">{t('pointPersons.allOrganizations')}</option>
            {(organizations.data ?? []).map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('pointPersons.functionFilter')} hint={t('pointPersons.functionHint')}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={draft.function}
            onChange={(event) => {
              setDraft({ ...draft, function: event.target.value });
            }}
          />
        )}
      </Field>
      <button type="submit" className="primary">
        {t('pointPersons.search')}
      </button>
    </form>
  );
}
