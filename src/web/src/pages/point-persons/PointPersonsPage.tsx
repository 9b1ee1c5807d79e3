// The cross-agency "who to call" directory. Everyone can read it; coordinators keep it current.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listJurisdictions, listPointPersons } from '../../api';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { PointPerson } from '../../types';
import { PointPersonCard } from './PointPersonCard';
import { PointPersonFilters } from './PointPersonFilters';
import type { DirectoryFilter } from './PointPersonFilters';
import { PointPersonForm } from './PointPersonForm';

export function PointPersonsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('pointPersons.title'));
  const canManage = allowedActions.includes('pointPerson.manage');
  const [filter, setFilter] = useState<DirectoryFilter>({
    jurisdictionId: user.jurisdictionId,
    organizationId: '',
    function: '',
  });
  // 'new', or the id of the point person being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const jurisdictions = useApiData('jurisdictions', listJurisdictions);
  const directory = useApiData(JSON.stringify(filter), () =>
    listPointPersons({
      jurisdictionId: filter.jurisdictionId || undefined,
      organizationId: filter.organizationId || undefined,
      function: filter.function.trim() || undefined,
    }),
  );

  const afterSave = (pointPerson: PointPerson) => {
    setEditing(null);
    setSaved(t('pointPersons.saved', { name: pointPerson.name }));
    directory.reload();
  };
  const pointPersons = directory.data ?? [];
  return (
    <>
      <h1>{t('pointPersons.title')}</h1>
      <p>{t('pointPersons.intro')}</p>
      <PointPersonFilters
        jurisdictions={jurisdictions.data ?? []}
        initial={filter}
        onSearch={(next) => {
          setSaved(null);
          setFilter(next);
        }}
      />
      <StatusMessage>{saved}</StatusMessage>
      {canManage ? (
        editing === 'new' ? (
          <PointPersonForm
            jurisdictionId={user.jurisdictionId}
            onSaved={afterSave}
            onCancel={() => {
              setEditing(null);
            }}
          />
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                setSaved(null);
                setEditing('new');
              }}
            >
              {t('pointPersons.add')}
            </button>
          </p>
        )
      ) : null}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('pointPersons.results')}</h2>
        <ErrorMessage>
          {directory.error
            ? describeError(directory.error)
            : jurisdictions.error
              ? describeError(jurisdictions.error)
              : null}
        </ErrorMessage>
        {directory.loading ? (
          <Loading label={t('common.loading')} />
        ) : (
          <p role="status">{t('pointPersons.count', { found: pointPersons.length })}</p>
        )}
        <ul className="cards">
          {pointPersons.map((pointPerson) => (
            <li key={pointPerson.id}>
              {editing === pointPerson.id ? (
                <PointPersonForm
                  jurisdictionId={user.jurisdictionId}
                  pointPerson={pointPerson}
                  onSaved={afterSave}
                  onCancel={() => {
                    setEditing(null);
                  }}
                />
              ) : (
                <PointPersonCard
                  pointPerson={pointPerson}
                  onEdit={
                    canManage && pointPerson.jurisdictionId === user.jurisdictionId
                      ? () => {
                          setSaved(null);
                          setEditing(pointPerson.id);
                        }
                      : undefined
                  }
                />
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
