// The county's courses: everyone of the county reads them; the coordinator adds one.
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import { addTrainingCourse, type TrainingCourse } from '../../training-api';

export function CoursesSection(props: {
  courses: readonly TrainingCourse[];
  mayAdd: boolean;
  onAdded: () => void;
}) {
  const { courses, mayAdd, onAdded } = props;
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="training-courses">
      <h2 id="training-courses">{t('training.courses.heading')}</h2>
      {courses.length === 0 ? (
        <p>{t('training.courses.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('training.courses.title')}</th>
              <th scope="col">{t('training.courses.topic')}</th>
              <th scope="col">{t('training.courses.hours')}</th>
              <th scope="col">{t('training.courses.validity')}</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <tr key={course.id}>
                <th scope="row">{course.title}</th>
                <td>{course.topic}</td>
                <td>{course.hours.toLocaleString(i18n.language)}</td>
                <td>
                  {course.validityMonths === null
                    ? t('training.courses.noExpiry')
                    : t('training.courses.months', { count: course.validityMonths })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayAdd ? <AddCourseForm onAdded={onAdded} /> : null}
    </section>
  );
}

function AddCourseForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState('');
  const [hours, setHours] = useState('');
  const [months, setMonths] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    setBusy(true);
    try {
      const course = await addTrainingCourse({
        title,
        topic,
        hours: Number(hours),
        validityMonths: months.trim() === '' ? null : Number(months),
      });
      setSaved(t('training.courses.added', { title: course.title }));
      setTitle('');
      setTopic('');
      setHours('');
      setMonths('');
      onAdded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <h3>{t('training.courses.addHeading')}</h3>
      <ErrorMessage>{failure}</ErrorMessage>
      <TextField label={t('training.courses.title')} value={title} onChange={setTitle} required />
      <TextField label={t('training.courses.topic')} value={topic} onChange={setTopic} required />
      <TextField label={t('training.courses.hours')} value={hours} onChange={setHours} required />
      <TextField
        label={t('training.courses.validityLabel')}
        hint={t('training.courses.validityHint')}
        value={months}
        onChange={setMonths}
        type="number"
        optional
      />
      <button type="submit" disabled={busy}>
        {t('training.courses.add')}
      </button>
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
