// The coordinator's agenda: move a case up or down, remove it, add one by its case number; saved
// as the whole ordered list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useDescribeError } from '../../hooks';
import { editAgenda, type Meeting } from '../../mdt-api';

export function AgendaEditor(props: { meeting: Meeting; onSaved: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [numbers, setNumbers] = useState(() => props.meeting.agenda.map((i) => i.caseNumber));
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const move = (index: number, by: number) => {
    setNumbers((before) => {
      const next = [...before];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });
  };
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await editAgenda(props.meeting.id, numbers);
      setSaved(true);
      props.onSaved();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <section aria-labelledby="mdt-agenda-editor">
      <h2 id="mdt-agenda-editor">{t('mdt.agenda.heading')}</h2>
      <ol>
        {numbers.map((caseNumber, index) => (
          <li key={caseNumber}>
            {caseNumber}{' '}
            <button
              type="button"
              disabled={index === 0}
              aria-label={t('mdt.agenda.up', { caseNumber })}
              onClick={() => {
                move(index, -1);
              }}
            >
              ↑
            </button>{' '}
            <button
              type="button"
              disabled={index === numbers.length - 1}
              aria-label={t('mdt.agenda.down', { caseNumber })}
              onClick={() => {
                move(index, 1);
              }}
            >
              ↓
            </button>{' '}
            <button
              type="button"
              aria-label={t('mdt.agenda.remove', { caseNumber })}
              onClick={() => {
                setNumbers((before) => before.filter((n) => n !== caseNumber));
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const number = adding.trim();
          if (number && !numbers.includes(number)) setNumbers((before) => [...before, number]);
          setAdding('');
        }}
      >
        <label htmlFor="mdt-add-case">{t('mdt.agenda.add')}</label>
        <input
          id="mdt-add-case"
          value={adding}
          onChange={(event) => {
            setAdding(event.target.value);
          }}
        />
        <button type="submit">{t('mdt.agenda.addButton')}</button>
      </form>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{saved ? t('mdt.agenda.saved') : null}</StatusMessage>
      <button
        type="button"
        onClick={() => {
          void save();
        }}
      >
        {t('mdt.agenda.save')}
      </button>
    </section>
  );
}
