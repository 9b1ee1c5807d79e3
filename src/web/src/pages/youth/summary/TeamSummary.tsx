// Who is on the case, at a glance: each organization with its role on the case, its people named
// on the case, and the point person to call there (the county's point-person directory).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPointPersons } from '../../../api';
import { useApiData } from '../../../hooks';
import type { TeamMember, YouthRecord } from '../../../types';
import { telHref } from '../../../validation';

export function TeamSummary({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const pointPersons = useApiData(`point-persons:${youth.jurisdictionId}`, () =>
    listPointPersons({ jurisdictionId: youth.jurisdictionId }),
  );
  const organizations = new Map<
    string,
    { name: string; role: TeamMember['role']; people: string[] }
  >();
  for (const member of youth.team) {
    const entry = organizations.get(member.organizationId) ?? {
      name: member.organizationName,
      role: member.role,
      people: [],
    };
    if (member.userId === null) entry.role = member.role;
    else if (member.userName) entry.people.push(member.userName);
    organizations.set(member.organizationId, entry);
  }
  const firstPointPerson = (organizationId: string) =>
    (pointPersons.data ?? []).find((p) => p.organizationId === organizationId && p.active);
  return (
    <section aria-labelledby="summary-team">
      <h3 id="summary-team">{t('recordNav.summary.team')}</h3>
      {organizations.size === 0 ? (
        <p>{t('recordNav.summary.noTeam')}</p>
      ) : (
        <ul className="summary-list">
          {[...organizations].map(([organizationId, entry]) => {
            const pointPerson = firstPointPerson(organizationId);
            return (
              <li key={organizationId}>
                <strong>{entry.name}</strong>{' '}
                <span className="muted">({t(`caseTeamRoles.${entry.role}`)})</span>
                {entry.people.length > 0 ? <span>: {entry.people.join(', ')}</span> : null}
                <br />
                <span className="muted">{t('recordNav.summary.pointPerson')}: </span>
                {pointPerson ? (
                  <>
                    {pointPerson.name}
                    {pointPerson.phone ? (
                      <>
                        {', '}
                        <a href={telHref(pointPerson.phone)}>{pointPerson.phone}</a>
                      </>
                    ) : null}
                  </>
                ) : pointPersons.data ? (
                  t('recordNav.summary.noPointPerson')
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link to={{ search: '?section=team' }}>{t('recordNav.summary.teamLink')}</Link>
      </p>
    </section>
  );
}
