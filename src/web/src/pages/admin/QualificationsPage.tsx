// Caseworker qualification records: who may write and read privileged notes. Each record says
// whether it qualifies its holder under the county's legal profile. The administrator records a
// new caseworker (only the administrator lists accounts); the coordinator renews and revokes.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode, SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PRIVILEGED_ORGANIZATION_TYPES } from '../../../../domain/case-access.js';
import type { QualificationBasis } from '../../../../domain/legal-profile.js';
import {
  getLegalProfile,
  listApprovals,
  listOrganizations,
  listQualifications,
  listUsers,
  recordQualification,
  revokeQualification,
} from '../../api';
import { ConfirmActions } from '../../components/ConfirmActions';
import { Field, RadioGroup } from '../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { parseWholeNumber, WholeNumberField } from '../../components/WholeNumberField';
import {
  focusFirstInvalid,
  formatDate,
  useApiData,
  useDescribeError,
  usePageTitle,
} from '../../hooks';
import { useSignedIn } from '../../session';
import type { Approval, Qualification, User } from '../../types';
import { ApprovalCard } from '../approvals/ApprovalCard';
import { blankToNull } from '../../validation';
import { localToday } from '../youth/names';

const TRAINING_HOURS_MAX = 10_000;

type Editing = { kind: 'new' } | { kind: 'renew'; record: Qualification } | null;

