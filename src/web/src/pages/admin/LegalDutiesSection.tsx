// The legal profile's duties to disclose: the only statutory duties and mandated reports an
// organization may record, each releasing only the recorder's own information
// (docs/CONFIDENTIALITY.md). The coordinator or an administrator adds, edits and removes them.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDuty } from '../../../../domain/legal-profile.js';
import { ConfirmActions, useFocusAfterConfirm } from '../../components/ConfirmActions';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useCategoryNames, useDescribeReleaseError } from '../releases/words';
import { DutyForm } from './DutyForm';

export function LegalDutiesSection(props: {
  duties: readonly LegalDuty[];
  /** Saves the whole list; absent for people who only read the profile. */
  onSave?: ((duties: LegalDuty[]) => Promise<void>) | undefined;
}) {
  const { duties, onSave } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<{ code: string } | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (next: LegalDuty[], message: string) => {
    if (!onSave) return;
    await onSave(next);
    setEditing(null);
    setSaved(message);
  };

  return (
    <section aria-labelledby={headingId} className="legal-duties">
      <h2 id={headingId}>{t('duties.heading')}</h2>
      <p>{t('duties.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      {duties.length === 0 ? (
        <p>{t('duties.none')}</p>
      ) : (
        <ul className="cards">
          {duties.map((duty) => (
            <li key={duty.code}>
              {onSave && editing !== null && editing !== 'new' && editing.code === duty.code ? (
                <DutyForm
                  duty={duty}
                  takenCodes={duties.filter((d) => d !== duty).map((d) => d.code)}
                  onSave={(changed) =>
                    save(
                      duties.map((d) => (d === duty ? changed : d)),
                      t('duties.saved', { name: changed.name }),
                    )
                  }
                  onCancel={() => {
                    setEditing(null);
                  }}
                />
              ) : (
                <DutyCard
                  duty={duty}
                  onEdit={
                    onSave
                      ? () => {
                          setSaved(null);
                          setEditing({ code: duty.code });
                        }
                      : undefined
                  }
                  onRemove={
                    onSave
                      ? () =>
                          save(
                            duties.filter((d) => d !== duty),
                            t('duties.removed', { name: duty.name }),
                          )
                      : undefined
                  }
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {onSave && editing === 'new' ? (
        <DutyForm
          takenCodes={duties.map((d) => d.code)}
          onSave={(added) => save([...duties, added], t('duties.saved', { name: added.name }))}
          onCancel={() => {
            setEditing(null);
          }}
        />
      ) : null}
      {onSave && editing === null ? (
        <p>
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              setEditing('new');
            }}
          >
            {t('duties.add')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function DutyCard(props: {
  duty: LegalDuty;
  onEdit: (() => void) | undefined;
  onRemove: (() => Promise<void>) | undefined;
}) {
  const { duty, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const categoryNames = useCategoryNames();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const ask = useFocusAfterConfirm(confirming);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    if (!onRemove) return;
    setFailure(null);
    setBusy(true);
    try {
      await onRemove();
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };
  // Which duty each button acts on, for screen readers reading a list of "Edit" buttons.
  const which = <span className="visually-hidden"> {duty.name}</span>;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{duty.name}</h3>
      <p className="badge badge-on">{t(`duties.kinds.${duty.kind}`)}</p>
      <dl className="details">
        <div>
          <dt>{t('duties.citation')}</dt>
          <dd>{duty.citation}</dd>
        </div>
        <div>
          <dt>{t('duties.bound')}</dt>
          <dd>
            {duty.recorderOrganizationTypes
              .map((type) => t(`organizationTypes.${type}`))
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('duties.categories')}</dt>
          <dd>{categoryNames(duty.categories)}</dd>
        </div>
        <div>
          <dt>{t('duties.code')}</dt>
          <dd>
            <code>{duty.code}</code>
          </dd>
        </div>
      </dl>
      <ErrorMessage>{failure}</ErrorMessage>
      {confirming ? (
        <ConfirmActions
          question={t('duties.confirmRemove', { name: duty.name })}
          confirmLabel={t('duties.removeConfirm')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : onEdit && onRemove ? (
        <div className="actions">
          <button type="button" onClick={onEdit}>
            {t('duties.edit')}
            {which}
          </button>
          <button
            ref={ask}
            type="button"
            onClick={() => {
              setFailure(null);
              setConfirming(true);
            }}
          >
            {t('duties.remove')}
            {which}
          </button>
        </div>
      ) : null}
    </article>
  );
}
