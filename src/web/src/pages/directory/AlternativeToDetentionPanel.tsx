// The owner's mark of an alternative to detention (docs/MISSING-AND-CUSTODY.md): shown only to
// those the server allows (the owning county's coordinator or administrator), one checkbox and
// one action, saved in place like open places.
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markAlternativeToDetention } from '../../api';
import { Checkbox } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useDescribeError } from '../../hooks';
import type { DirectoryServiceDetail } from '../../types';

export function AlternativeToDetentionPanel(props: {
  service: DirectoryServiceDetail;
  onSaved: (service: DirectoryServiceDetail) => void;
}) {
  const { service } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const [marked, setMarked] = useState(service.alternativeToDetention);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!service.mayEditProfile) return null;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    setBusy(true);
    try {
      const updated = await markAlternativeToDetention(service.id, marked);
      props.onSaved(updated);
      setSaved(
        updated.alternativeToDetention ? t('alternatives.savedOn') : t('alternatives.savedOff'),
      );
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('alternatives.formHeading')}</h2>
      <StatusMessage>{saved}</StatusMessage>
      <form
        className="panel"
        aria-label={t('alternatives.formHeading')}
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <p>{t('alternatives.formIntro')}</p>
        <ErrorMessage>{failure}</ErrorMessage>
        <Checkbox label={t('alternatives.checkbox')} checked={marked} onChange={setMarked} />
        <button type="submit" className="primary" disabled={busy}>
          {t('alternatives.save')}
        </button>
      </form>
    </section>
  );
}
