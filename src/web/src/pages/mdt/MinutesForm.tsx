// Minutes: of the whole meeting (every attendee reads them) or of one case, naming what of the case
// was discussed (read only by organizations with a basis for all of it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import { writeMinutes, type Meeting } from '../../mdt-api';
import { CategoryChoices } from './CategoryChoices';

export function MinutesForm(props: { meeting: Meeting; onSaved: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [youthId, setYouthId] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    setSaved(false);
    setError(null);
    try {
      await writeMinutes(props.meeting.id, {
        ...(youthId ? { youthId, categories } : {}),
        body,
      });
      setSaved(true);
      setBody('');
      setCategories([]);
      props.onSaved();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <section aria-labelledby="mdt-minutes">
      <h2 id="mdt-minutes">{t('mdt.minutes.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('mdt.minutes.of')}>
          {(control) => (
            <select
              {...control}
              value={youthId}
              onChange={(event) => {
                setYouthId(event.target.value);
              }}
            >
              <option value="">{t('mdt.minutes.generalOption')}</option>
              {props.meeting.agenda.map((item) => (
                <option key={item.youthId} value={item.youthId}>
                  {t('mdt.minutes.caseOption', { caseNumber: item.caseNumber })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {youthId ? (
          <CategoryChoices
            legend={t('mdt.decision.categories')}
            value={categories}
            onChange={setCategories}
          />
        ) : null}
        <TextField
          label={t('mdt.minutes.body')}
          value={body}
          onChange={setBody}
          multiline
          required
        />
        <ErrorMessage>{error}</ErrorMessage>
        <StatusMessage>{saved ? t('mdt.minutes.saved') : null}</StatusMessage>
        <button type="submit">{t('mdt.minutes.submit')}</button>
      </form>
    </section>
  );
}
