// Beside a category's notes: its structured entries (addresses and phones with who may be called,
// placements, school), as far as the reader may read them, each with who recorded it and why the
// reader sees it; earlier versions on demand; a small form to add one, and to correct one's own
// (ending a placement is a correction). The server says what the reader may do
// (docs/CONFIDENTIALITY.md, "Structured contact, placement and education").
import type { TFunction } from 'i18next';
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADDRESS_KINDS,
  ENROLMENT_STATUSES,
  GRADES,
  MAY_CALL,
  PLACEMENT_TYPES,
  STRUCTURED_GROUPS,
  type AddressKind,
  type EnrolmentStatus,
  type Grade,
  type MayCall,
  type PlacementType,
  type StructuredKind,
} from '../../../../../domain/structured-records.js';
import { Field } from '../../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDate, useApiData, useDescribeError } from '../../../hooks';
import {
  correctStructured,
  listStructured,
  recordStructured,
  type StructuredCategory,
  type StructuredEntry,
  type StructuredEntryView,
} from '../../../structured-api';

export function isStructuredCategory(category: string): category is StructuredCategory {
  return category in STRUCTURED_GROUPS;
}

export function StructuredPanel(props: { youthId: string; category: StructuredCategory }) {
  const { youthId, category } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const list = useApiData(`structured:${youthId}:${category}`, () =>
    listStructured(youthId, category),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const entries = list.data?.entries ?? [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const current = entries.filter((e) => e.supersededById === null || !byId.has(e.supersededById));
  const earlierOf = (entry: StructuredEntryView) => {
    const found: StructuredEntryView[] = [];
    for (let at = entry.supersedesId; at;) {
      const earlier = byId.get(at);
      if (!earlier) break;
      found.push(earlier);
      at = earlier.supersedesId;
    }
    return found;
  };
  const done = (message: string) => {
    setSaved(message);
    list.reload();
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`structured.heading.${category}`)}</h3>
      <ErrorMessage>{list.error ? describeError(list.error) : null}</ErrorMessage>
      {list.loading && list.data === undefined ? <Loading label={t('common.loading')} /> : null}
      {list.data && current.length === 0 ? <p>{t('structured.none')}</p> : null}
      {current.length > 0 ? (
        <ul className="notes">
          {current.map((entry) => (
            <li key={entry.id} className="note">
              <EntrySummary entry={entry} />
              {earlierOf(entry).length > 0 ? (
                <details>
                  <summary>{t('structured.earlier', { count: earlierOf(entry).length })}</summary>
                  <ol>
                    {earlierOf(entry).map((earlier) => (
                      <li key={earlier.id}>
                        <EntrySummary entry={earlier} />
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
              {entry.correctable ? (
                <details>
                  <summary>
                    {t(
                      entry.kind === 'placement' && entry.endsOn === null
                        ? 'structured.correctOrEnd'
                        : 'structured.correct',
                    )}
                  </summary>
                  <EntryForm
                    kind={entry.kind}
                    initial={entry}
                    correcting
                    onSubmit={async (next, reason) => {
                      await correctStructured(youthId, category, entry.id, {
                        ...next,
                        correctionReason: reason,
                      });
                      done(t('structured.corrected'));
                    }}
                  />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage>{saved}</StatusMessage>
      {list.data?.allowedActions.includes('record')
        ? STRUCTURED_GROUPS[category].map((kind) => (
            <details key={kind}>
              <summary>{t(`structured.add.${kind}`)}</summary>
              <EntryForm
                kind={kind}
                initial={null}
                correcting={false}
                onSubmit={async (entry) => {
                  await recordStructured(youthId, category, entry);
                  done(t('structured.saved'));
                }}
              />
            </details>
          ))
        : null}
    </section>
  );
}

function EntrySummary({ entry }: { entry: StructuredEntryView }) {
  const { t, i18n } = useTranslation();
  const day = (value: string | null) => (value ? formatDate(value, i18n.language) : null);
  const since =
    'since' in entry && entry.since ? t('structured.since', { day: day(entry.since) }) : '';
  let main: string;
  let detail: string | null = null;
  switch (entry.kind) {
    case 'address':
      main = `${t(`structured.addressKinds.${entry.addressKind}`)}: ${[entry.line, entry.city, entry.zip].filter(Boolean).join(', ')}`;
      break;
    case 'phone':
      main = `${entry.number} · ${entry.whose}`;
      detail = [t(`structured.mayCallShown.${entry.mayCall}`), entry.note]
        .filter(Boolean)
        .join(' · ');
      break;
    case 'placement':
      main = `${t(`structured.placementTypes.${entry.placementType}`)}: ${
        entry.endsOn
          ? t('structured.fromTo', { start: day(entry.startsOn), end: day(entry.endsOn) })
          : t('structured.fromOngoing', { start: day(entry.startsOn) })
      }`;
      detail = entry.reason;
      break;
    case 'education':
      main = [
        entry.school,
        t(`structured.grades.${entry.grade}`),
        t(`structured.enrolments.${entry.enrolment}`),
      ]
        .filter(Boolean)
        .join(' · ');
      break;
  }
  return (
    <>
      <p>
        <strong>{main}</strong> {since}
      </p>
      {detail ? <p>{detail}</p> : null}
      {entry.correctionReason ? (
        <p className="muted">
          {t('structured.correctedBecause', { reason: entry.correctionReason })}
        </p>
      ) : null}
      <p className="muted">
        {t('notes.by', { author: entry.authorName, organization: entry.authorOrganizationName })}
        {' · '}
        {t(`accessBases.${entry.basis}`)}
      </p>
    </>
  );
}

type FieldName =
  | 'addressKind'
  | 'line'
  | 'city'
  | 'zip'
  | 'since'
  | 'number'
  | 'whose'
  | 'mayCall'
  | 'note'
  | 'placementType'
  | 'startsOn'
  | 'endsOn'
  | 'reason'
  | 'school'
  | 'grade'
  | 'enrolment';
type ChoiceField = 'addressKind' | 'mayCall' | 'placementType' | 'grade' | 'enrolment';

/** The fields of each kind, in the order asked. */
const FIELDS: Readonly<Record<StructuredKind, readonly FieldName[]>> = {
  address: ['addressKind', 'line', 'city', 'zip', 'since'],
  phone: ['number', 'whose', 'mayCall', 'note'],
  placement: ['placementType', 'startsOn', 'endsOn', 'reason'],
  education: ['school', 'grade', 'enrolment', 'since'],
};
/** May be left empty: sent as null. */
const OPTIONAL: ReadonlySet<FieldName> = new Set(['zip', 'since', 'note', 'endsOn', 'school']);
const DAYS: ReadonlySet<FieldName> = new Set(['since', 'startsOn', 'endsOn']);
const CHOICES: Readonly<Record<ChoiceField, readonly string[]>> = {
  addressKind: ADDRESS_KINDS,
  mayCall: MAY_CALL,
  placementType: PLACEMENT_TYPES,
  grade: GRADES,
  enrolment: ENROLMENT_STATUSES,
};
const isChoice = (field: FieldName): field is ChoiceField => field in CHOICES;

/** A choice in the reader's words. */
function choiceWords(t: TFunction, field: ChoiceField, value: string): string {
  switch (field) {
    case 'addressKind':
      return t(`structured.addressKinds.${value as AddressKind}`);
    case 'mayCall':
      return t(`structured.mayCall.${value as MayCall}`);
    case 'placementType':
      return t(`structured.placementTypes.${value as PlacementType}`);
    case 'grade':
      return t(`structured.grades.${value as Grade}`);
    case 'enrolment':
      return t(`structured.enrolments.${value as EnrolmentStatus}`);
  }
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

function EntryForm(props: {
  kind: StructuredKind;
  initial: StructuredEntryView | null;
  correcting: boolean;
  onSubmit: (entry: StructuredEntry, correctionReason: string) => Promise<void>;
}) {
  const { kind, initial } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const fields = FIELDS[kind];
  const start = () =>
    Object.fromEntries(
      fields.map((f) => [f, initial ? asText((initial as Record<string, unknown>)[f]) : '']),
    );
  const [values, setValues] = useState<Record<string, string>>(start);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: string) => (value: string) => {
    setValues((before) => ({ ...before, [field]: value }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const f of fields) {
      if (!OPTIONAL.has(f) && !values[f]?.trim()) found[f] = t('errors.required');
    }
    if (props.correcting && !reason.trim()) found.correctionReason = t('errors.required');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const entry = Object.fromEntries([
      ['kind', kind],
      ...fields.map((f) => [f, values[f]?.trim() ? values[f].trim() : null]),
    ]) as StructuredEntry;
    setBusy(true);
    try {
      await props.onSubmit(entry, reason.trim());
      if (!props.correcting) setValues(start());
      setReason('');
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
      <ErrorMessage>{failure}</ErrorMessage>
      {fields.map((f) => {
        const label = t(`structured.fields.${f}`);
        const optional = OPTIONAL.has(f);
        const hint = f === 'mayCall' ? t('structured.mayCallHint') : undefined;
        if (isChoice(f)) {
          return (
            <Field key={f} label={label} hint={hint} error={errors[f]} required>
              {(control) => (
                <select
                  {...control}
                  value={values[f] ?? ''}
                  onChange={(event) => {
                    set(f)(event.target.value);
                  }}
                >
                  <option value="">{t('structured.choose')}</option>
                  {CHOICES[f].map((choice) => (
                    <option key={choice} value={choice}>
                      {choiceWords(t, f, choice)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        }
        return (
          <TextField
            key={f}
            label={label}
            type={DAYS.has(f) ? 'date' : f === 'number' ? 'tel' : 'text'}
            value={values[f] ?? ''}
            onChange={set(f)}
            error={errors[f]}
            optional={optional}
            required={!optional}
            multiline={f === 'reason'}
          />
        );
      })}
      {props.correcting ? (
        <TextField
          label={t('structured.fields.correctionReason')}
          value={reason}
          onChange={setReason}
          error={errors.correctionReason}
          required
        />
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {props.correcting ? t('structured.saveCorrection') : t('structured.save')}
      </button>
    </form>
  );
}
