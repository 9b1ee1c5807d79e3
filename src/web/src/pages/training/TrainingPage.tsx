// Training (docs/TRAINING.md): the county's courses, my training with when each lapses,
// recording a completion for the people the caller may record for, those people's standing
// (a supervisor's organization, the coordinator's county), and compliance per organization for
// the oversight analyst and the coordinator. What the caller may do comes from the server.
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import {
  listTrainingCourses,
  readTrainingCompliance,
  readTrainingPeople,
  type PersonTraining,
} from '../../training-api';
import { CompletionsTable } from './CompletionsTable';
import { ComplianceSection } from './ComplianceSection';
import { CoursesSection } from './CoursesSection';
import { RecordCompletionForm } from './RecordCompletionForm';

export function TrainingPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user } = useSignedIn();
  usePageTitle(t('training.title'));
  const readsCompliance = user.roles.some(
    (role) => role === 'oversight_analyst' || role === 'coordinator',
  );
  const courses = useApiData('training-courses', listTrainingCourses);
  const people = useApiData('training-people', readTrainingPeople);
  const compliance = useApiData(`training-compliance:${String(readsCompliance)}`, () =>
    readsCompliance ? readTrainingCompliance() : Promise.resolve(null),
  );
  const error = courses.error ?? people.error ?? compliance.error;
  // A retired course takes no new completion (docs/TRAINING.md).
  const open = (courses.data ?? []).filter((course) => course.retiredAt === null);
  const reload = () => {
    courses.reload();
    people.reload();
    compliance.reload();
  };

  const [me, ...others] = people.data?.people ?? [];
  const recordable = (people.data?.people ?? []).filter((p) => p.mayRecord);
  return (
    <>
      <h1>{t('training.title')}</h1>
      <p>{t('training.intro')}</p>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      {courses.data === undefined || people.data === undefined ? (
        <Loading label={t('common.loading')} />
      ) : (
        <>
          <CoursesSection
            courses={courses.data}
            mayAdd={user.roles.includes('coordinator')}
            onAdded={reload}
          />
          {me ? (
            <section aria-labelledby="training-mine">
              <h2 id="training-mine">{t('training.mine.heading')}</h2>
              <p>
                {t('training.mine.hoursInForce', {
                  hours: me.hoursInForce,
                  minimum: people.data.minimumTrainingHours,
                })}
              </p>
              {me.completions.length === 0 ? (
                <p>{t('training.mine.none')}</p>
              ) : (
                <CompletionsTable person={me} />
              )}
            </section>
          ) : null}
          {recordable.length > 0 && open.length > 0 ? (
            <RecordCompletionForm
              people={recordable}
              courses={open}
              today={people.data.today}
              onRecorded={reload}
            />
          ) : null}
          {others.length > 0 ? <PeopleSection people={others} /> : null}
        </>
      )}
      {compliance.data ? <ComplianceSection compliance={compliance.data} /> : null}
    </>
  );
}

/** The people the caller reads: each one's standing, hours in force and next lapse. */
function PeopleSection({ people }: { people: readonly PersonTraining[] }) {
  const { t, i18n } = useTranslation();
  const nextLapse = (person: PersonTraining) =>
    person.completions
      .filter((c) => c.standing !== 'renewed' && c.standing !== 'lapsed' && c.lapsesOn !== null)
      .map((c) => c.lapsesOn ?? '')
      .sort()[0];
  return (
    <section aria-labelledby="training-people">
      <h2 id="training-people">{t('training.people.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('training.people.name')}</th>
            <th scope="col">{t('training.people.organization')}</th>
            <th scope="col">{t('training.completions.standing')}</th>
            <th scope="col">{t('training.people.hours')}</th>
            <th scope="col">{t('training.people.nextLapse')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => {
            const lapse = nextLapse(person);
            return (
              <tr key={person.userId}>
                <th scope="row">{person.name}</th>
                <td>{person.organizationName}</td>
                <td>{t(`training.standings.${person.standing ?? 'none'}`)}</td>
                <td>{person.hoursInForce.toLocaleString(i18n.language)}</td>
                <td>{lapse ? formatDate(lapse, i18n.language) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {people
        .filter((person) => person.completions.length > 0)
        .map((person) => (
          <CompletionsTable key={person.userId} person={person} />
        ))}
    </section>
  );
}
