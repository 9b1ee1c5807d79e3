// "Check a name": a court clerk or intake worker, at the counter, types a case number and the
// name on someone's ID and sees one big answer: verified, not verified, or do not release and
// whom to call. Nothing else of the youth or the person ever reaches this page.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { checkName, type CheckAnswer } from '../../contacts-api';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError, usePageTitle } from '../../hooks';

const CASE_NUMBER = /^\s*\d{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}\s*$/;
const HAS_LETTER = /\p{L}/u;

export function CheckNamePage() {
  const { t } = useTranslation();
  usePageTitle(t('contactCheck.title'));
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ caseNumber?: string; name?: string }>({});
  const [result, setResult] = useState<{ name: string; answer: CheckAnswer } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(CASE_NUMBER.test(caseNumber) ? {} : { caseNumber: t('contactCheck.caseNumberInvalid') }),
      ...(HAS_LETTER.test(name) && name.trim().length <= 200
        ? {}
        : { name: t('contactCheck.nameInvalid') }),
    };
    setErrors(found);
    setResult(null);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const answer = await checkName(caseNumber.trim(), name);
      setResult({ name: name.trim(), answer });
      requestAnimationFrame(() => answerRef.current?.focus());
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 429
          ? t('contactCheck.tooMany')
          : describeError(error),
      );
    } finally {
      setBusy(false);
    }
  };

  const another = () => {
    setName('');
    setResult(null);
    requestAnimationFrame(() => {
      form.current?.querySelectorAll<HTMLInputElement>('input')[1]?.focus();
    });
  };

  return (
    <div className="narrow check-name">
      <h1>{t('contactCheck.title')}</h1>
      <p>{t('contactCheck.intro')}</p>
      <form ref={form} noValidate className="stack" onSubmit={(event) => void submit(event)}>
        {failure ? <ErrorMessage>{failure}</ErrorMessage> : null}
        <TextField
          label={t('contactCheck.caseNumber')}
          hint={t('contactCheck.caseNumberHint')}
          value={caseNumber}
          onChange={setCaseNumber}
          error={errors.caseNumber}
          required
          autoComplete="off"
        />
        <TextField
          label={t('contactCheck.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('contactCheck.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result ? (
          <div
            ref={answerRef}
            tabIndex={-1}
            className={`check-answer check-answer-${result.answer.answer}`}
            aria-labelledby="check-answer-heading"
            role="region"
          >
            <h2 id="check-answer-heading" className="visually-hidden">
              {t('contactCheck.answerHeading', { name: result.name })}
            </h2>
            <p className="check-answer-word">{t(`contactCheck.${result.answer.answer}`)}</p>
            <AnswerHelp answer={result.answer} />
            <button type="button" onClick={another}>
              {t('contactCheck.another')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function AnswerHelp({ answer }: { answer: CheckAnswer }) {
  const { t } = useTranslation();
  if (answer.answer === 'verified') return <p>{t('contactCheck.verifiedHelp')}</p>;
  if (answer.answer === 'not_verified') return <p>{t('contactCheck.notVerifiedHelp')}</p>;
  // Only that an order is why: nothing else of it reaches the counter.
  const order =
    answer.reason === 'protective_order' ? <p>{t('contactCheck.protectiveOrder')}</p> : null;
  const person = answer.pointPerson;
  if (!person)
    return (
      <>
        {order}
        <p>{t('contactCheck.callSomeone')}</p>
      </>
    );
  const text = person.phone
    ? t('contactCheck.callPointPersonPhone', {
        name: person.name,
        function: person.function,
        phone: person.phone,
      })
    : t('contactCheck.callPointPerson', { name: person.name, function: person.function });
  return (
    <>
      {order}
      <p className="check-answer-call">
        {person.phone ? <a href={`tel:${person.phone.replace(/[^0-9+]/g, '')}`}>{text}</a> : text}
      </p>
    </>
  );
}
