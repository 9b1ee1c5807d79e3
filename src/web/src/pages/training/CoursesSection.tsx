// The county's courses: everyone of the county reads them; the coordinator adds, edits and
// retires one. An edit never changes a recorded completion (it keeps the hours it was recorded
// with); a retired course takes no new completion, its recorded ones count until they lapse.
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import {
  addTrainingCourse,
  editTrainingCourse,
  retireTrainingCourse,
  type TrainingCourse,
} from '../../training-api';

export function CoursesSection(props: {
  courses: readonly TrainingCourse[];
  mayAdd: boolean;
  onAdded: () => void;
}) {
  const { courses, mayAdd, onAdded } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [editing, setEditing] = useState<TrainingCourse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const retire = async (course: TrainingCourse) => {
    setFailure(null);
    setSaved(null);
    try {
      await retireTrainingCourse(course.id);
      setSaved(t('training.courses.retiredDone', { title: course.title }));
      onAdded();
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <section aria-labelledby="training-courses">
      <h2 id="training-courses">{t('training.courses.heading')}</h2>
      <ErrorMessage>{failure}</ErrorMessage>
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
              {mayAdd ? <th scope="col">{t('training.courses.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <tr key={course.id}>
                <th scope="row">
                  {course.title}
                  {course.retiredAt !== null ? ` (${t('training.courses.retired')})` : null}
                </th>
                <td>{course.topic}</td>
                <td>{course.hours.toLocaleString(i18n.language)}</td>
                <td>
                  {course.validityMonths === null
                    ? t('training.courses.noExpiry')
                    : t('training.courses.months', { count: course.validityMonths })}
                </td>
                {mayAdd ? (
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        setSaved(null);
                        setEditing(course);
                      }}
                      aria-label={t('training.courses.editLabel', { title: course.title })}
                    >
                      {t('training.courses.edit')}
                    </button>{' '}
                    {course.retiredAt === null ? (
                      <button
                        type="button"
                        onClick={() => void retire(course)}
                        aria-label={t('training.courses.retireLabel', { title: course.title })}
                      >
                        {t('training.courses.retire')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StatusMessage>{saved}</StatusMessage>
      {mayAdd && editing ? (
        <CourseForm
          key={editing.id}
          course={editing}
          onSaved={(message) => {
            setEditing(null);
            setSaved(message);
            onAdded();
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      ) : null}
      {mayAdd ? <CourseForm key="new" onSaved={onAdded} /> : null}
    </section>
  );
}

/** Adds a course, or edits the one given (only what changed is sent). */
function CourseForm(props: {
  course?: TrainingCourse;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const { course, onSaved, onCancel } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [title, setTitle] = useState(course?.title ?? '');
  const [topic, setTopic] = useState(course?.topic ?? '');
  const [hours, setHours] = useState(course ? String(course.hours) : '');
  const [months, setMonths] = useState(
    course?.validityMonths == null ? '' : String(course.validityMonths),
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setSaved(null);
    setBusy(true);
    const fields = {
      title,
      topic,
      hours: Number(hours),
      validityMonths: months.trim() === '' ? null : Number(months),
    };
    try {
      if (course) {
        const changed = await editTrainingCourse(course.id, fields);
        onSaved(t('training.courses.edited', { title: changed.title }));
      } else {
        const added = await addTrainingCourse(fields);
        setSaved(t('training.courses.added', { title: added.title }));
        setTitle('');
        setTopic('');
        setHours('');
        setMonths('');
        onSaved(t('training.courses.added', { title: added.title }));
      }
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <h3>
        {course
          ? t('training.courses.editHeading', { title: course.title })
          : t('training.courses.addHeading')}
      </h3>
      {course ? <p>{t('training.courses.editHint')}</p> : null}
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
        {course ? t('training.courses.save') : t('training.courses.add')}
      </button>
      {onCancel ? (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            {t('training.courses.cancel')}
          </button>
        </>
      ) : null}
      <StatusMessage>{saved}</StatusMessage>
    </form>
  );
}
