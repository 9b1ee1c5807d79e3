// Small labelled controls the rule form repeats: a select, a text box with suggestions, and a
// duration (amount and unit). Each shows the server's problem for its field next to it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DURATION_UNITS, type Duration } from '../../../../domain/protocol.js';
import { Field } from '../../components/Field';

export function SelectField<Value extends string>(props: {
  label: string;
  value: Value | '';
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** A first, empty choice (for an optional value). */
  emptyLabel?: string;
}) {
  const { label, value, options, onChange, error, hint, emptyLabel } = props;
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            onChange(event.target.value as Value);
          }}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Free text with the county's known values offered (a point-person function, say). */
export function SuggestField(props: {
  label: string;
  value: string;
  suggestions: readonly string[];
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
}) {
  const listId = useId();
  return (
    <Field label={props.label} error={props.error} hint={props.hint} required>
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            list={listId}
            value={props.value}
            onChange={(event) => {
              props.onChange(event.target.value);
            }}
          />
          <datalist id={listId}>
            {props.suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

/**
 * An amount and a unit. A box left empty or not a number is sent as it is, so the server's
 * problem for that field comes back and shows here.
 */
export function DurationFields(props: {
  legend: string;
  value: Duration;
  onChange: (value: Duration) => void;
  errorAt: (path: string) => string | undefined;
  path: string;
}) {
  const { t } = useTranslation();
  const { value, onChange, errorAt, path } = props;
  return (
    <fieldset className="field duration-fields">
      <legend>{props.legend}</legend>
      <Field label={t('protocol.editor.amount')} error={errorAt(`${path}.amount`)} required>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={Number.isNaN(value.amount) ? '' : String(value.amount)}
            onChange={(event) => {
              const text = event.target.value.trim();
              onChange({ ...value, amount: /^\d+$/.test(text) ? Number(text) : Number.NaN });
            }}
          />
        )}
      </Field>
      <SelectField
        label={t('protocol.editor.unit')}
        value={value.unit}
        options={DURATION_UNITS.map((u) => ({ value: u, label: t(`protocol.units.${u}`) }))}
        onChange={(unit) => {
          onChange({ ...value, unit });
        }}
        error={errorAt(`${path}.unit`)}
      />
    </fieldset>
  );
}

/** A copy of an object without one key (an optional field cleared). */
export function omitKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as Omit<T, K>;
}
