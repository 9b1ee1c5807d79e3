// A decision on a case: what is to be done (the owner's task), why (minutes of the case, read only
// by organizations with a basis for what it discusses), the owner and the day it is due.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import { recordDecision, type Meeting } from '../../mdt-api';
import { CategoryChoices } from './CategoryChoices';

export function DecisionForm(props: { meeting: Meeting; onSaved: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const { meeting } = props;
  const [youthId, setYouthId] = useState(meeting.agenda[0]?.youthId ?? '');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [owner, setOwner] = useState(meeting.attendees[0]?.organizationId ?? '');
  // An owner is an attendee or an organization on the chosen case's team (the server's rule).
  const attending = new Set(meeting.attendees.map((a) => a.organizationId));
  const team = (meeting.agenda.find((item) => item.youthId === youthId)?.teamOrganizations ?? [])
    .filter((o) => !attending.has(o.organizationId))
    .sort((a, b) => a.organizationName.localeCompare(b.organizationName));
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    setSaved(false);
    if (categories.length === 0) {
      setError(t('mdt.decision.noCategories'));
      return;
    }
    setError(null);
    try {
      await recordDecision(meeting.id, {
        youthId,
        title,
        text,
        categories,
        ownerOrganizationId: owner,
        dueOn,
      });
      setSaved(true);
      setTitle('');
      setText('');
      setCategories([]);
      props.onSaved();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <section aria-labelledby="mdt-decision">
      <h2 id="mdt-decision">{t('mdt.decision.heading')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('mdt.decision.case')} required>
          {(control) => (
            <select
              {...control}
              value={youthId}
              onChange={(event) => {
                const next = event.target.value;
                setYouthId(next);
                // An owner from the last case's team may not be on this one's.
                const teamOfNext = meeting.agenda.find((item) => item.youthId === next);
                if (
                  !attending.has(owner) &&
                  !teamOfNext?.teamOrganizations.some((o) => o.organizationId === owner)
                ) {
                  setOwner(meeting.attendees[0]?.organizationId ?? '');
                }
              }}
            >
              {meeting.agenda.map((item) => (
                <option key={item.youthId} value={item.youthId}>
                  {t('mdt.minutes.caseOption', { caseNumber: item.caseNumber })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t('mdt.decision.title')} value={title} onChange={setTitle} required />
        <TextField
          label={t('mdt.decision.text')}
          value={text}
          onChange={setText}
          multiline
          required
        />
        <CategoryChoices
          legend={t('mdt.decision.categories')}
          value={categories}
          onChange={setCategories}
        />
        <Field label={t('mdt.decision.owner')} hint={t('mdt.decision.ownerHint')} required>
          {(control) => (
            <select
              {...control}
              value={owner}
              onChange={(event) => {
                setOwner(event.target.value);
              }}
            >
              <optgroup label={t('mdt.decision.ownerAttending')}>
                {meeting.attendees.map((a) => (
                  <option key={a.organizationId} value={a.organizationId}>
                    {a.organizationName}
                  </option>
                ))}
              </optgroup>
              {team.length > 0 ? (
                <optgroup label={t('mdt.decision.ownerTeam')}>
                  {team.map((o) => (
                    <option key={o.organizationId} value={o.organizationId}>
                      {o.organizationName}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          )}
        </Field>
        <TextField
          label={t('mdt.decision.dueOn')}
          type="date"
          value={dueOn}
          onChange={setDueOn}
          required
        />
        <ErrorMessage>{error}</ErrorMessage>
        <StatusMessage>{saved ? t('mdt.decision.saved') : null}</StatusMessage>
        <button type="submit">{t('mdt.decision.submit')}</button>
      </form>
    </section>
  );
}
