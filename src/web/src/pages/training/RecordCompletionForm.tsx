// Recording a completion for one of the people the caller may record for (their organization's,
// or the county's for the coordinator; never themselves: the server says who, `mayRecord`).
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import {
  recordTrainingCompletion,
  type PersonTraining,
  type TrainingCourse,
} from '../../training-api';

export function RecordCompletionForm(props: {
  people: readonly PersonTraining[];
  courses: readonly TrainingCourse[];
  today: string;
  onRecorded: () => void;
}) {
  const { people, courses, today, onRecorded } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [userId, setUserId] = useState('');
  const [courseId, setCourseId] = useState('');
  const [completedOn, setCompletedOn] = useState(today);
  const [evidence, setEvidence] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    if (!userId || !courseId) {
      setFailure(t('training.record.required'));
      return;
    }
    setBusy(true);
    try {
      const person = await recordTrainingCompletion({ userId, courseId, completedOn, evidence });
      setSaved(t('training.record.recorded', { name: person.name }));
      setEvidence('');
      onRecorded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="training-record">
      <h2 id="training-record">{t('training.record.heading')}</h2>
      <p>{t('training.record.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <Field label={t('training.record.person')} required>
          {(control) => (
            <select
              {...control}
              value={userId}
              onChange={(event) => {
                setUserId(event.target.value);
              }}
            >
              <option value="">{t('common.choose')}</option>
              {people.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name} ({person.organizationName})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('training.record.course')} required>
          {(control) => (
            <select
              {...control}
              value={courseId}
              onChange={(event) => {
                setCourseId(event.target.value);
              }}
            >
              <option value="">{t('common.choose')}</option>
              {courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('training.record.completedOn')} required>
          {(control) => (
            <input
              {...control}
              type="date"
              max={today}
              value={completedOn}
              onChange={(event) => {
                setCompletedOn(event.target.value);
              }}
            />
          )}
        </Field>
        <TextField
          label={t('training.record.evidence')}
          hint={t('training.record.evidenceHint')}
          value={evidence}
          onChange={setEvidence}
          required
        />
        <button type="submit" disabled={busy}>
          {t('training.record.submit')}
        </button>
        <StatusMessage>{saved}</StatusMessage>
      </form>
    </section>
  );
}
