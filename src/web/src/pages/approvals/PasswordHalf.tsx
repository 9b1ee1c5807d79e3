// Half of a one-time password, shown once to one of the two people who hand it over.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function PasswordHalf(props: {
  heading: string;
  note: string;
  half: string;
  testId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel temporary-password" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {props.heading}
      </h2>
      <p>
        <code className="secret" data-testid={props.testId}>
          {props.half}
        </code>
      </p>
      <p>{props.note}</p>
      <button type="button" onClick={props.onDone}>
        {t('approvals.halfDone')}
      </button>
    </section>
  );
}
