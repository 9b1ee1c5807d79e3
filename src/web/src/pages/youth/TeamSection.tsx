// The case team: organizations (and their people) on the case, each with a role. Joining gives
// no information by itself; consent or a legal basis does.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TEAM_ROLES, caseRoleFor } from '../../../../domain/case-team.js';
import type { CaseTeamRole } from '../../../../domain/case-team.js';
import { addTeamMember, listOrganizations, removeTeamOrganization } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import type { Organization, TeamMember, YouthRecord } from '../../types';

interface TeamOrganization {
  organizationId: string;
  organizationName: string;
  organizationType: TeamMember['organizationType'];
  role: CaseTeamRole;
  people: string[];
  removable: boolean;
}

/** One entry per organization, with the named people of it. */
function byOrganization(team: readonly TeamMember[]): TeamOrganization[] {
  const grouped = new Map<string, TeamOrganization>();
  for (const member of team) {
    const entry = grouped.get(member.organizationId) ?? {
      organizationId: member.organizationId,
      organizationName: member.organizationName,
      organizationType: member.organizationType,
      role: member.role,
      people: [],
      removable: false,
    };
    if (member.userId === null) {
      entry.role = member.role;
      entry.removable = member.removable;
    } else if (member.userName) entry.people.push(member.userName);
    grouped.set(member.organizationId, entry);
  }
  return [...grouped.values()];
}

export function TeamSection({ youth, onChanged }: { youth: YouthRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const organizations = useApiData(`organizations:${youth.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId }),
  );
  const canManage = youth.allowedActions.includes('team.manage');
  const members = byOrganization(youth.team);
  const onTeam = new Set(members.map((m) => m.organizationId));

  const remove = async (member: TeamOrganization) => {
    setFailure(null);
    setBusy(true);
    try {
      await removeTeamOrganization(youth.id, member.organizationId);
      setConfirming(null);
      setSaved(t('team.removed', { organization: member.organizationName }));
      onChanged();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <>
      <p>{t('team.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <ul className="cards">
        {members.map((member) => {
          const creator = member.organizationId === youth.createdByOrganizationId;
          return (
            <li key={member.organizationId}>
              <article className="card" aria-labelledby={`team-${member.organizationId}`}>
                <h3 id={`team-${member.organizationId}`}>{member.organizationName}</h3>
                <p className="muted">{t(`organizationTypes.${member.organizationType}`)}</p>
                {creator ? <p className="badge badge-on">{t('team.creator')}</p> : null}
                <dl className="details">
                  <div>
                    <dt>{t('team.role')}</dt>
                    <dd>{t(`caseTeamRoles.${member.role}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('team.people')}</dt>
                    <dd>
                      {member.people.length > 0 ? member.people.join(', ') : t('team.noPeople')}
                    </dd>
                  </div>
                </dl>
                {canManage && member.removable ? (
                  confirming === member.organizationId ? (
                    <div className="actions">
                      <p>{t('team.confirmRemove', { organization: member.organizationName })}</p>
                      <button
                        type="button"
                        className="danger"
                        disabled={busy}
                        onClick={() => void remove(member)}
                      >
                        {t('team.remove')}
                        <span className="visually-hidden"> {member.organizationName}</span>
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setConfirming(null);
                        }}
                      >
                        {t('common.cancel')}
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      onClick={() => {
                        setSaved(null);
                        setConfirming(member.organizationId);
                      }}
                    >
                      {t('team.removeAsk')}
                      <span className="visually-hidden"> {member.organizationName}</span>
                    </button>
                  )
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
      {canManage ? (
        <AddMemberForm
          youthId={youth.id}
          candidates={(organizations.data ?? []).filter(
            // Oversight sees aggregates only and never works a case.
            (o) => o.active && o.type !== 'oversight' && !onTeam.has(o.id),
          )}
          onAdded={(organization) => {
            setSaved(t('team.added', { organization: organization.name }));
            onChanged();
          }}
          onEdit={() => {
            setSaved(null);
          }}
        />
      ) : null}
    </>
  );
}

function AddMemberForm(props: {
  youthId: string;
  candidates: readonly Organization[];
  onAdded: (organization: Organization) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<CaseTeamRole | ''>('');
  const [errors, setErrors] = useState<{ organizationId?: string; role?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!organizationId) found.organizationId = t('errors.chooseOne');
    if (!role) found.role = t('errors.chooseOne');
    setErrors(found);
    setFailure(null);
    const organization = props.candidates.find((o) => o.id === organizationId);
    if (!organization || !role) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await addTeamMember(props.youthId, { organizationId, role });
      setOrganizationId('');
      setRole('');
      props.onAdded(organization);
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('team.addHeading')}</h3>
      <p>{t('team.addIntro')}</p>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <div className="field-row">
          <Field label={t('team.organization')} error={errors.organizationId} required>
            {(control) => (
              <select
                {...control}
                value={organizationId}
                onChange={(event) => {
                  const chosen = props.candidates.find((o) => o.id === event.target.value);
                  setOrganizationId(event.target.value);
                  // The usual role of that kind of organization; the person may change it.
                  if (chosen) setRole(caseRoleFor(chosen.type));
                  props.onEdit();
                }}
              >
                <option value="">{t('common.choose')}</option>
                {props.candidates.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('team.role')} error={errors.role} required>
            {(control) => (
              <select
                {...control}
                value={role}
                onChange={(event) => {
                  const value = event.target.value;
                  setRole(CASE_TEAM_ROLES.find((r) => r === value) ?? '');
                  props.onEdit();
                }}
              >
                <option value="">{t('common.choose')}</option>
                {CASE_TEAM_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`caseTeamRoles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('team.add')}
        </button>
      </form>
    </section>
  );
}
