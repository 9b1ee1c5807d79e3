// Recording what happened, in under a minute on a phone: what (only the types the person's roles
// record), when (now unless changed; never later), where (it travels with the tasks), and the
// few details of that type. The protocol fires when it is saved (docs/PROTOCOL.md, Events).
import { useEffect, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordableEventTypes } from '../../../../../domain/case-events.js';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../../hooks';
import { useSignedIn } from '../../../session';
import type { YouthRecord } from '../../../types';
import { recordEvent } from '../../../work-api';
import type { RecordedEvent } from '../../../work-types';
import { deviceTimeZone } from '../../work/time-words';
import { EventDetailsFields } from './EventDetailsFields';
import {
  detailsOf,
  draftErrors,
  emptyDraft,
  fromLocalInput,
  toLocalInput,
  type DraftErrors,
  type DraftField,
  type EventDraft,
} from './event-draft';

export function EventForm(props: {
  youth: YouthRecord;
  onRecorded: (recorded: RecordedEvent) => void;
}) {
  const { youth } = props;
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeError();
  const types = recordableEventTypes(user.roles);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<EventDraft>(() => emptyDraft(types[0] ?? '', new Date()));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  const set = (field: DraftField, value: string | boolean) => {
    setDraft((before) => ({ ...before, [field]: value }));
    setErrors((before) => ({ ...before, [field]: undefined }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const now = new Date();
    const found = draftErrors(draft, now);
    const occurredAt = fromLocalInput(draft.occurredAt);
    if (Object.values(found).some(Boolean) || draft.type === '' || occurredAt === null) {
      setErrors(found);
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const type = draft.type;
      props.onRecorded(
        await recordEvent(youth.id, {
          type,
          occurredAt: occurredAt.toISOString(),
          details: detailsOf({ ...draft, type }),
        }),
      );
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const whenError =
    errors.occurredAt === 'future'
      ? t('events.whenFuture')
      : errors.occurredAt
        ? t('events.whenInvalid')
        : undefined;

  return (
    <form ref={form} className="event-form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorMessage>{failure}</ErrorMessage>
      <Field
        label={t('events.type')}
        error={errors.type ? t('events.required') : undefined}
        required
      >
        {(control) => (
          <select
            {...control}
            value={draft.type}
            onChange={(event) => {
              const type = types.find((candidate) => candidate === event.target.value) ?? '';
              setDraft((before) => ({ ...before, type }));
              setErrors({});
            }}
          >
            {types.map((type) => (
              <option key={type} value={type}>
                {t(`events.types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('events.when')}
        hint={t('events.whenHint', { zone: deviceTimeZone() })}
        error={whenError}
        required
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={draft.occurredAt}
            max={toLocalInput(new Date())}
            onChange={(event) => {
              set('occurredAt', event.target.value);
            }}
          />
        )}
      </Field>
      <TextField
        label={t('events.where')}
        hint={t('events.whereHint')}
        value={draft.where}
        onChange={(value) => {
          set('where', value.slice(0, 500));
        }}
        optional
      />
      {draft.type === '' ? null : (
        <EventDetailsFields
          type={draft.type}
          draft={draft}
          errors={errors}
          jurisdictionId={youth.jurisdictionId}
          onChange={set}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('events.saving') : t('events.save')}
        </button>
      </div>
    </form>
  );
}
