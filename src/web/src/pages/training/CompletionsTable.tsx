// One person's completions, newest first: when each was completed, from when it no longer counts,
// its evidence and standing (a renewed one says so).
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { PersonTraining } from '../../training-api';

export function CompletionsTable({ person }: { person: PersonTraining }) {
  const { t, i18n } = useTranslation();
  if (person.completions.length === 0) return <p>{t('training.standings.none')}</p>;
  return (
    <table>
      <caption>{t('training.completions.caption', { name: person.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('training.courses.title')}</th>
          <th scope="col">{t('training.courses.hours')}</th>
          <th scope="col">{t('training.completions.completedOn')}</th>
          <th scope="col">{t('training.completions.lapsesOn')}</th>
          <th scope="col">{t('training.completions.standing')}</th>
          <th scope="col">{t('training.completions.evidence')}</th>
          <th scope="col">{t('training.completions.recordedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {person.completions.map((completion) => (
          <tr key={completion.id}>
            <th scope="row">{completion.courseTitle}</th>
            <td>{completion.hours.toLocaleString(i18n.language)}</td>
            <td>{formatDate(completion.completedOn, i18n.language)}</td>
            <td>
              {completion.lapsesOn
                ? formatDate(completion.lapsesOn, i18n.language)
                : t('training.completions.never')}
            </td>
            <td>{t(`training.standings.${completion.standing}`)}</td>
            <td>{completion.evidence}</td>
            <td>{completion.recordedByName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
