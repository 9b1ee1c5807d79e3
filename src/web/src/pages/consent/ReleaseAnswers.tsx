// Who shares what under one consent: the recorder's own information went at once; every other
// organization on the team answers for what it holds, accepted, declined or not yet
// (docs/CONFIDENTIALITY.md). The same holders the server asks in their Releases inbox.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../hooks';
import type { ConsentView, TeamMember } from '../../types';
import { holdersOf } from './holders';

export function ReleaseAnswers(props: {
  consent: ConsentView;
  team: readonly TeamMember[];
  organizationNames: ReadonlyMap<string, string>;
}) {
  const { consent, team } = props;
  const { t, i18n } = useTranslation();
  const teamNames = new Map(team.map((m) => [m.organizationId, m.organizationName]));
  const name = (id: string) =>
    teamNames.get(id) ?? props.organizationNames.get(id) ?? t('agreements.unknownOrganization');
  const holders = holdersOf(consent, team);
  return (
    <div>
      <dt>{t('releaseAnswers.heading')}</dt>
      <dd>
        <ul className="release-answers">
          <li>
            {t('releaseAnswers.recorder', {
              organization: name(consent.recordedByOrganizationId),
            })}
          </li>
          {holders.map(({ organizationId, answer }) => (
            <li key={organizationId}>
              {answer === null
                ? t('releaseAnswers.waiting', { organization: name(organizationId) })
                : t(answer.accepted ? 'releaseAnswers.accepted' : 'releaseAnswers.declined', {
                    organization: name(organizationId),
                    date: formatDateTime(answer.decidedAt, i18n.language),
                  })}
            </li>
          ))}
          {holders.length === 0 ? <li>{t('releaseAnswers.noOtherHolder')}</li> : null}
        </ul>
      </dd>
    </div>
  );
}
