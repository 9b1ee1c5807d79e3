// A labelled box for a whole number (hours, days): a text box with the numeric keyboard, so
// screen readers and browsers do not fight over spin buttons.
import { Field } from './Field';

export function WholeNumberField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error} required={props.required}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={5}
          className="number-input"
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** The whole number typed, or null when it is not one within [min, max]. */
export function parseWholeNumber(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= min && number <= max ? number : null;
}
