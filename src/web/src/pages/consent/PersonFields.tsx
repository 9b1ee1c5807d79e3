// Recording a person around the youth (a guardian, a relative, a suspected exploiter), from
// inside the consent form.
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPerson } from '../../api';
import { Checkbox } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';

/**
 * Records a person around the youth. Inside the consent form, so no nested <form>: its own
 * button saves it, and Enter in its fields saves it instead of submitting the consent.
 */
export function PersonFields(props: {
  youthId: string;
  onRecorded: (id: string, suspected: boolean) => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState('');
  const [suspected, setSuspected] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; relationship?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const group = useRef<HTMLFieldSetElement>(null);

  const save = async () => {
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('errors.required');
    if (!relationship.trim()) found.relationship = t('errors.required');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => {
        group.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    setBusy(true);
    try {
      const { id } = await addPerson(props.youthId, {
        name: name.trim(),
        relationship: relationship.trim(),
        suspectedExploiter: suspected,
      });
      setSaved(
        suspected
          ? t('consent.personSavedSuspected', { name: name.trim() })
          : t('consent.personSaved', { name: name.trim() }),
      );
      props.onRecorded(id, suspected);
      setName('');
      setRelationship('');
      setSuspected(false);
      setOpen(false);
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };
  const enterSaves = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void save();
    }
  };

  return (
    <>
      <StatusMessage>{saved}</StatusMessage>
      {open ? (
        <fieldset ref={group} className="panel" onKeyDown={enterSaves}>
          <legend>{t('consent.recordPerson')}</legend>
          <ErrorMessage>{failure}</ErrorMessage>
          <TextField
            label={t('consent.personName')}
            value={name}
            onChange={setName}
            error={errors.name}
            required
          />
          <TextField
            label={t('consent.relationship')}
            hint={t('consent.relationshipHint')}
            value={relationship}
            onChange={setRelationship}
            error={errors.relationship}
            required
          />
          <Checkbox
            label={t('consent.suspectedExploiter')}
            checked={suspected}
            onChange={setSuspected}
          />
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
              {t('consent.savePerson')}
            </button>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              setOpen(true);
            }}
          >
            {t('consent.recordPerson')}
          </button>
        </p>
      )}
    </>
  );
}
