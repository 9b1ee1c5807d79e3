// A temporary password, shown once, with how to hand it over.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function TemporaryPassword(props: { name: string; password: string; onDone: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel temporary-password" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('users.temporaryHeading', { name: props.name })}
      </h2>
      <p>
        <code className="secret" data-testid="temporary-password">
          {props.password}
        </code>
      </p>
      <p>{t('users.temporaryNote', { name: props.name })}</p>
      <button type="button" onClick={props.onDone}>
        {t('users.temporaryDone')}
      </button>
    </section>
  );
}
