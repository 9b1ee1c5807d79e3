// Hearings on the record: the hearings the reader may see, and the form to record one where the
// server says the reader may (mayRecord). Recording one records the hearing event too, so the
// county protocol acts on it (a youth who testifies: the advocate's testimony safety plan).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HEARING_TYPES, type HearingType } from '../../../../../domain/hearings.js';
import { listHearings, recordHearing, type Hearing } from '../../../court-api';
import { Field } from '../../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import type { YouthRecord } from '../../../types';
import { taskTitle } from '../../../task-title';

export function HearingsPanel({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const list = useApiData(`hearings:${youth.id}`, () => listHearings(youth.id));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('hearings.heading')}</h3>
      <p className="muted">{t('hearings.intro')}</p>
      {list.error ? <ErrorMessage>{describeError(list.error)}</ErrorMessage> : null}
      {!list.data ? (
        list.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <>
          {list.data.hearings.length === 0 ? <p>{t('hearings.empty')}</p> : null}
          <ul className="notes">
            {list.data.hearings.map((hearing) => (
              <HearingItem
                key={hearing.id}
                hearing={hearing}
                elsewhere={hearing.hearingJurisdictionId !== youth.jurisdictionId}
              />
            ))}
          </ul>
          {list.data.mayRecord ? <HearingForm youth={youth} onAdded={list.reload} /> : null}
        </>
      )}
    </section>
  );
}

function HearingItem({ hearing, elsewhere }: { hearing: Hearing; elsewhere: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="note">
      <p>
        {t('hearings.summary', {
          type: t(`hearings.types.${hearing.type}`),
          when: formatDateTime(hearing.startsAt, i18n.language),
          court: hearing.court,
        })}
        {elsewhere
          ? ` · ${t('hearings.elsewhere', { county: hearing.hearingJurisdictionName })}`
          : ''}
      </p>
      {hearing.youthTestifies ? <p>{t('hearings.testifies')}</p> : null}
      {hearing.attending.length > 0 ? (
        <p>
          {t('hearings.attending', {
            organizations: hearing.attending.map((a) => a.organizationName).join(', '),
          })}
        </p>
      ) : null}
      <p className="muted">
        {t('protectiveOrders.recordedBy', {
          name: hearing.recordedByName,
          organization: hearing.recordedByOrganizationName,
        })}
      </p>
    </li>
  );
}

type Errors = Partial<Record<'startsAt' | 'court', string>>;

function HearingForm({ youth, onAdded }: { youth: YouthRecord; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const [startsAt, setStartsAt] = useState('');
  const [court, setCourt] = useState('');
  const [type, setType] = useState<HearingType>('review');
  const [testifies, setTestifies] = useState(false);
  const [attending, setAttending] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One entry per organization on the team, however many of its people are named.
  const organizations = [
    ...new Map(youth.team.map((m) => [m.organizationId, m.organizationName])).entries(),
  ];

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = t('hearings.required');
    // A datetime-local value is the reader's wall clock; the browser turns it into an instant.
    const when = startsAt ? new Date(startsAt) : null;
    const found: Errors = {
      ...(when ? {} : { startsAt: required }),
      ...(when && when.getTime() <= Date.now() ? { startsAt: t('hearings.inThePast') } : {}),
      ...(court.trim() ? {} : { court: required }),
    };
    setErrors(found);
    setSaved(null);
    setFailure(null);
    if (Object.keys(found).length > 0 || !when) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const recorded = await recordHearing(youth.id, {
        startsAt: when.toISOString(),
        court,
        type,
        youthTestifies: testifies,
        attendingOrganizationIds: attending,
      });
      setStartsAt('');
      setCourt('');
      setTestifies(false);
      setAttending([]);
      setSaved(
        recorded.tasks.length > 0
          ? t('hearings.addedWithTasks', {
              tasks: recorded.tasks
                .map(
                  (task) =>
                    `${taskTitle(task.title, i18n.language)} (${task.assigneeOrganizationName})`,
                )
                .join('; '),
            })
          : t('hearings.added'),
      );
      onAdded();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('hearings.addHeading')}</summary>
      <form
        ref={form}
        noValidate
        className="stack"
        aria-labelledby={headingId}
        onSubmit={(event) => void submit(event)}
      >
        <h4 id={headingId} className="visually-hidden">
          {t('hearings.addHeading')}
        </h4>
        {saved ? <StatusMessage>{saved}</StatusMessage> : null}
        {failure ? <ErrorMessage>{failure}</ErrorMessage> : null}
        <TextField
          label={t('hearings.startsAt')}
          type="datetime-local"
          value={startsAt}
          onChange={setStartsAt}
          error={errors.startsAt}
          required
        />
        <TextField
          label={t('hearings.court')}
          value={court}
          onChange={setCourt}
          error={errors.court}
          required
        />
        <Field label={t('hearings.type')} required>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(event) => {
                setType(event.target.value as HearingType);
              }}
            >
              {HEARING_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`hearings.types.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={testifies}
              onChange={(event) => {
                setTestifies(event.target.checked);
              }}
            />
            {t('hearings.youthTestifies')}
          </label>
        </div>
        {organizations.length > 0 ? (
          <fieldset>
            <legend>{t('hearings.attendingField')}</legend>
            {organizations.map(([organizationId, organizationName]) => (
              <label key={organizationId} className="checkbox">
                <input
                  type="checkbox"
                  checked={attending.includes(organizationId)}
                  onChange={(event) => {
                    setAttending((before) =>
                      event.target.checked
                        ? [...before, organizationId]
                        : before.filter((id) => id !== organizationId),
                    );
                  }}
                />
                {organizationName}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('hearings.add')}
          </button>
        </div>
      </form>
    </details>
  );
}
