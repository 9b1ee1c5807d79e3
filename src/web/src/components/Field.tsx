// A labelled form control with its hint and error tied to it (aria-describedby).
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Says "Optional" in the hint, for forms where most fields are required. */
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field(props: FieldProps) {
  const { label, hint, error, required = false, optional = false, children } = props;
  const { t } = useTranslation();
  const id = useId();
  const hintText = [optional ? t('common.optional') : null, hint].filter(Boolean).join(' ');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hintText ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hintText ? (
        <p id={hintId} className="hint">
          {hintText}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        required,
      })}
    </div>
  );
}

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  options: readonly { value: Value; label: string }[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** Several choices under one question: a fieldset with a legend, one checkbox per choice. */
export function CheckboxGroup<Value extends string>(props: CheckboxGroupProps<Value>) {
  const { legend, options, selected, onChange, hint, error } = props;
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const toggle = (value: Value, checked: boolean) => {
    onChange(checked ? [...selected, value] : selected.filter((chosen) => chosen !== value));
  };
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              toggle(option.value, event.target.checked);
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One yes/no choice, label to the right of the box. */
export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => {
          props.onChange(event.target.checked);
        }}
      />
      {props.label}
    </label>
  );
}

interface RadioGroupProps<Value extends string> {
  legend: string;
  name: string;
  options: readonly { value: Value; label: string }[];
  selected: Value | null;
  onChange: (selected: Value) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** One choice among a few: a fieldset with a legend, one radio button per choice. */
export function RadioGroup<Value extends string>(props: RadioGroupProps<Value>) {
  const { legend, name, options, selected, onChange, hint, error } = props;
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="radio"
            name={`${id}-${name}`}
            value={option.value}
            checked={selected === option.value}
            aria-invalid={error ? true : undefined}
            onChange={() => {
              onChange(option.value);
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
