import { useTranslation } from 'react-i18next';
import { Field } from './Field';

export const isOneTimeCode = (code: string) => /^\d{6}$/.test(code.trim());

/** The 6-digit code from an authenticator app. */
export function OneTimeCodeField(props: {
  value: string;
  onChange: (code: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Field required label={t('mfa.code')} hint={t('mfa.codeHint')} error={props.error}>
      {(control) => (
        <input
          {...control}
          className="code-input"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value.replace(/\s/g, ''));
          }}
        />
      )}
    </Field>
  );
}
