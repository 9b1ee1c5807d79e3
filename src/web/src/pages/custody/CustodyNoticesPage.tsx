// Juvenile hall intake's one window on a case: type the case number from the detention papers and
// see only whether child welfare must be called (and whom), and who may receive the youth at
// release. Nothing else of the case is asked for or shown.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError, usePageTitle } from '../../hooks';
import { getCustodyNotices, type CustodyNotices } from '../../missing-api';

export function CustodyNoticesPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [caseNumber, setCaseNumber] = useState('');
  const [notices, setNotices] = useState<CustodyNotices | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(t('missing.custody.title'));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setNotices(null);
    setProblem(null);
    if (caseNumber.trim() === '') return;
    try {
      setNotices(await getCustodyNotices(caseNumber.trim()));
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  const receiver = notices?.releasePlan.receiver;
  return (
    <>
      <h1>{t('missing.custody.title')}</h1>
      <p className="muted">{t('missing.custody.intro')}</p>
      <form
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <TextField
          label={t('missing.custody.caseNumber')}
          value={caseNumber}
          required
          onChange={setCaseNumber}
        />
        <button type="submit">{t('missing.custody.look')}</button>
      </form>
      {problem ? <ErrorMessage>{problem}</ErrorMessage> : null}
      {notices ? (
        <section aria-live="polite">
          <h2>{notices.caseNumber}</h2>
          <p>
            <strong>
              {notices.childWelfare.onCase
                ? t('missing.custody.childWelfareOnCase')
                : t('missing.custody.noChildWelfare')}
            </strong>
          </p>
          {notices.childWelfare.call.length > 0 ? (
            <ul>
              {notices.childWelfare.call.map((p) => (
                <li key={`${p.organizationName}-${p.name}`}>
                  {p.name}, {p.function}, {p.organizationName}
                  {p.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${p.phone}`}>{p.phone}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <h3>{t('missing.custody.releasePlan')}</h3>
          <p>
            {receiver
              ? receiver.relationship
                ? t('missing.custody.receiverRelationship', {
                    name: receiver.name,
                    relationship: receiver.relationship,
                  })
                : t('missing.custody.receiver', { name: receiver.name })
              : t('missing.custody.noPlan')}
          </p>
        </section>
      ) : null}
    </>
  );
}