export function QualificationsPage() {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('qualifications.title'));
  const listsUsers = allowedActions.includes('user.read');
  const qualifications = useApiData('qualifications', listQualifications);
  const profile = useApiData(`legal-profile:${user.jurisdictionId}`, () =>
    getLegalProfile(user.jurisdictionId),
  );
  const organizations = useApiData(`organizations:${user.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: user.jurisdictionId, includeInactive: true }),
  );
  // Only the administrator lists accounts; the coordinator works from the records below.
  const users = useApiData(`qualification-users:${String(listsUsers)}`, () =>
    listsUsers ? listUsers() : Promise.resolve([]),
  );
  // Records asked for and still waiting for the caseworker's organization to approve them.
  const approvals = useApiData('approvals', listApprovals);
  const waiting = (approvals.data?.requested ?? []).filter(
    (a) => a.kind === 'qualification.record' && a.status === 'pending',
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const records = qualifications.data ?? [];
  const current = records.filter((q) => !q.revoked);
  const holders = new Set(current.map((q) => q.userId));
  // Earlier records; the latest of a person with no current record can be recorded again.
  const earlier = records.filter((q) => q.revoked);
  const latestEarlier = new Set(
    earlier
      .filter((q, i) => earlier.findIndex((e) => e.userId === q.userId) === i)
      .map((q) => q.id),
  );
  const caseworkerOrganizations = new Set(
    (organizations.data ?? [])
      .filter((o) => o.active && PRIVILEGED_ORGANIZATION_TYPES.includes(o.type))
      .map((o) => o.id),
  );
  const eligible = (users.data ?? []).filter(
    (u) => u.active && caseworkerOrganizations.has(u.organizationId),
  );
  const hours = profile.data?.minimumTrainingHours;
  const loadError = qualifications.error ?? profile.error ?? organizations.error ?? users.error;

  const open = (next: Editing) => {
    setSaved(null);
    setFailure(null);
    setConfirming(null);
    setEditing(next);
  };

  const revoke = async (record: Qualification) => {
    setFailure(null);
    setBusy(true);
    try {
      await revokeQualification(record.id);
      setConfirming(null);
      setSaved(t('qualifications.revoked', { name: record.userName }));
      qualifications.reload();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  const actions = (record: Qualification) => {
    if (confirming === record.id) {
      return (
        <ConfirmActions
          question={t('qualifications.confirmRevoke', { name: record.userName })}
          confirmLabel={t('qualifications.revokeConfirm')}
          busy={busy}
          onConfirm={() => void revoke(record)}
          onCancel={() => {
            setConfirming(null);
          }}
        />
      );
    }
    const renewable =
      !record.revoked || (latestEarlier.has(record.id) && !holders.has(record.userId));
    return (
      <div className="row-actions">
        {renewable ? (
          <button
            type="button"
            onClick={() => {
              open({ kind: 'renew', record });
            }}
          >
            {record.revoked ? t('qualifications.recordAgain') : t('qualifications.renew')}
            <span className="visually-hidden"> {record.userName}</span>
          </button>
        ) : null}
        {record.revoked ? null : (
          <button
            type="button"
            onClick={() => {
              setSaved(null);
              setEditing(null);
              setConfirming(record.id);
            }}
          >
            {t('qualifications.revoke')}
            <span className="visually-hidden"> {record.userName}</span>
          </button>
        )}
      </div>
    );
  };

  return (
    <>
      <h1>{t('qualifications.title')}</h1>
      <p className="lead">{t('qualifications.intro')}</p>
      {hours === undefined ? null : (
        <p>
          {t('qualifications.rule', { hours })}{' '}
          <Link to="/admin/legal-profile">{t('qualifications.profileLink')}</Link>
        </p>
      )}
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{loadError ? describeError(loadError) : null}</ErrorMessage>
      <ErrorMessage>{failure}</ErrorMessage>

      {listsUsers ? (
        editing === null ? (
          <p>
            <button
              type="button"
              onClick={() => {
                open({ kind: 'new' });
              }}
            >
              {t('qualifications.add')}
            </button>
          </p>
        ) : null
      ) : (
        <p>{t('qualifications.administratorAdds')}</p>
      )}
      {editing !== null ? (
        <QualificationForm
          key={editing.kind === 'new' ? 'new' : editing.record.id}
          {...(editing.kind === 'new'
            ? { people: eligible }
            : { person: { id: editing.record.userId, name: editing.record.userName } })}
          basis={editing.kind === 'renew' ? editing.record.basis : 'training'}
          onSaved={(asked) => {
            setEditing(null);
            setSaved(
              t('approvals.qualificationWaits', {
                name: asked.subjectName,
                organization: asked.waitingFor?.organizationName ?? '—',
              }),
            );
            approvals.reload();
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      ) : null}

      {waiting.length > 0 ? (
        <section aria-labelledby="qualifications-waiting">
          <h2 id="qualifications-waiting">{t('approvals.waitingCaption')}</h2>
          <ul className="plain-list">
            {waiting.map((approval) => (
              <li key={approval.id}>
                <ApprovalCard approval={approval} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {qualifications.data === undefined ? (
        qualifications.loading ? (
          <Loading label={t('common.loading')} />
        ) : null
      ) : (
        <>
          <QualificationTable
            id="current-qualifications"
            caption={t('qualifications.currentCaption')}
            records={current}
            minimumHours={hours}
            empty={t('qualifications.none')}
            actions={actions}
          />
          {earlier.length > 0 ? (
            <QualificationTable
              id="earlier-qualifications"
              caption={t('qualifications.earlierCaption')}
              records={earlier}
              minimumHours={hours}
              empty=""
              actions={actions}
            />
          ) : null}
        </>
      )}
    </>
  );
}

function QualificationTable(props: {
  id: string;
  caption: string;
  records: readonly Qualification[];
  minimumHours: number | undefined;
  empty: string;
  actions: (record: Qualification) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const captionId = `${props.id}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('qualifications.person')}</th>
            <th scope="col">{t('qualifications.basis')}</th>
            <th scope="col">{t('qualifications.completedOn')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.records.length === 0 ? (
            <tr>
              <td colSpan={5}>{props.empty}</td>
            </tr>
          ) : (
            props.records.map((record) => (
              <tr key={record.id}>
                <th scope="row">{record.userName}</th>
                <td>
                  {record.basis === 'training'
                    ? t('qualifications.trainingSummary', { hours: record.trainingHours })
                    : t('qualifications.bases.degree_and_experience')}
                  {record.supervisor ? (
                    <div className="muted">
                      {t('qualifications.supervisedBy', { supervisor: record.supervisor })}
                    </div>
                  ) : null}
                </td>
                <td>{formatDate(record.completedOn, i18n.language)}</td>
                <td>
                  <QualificationStatus record={record} minimumHours={props.minimumHours} />
                </td>
                <td>{props.actions(record)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function QualificationStatus(props: { record: Qualification; minimumHours: number | undefined }) {
  const { record, minimumHours } = props;
  const { t } = useTranslation();
  if (record.revoked) {
    return <span className="badge badge-off">{t('qualifications.states.revoked')}</span>;
  }
  if (record.qualifies) {
    return <span className="badge badge-on">{t('qualifications.states.qualifies')}</span>;
  }
  const why =
    record.basis === 'training' && record.supervisor === null
      ? t('qualifications.why.noSupervisor')
      : minimumHours !== undefined && record.trainingHours < minimumHours
        ? t('qualifications.why.hours', { hours: minimumHours })
        : null;
  return (
    <>
      <span className="badge badge-warn">{t('qualifications.states.notQualifies')}</span>
      {why ? <div className="muted">{why}</div> : null}
    </>
  );
}

interface Errors {
  userId?: string;
  trainingHours?: string;
  supervisor?: string;
  completedOn?: string;
}

function QualificationForm(props: {
  /** Recording a new caseworker: the people to choose from. */
  people?: readonly User[];
  /** Renewing: the person whose record it is. */
  person?: { id: string; name: string };
  basis: QualificationBasis;
  /** The request that waits for the caseworker's organization to approve it. */
  onSaved: (asked: Approval) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [userId, setUserId] = useState(props.person?.id ?? '');
  const [basis, setBasis] = useState<QualificationBasis>(props.basis);
  const [trainingHours, setTrainingHours] = useState('');
  const [supervisor, setSupervisor] = useState('');
  const [completedOn, setCompletedOn] = useState(() => localToday());
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const training = basis === 'training';
  // The form opens above the table: start there.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!userId) found.userId = t('errors.chooseOne');
    const hours = parseWholeNumber(trainingHours, 0, TRAINING_HOURS_MAX);
    if (hours === null) {
      found.trainingHours = t('errors.wholeNumber', { min: 0, max: TRAINING_HOURS_MAX });
    }
    if (training && !supervisor.trim()) found.supervisor = t('qualifications.errors.supervisor');
    if (!completedOn) found.completedOn = t('errors.date');
    else if (completedOn > localToday()) found.completedOn = t('qualifications.errors.future');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || hours === null) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const { approval } = await recordQualification({
        userId,
        basis,
        trainingHours: hours,
        supervisor: blankToNull(supervisor),
        completedOn,
      });
      setBusy(false);
      props.onSaved(approval);
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.person
          ? t('qualifications.renewHeading', { name: props.person.name })
          : t('qualifications.addHeading')}
      </h2>
      {props.person ? <p>{t('qualifications.renewIntro')}</p> : null}
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        {props.people ? (
          <Field
            label={t('qualifications.person')}
            hint={t('qualifications.personHint')}
            error={errors.userId}
            required
          >
            {(control) => (
              <select
                {...control}
                value={userId}
                onChange={(event) => {
                  setUserId(event.target.value);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {(props.people ?? []).map((person) => (
                  <option key={person.id} value={person.id}>
                    {t('qualifications.personOption', {
                      name: person.displayName,
                      organization: person.organizationName,
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <RadioGroup
          legend={t('qualifications.basis')}
          name="qualification-basis"
          options={[
            { value: 'training', label: t('qualifications.bases.training') },
            {
              value: 'degree_and_experience',
              label: t('qualifications.bases.degree_and_experience'),
            },
          ]}
          selected={basis}
          onChange={setBasis}
        />
        <WholeNumberField
          label={t('qualifications.trainingHours')}
          hint={t('qualifications.trainingHoursHint')}
          value={trainingHours}
          onChange={setTrainingHours}
          error={errors.trainingHours}
          required
        />
        <TextField
          label={t('qualifications.supervisor')}
          hint={t('qualifications.supervisorHint')}
          value={supervisor}
          onChange={setSupervisor}
          error={errors.supervisor}
          required={training}
          optional={!training}
        />
        <TextField
          label={t('qualifications.completedOn')}
          type="date"
          value={completedOn}
          onChange={setCompletedOn}
          error={errors.completedOn}
          required
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('qualifications.submit')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
