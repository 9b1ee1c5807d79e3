// The common case of <Field>: a labelled text box (or a multi-line one).
import type { HTMLInputTypeAttribute } from 'react';
import { Field } from './Field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  optional?: boolean;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, error, hint, required, optional } = props;
  return (
    <Field label={label} error={error} hint={hint} required={required} optional={optional}>
      {(control) =>
        props.multiline ? (
          <textarea
            {...control}
            rows={4}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        ) : (
          <input
            {...control}
            type={props.type ?? 'text'}
            autoComplete={props.autoComplete}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        )
      }
    </Field>
  );
}
