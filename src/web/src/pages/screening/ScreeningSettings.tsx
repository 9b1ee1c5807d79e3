// The county's screening settings on the protocol screen (coordinator): the re-screen schedule,
// the instruments in use with their versions, and the import of the instrument the county
// licenses, whose problems are listed item by item when it is refused (docs/SCREENING.md).
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import { ApiError } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { parseWholeNumber, WholeNumberField } from '../../components/WholeNumberField';
import { useApiData, useDescribeError } from '../../hooks';
import { SelectField } from '../protocol/controls';
import {
  getScreeningSchedule,
  importInstrument,
  inLanguage,
  listInstruments,
  saveScreeningSchedule,
  type ScreeningSchedule,
} from '../../screening-api';

export function ScreeningSettings({ jurisdictionId }: { jurisdictionId: string }) {
  const { t } = useTranslation();
  const schedule = useApiData(`screening-schedule:${jurisdictionId}`, () =>
    getScreeningSchedule(jurisdictionId),
  );
  return (
    <section aria-labelledby="screening-settings" className="help">
      <h2 id="screening-settings">{t('screeningSettings.heading')}</h2>
      <p className="hint">{t('screeningSettings.intro')}</p>
      {schedule.data ? (
        <ScheduleForm jurisdictionId={jurisdictionId} schedule={schedule.data} />
      ) : null}
      <Instruments jurisdictionId={jurisdictionId} />
    </section>
  );
}

const text = (value: number | null) => (value === null ? '' : String(value));

function ScheduleForm(props: { jurisdictionId: string; schedule: ScreeningSchedule }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [opening, setOpening] = useState(text(props.schedule.atCaseOpeningHours));
  const [suspicion, setSuspicion] = useState(text(props.schedule.onSuspicionHours));
  const [periodic, setPeriodic] = useState(text(props.schedule.periodicDays));
  const [assignee, setAssignee] = useState(props.schedule.assigneeOrganizationType);
  const [errors, setErrors] = useState<
    Partial<Record<'opening' | 'suspicion' | 'periodic', string>>
  >({});
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const read = (value: string, min: number, max: number) =>
    value.trim() === '' ? null : parseWholeNumber(value, min, max);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    const values = {
      atCaseOpeningHours: read(opening, 1, 720),
      onSuspicionHours: read(suspicion, 1, 720),
      periodicDays: read(periodic, 7, 366),
    };
    const found = {
      ...(values.atCaseOpeningHours === null && opening.trim() !== ''
        ? { opening: t('screeningSettings.invalidHours') }
        : {}),
      ...(values.onSuspicionHours === null && suspicion.trim() !== ''
        ? { suspicion: t('screeningSettings.invalidHours') }
        : {}),
      ...(values.periodicDays === null && periodic.trim() !== ''
        ? { periodic: t('screeningSettings.invalidDays') }
        : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveScreeningSchedule(props.jurisdictionId, {
        ...values,
        assigneeOrganizationType: assignee,
      });
      setStatus(t('screeningSettings.saved'));
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('screeningSettings.scheduleHeading')}</h3>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <WholeNumberField
        label={t('screeningSettings.atCaseOpening')}
        hint={t('screeningSettings.emptyMeansOff')}
        value={opening}
        error={errors.opening}
        onChange={setOpening}
      />
      <WholeNumberField
        label={t('screeningSettings.onSuspicion')}
        hint={t('screeningSettings.emptyMeansOff')}
        value={suspicion}
        error={errors.suspicion}
        onChange={setSuspicion}
      />
      <WholeNumberField
        label={t('screeningSettings.periodic')}
        hint={t('screeningSettings.emptyMeansOff')}
        value={periodic}
        error={errors.periodic}
        onChange={setPeriodic}
      />
      <SelectField
        label={t('screeningSettings.assignee')}
        value={assignee}
        options={ORGANIZATION_TYPES.filter((o) => o !== 'oversight').map((value) => ({
          value,
          label: t(`organizationTypes.${value}`),
        }))}
        onChange={setAssignee}
      />
      <button type="submit">{t('screeningSettings.save')}</button>
    </form>
  );
}

interface Problem {
  path: string;
  itemId?: string;
  message: string;
}

function Instruments({ jurisdictionId }: { jurisdictionId: string }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const instruments = useApiData(`screening-instruments:${jurisdictionId}`, () =>
    listInstruments(jurisdictionId),
  );
  const [definition, setDefinition] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    setProblems([]);
    let parsed: unknown;
    try {
      parsed = JSON.parse(definition);
    } catch (error) {
      setFailure(
        t('screeningSettings.notJson', { message: error instanceof Error ? error.message : '' }),
      );
      return;
    }
    try {
      const imported = await importInstrument(jurisdictionId, parsed);
      setStatus(t('screeningSettings.imported', { key: imported.key, version: imported.version }));
      setDefinition('');
      instruments.reload();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details.problems)) {
        setProblems(error.details.problems as Problem[]);
        setFailure(t('screeningSettings.problemsHeading'));
      } else setFailure(describeError(error));
    }
  };
  return (
    <>
      <h3>{t('screeningSettings.instrumentsHeading')}</h3>
      <ErrorMessage>{instruments.error ? describeError(instruments.error) : null}</ErrorMessage>
      <ul className="instrument-list">
        {(instruments.data ?? []).map((instrument) => (
          <li key={`${instrument.key}:${String(instrument.version)}`}>
            <strong>{inLanguage(instrument.name, i18n.language)}</strong>{' '}
            <span className="muted">
              {instrument.key}, {t('screeningSettings.version', { version: instrument.version })}
            </span>{' '}
            <span className={instrument.current ? 'badge badge-on' : 'badge badge-off'}>
              {instrument.current ? t('screeningSettings.current') : t('screeningSettings.older')}
            </span>
            {instrument.builtIn ? (
              <span className="badge badge-off">{t('screeningSettings.builtIn')}</span>
            ) : null}
            <p className="hint">{instrument.source}</p>
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h3>{t('screeningSettings.importHeading')}</h3>
        <StatusMessage>{status}</StatusMessage>
        <ErrorMessage>
          {failure}
          {problems.length > 0 ? (
            <ul>
              {problems.map((p, index) => (
                <li key={index}>
                  <code>{p.path}</code>
                  {p.itemId
                    ? ` (${t('screeningSettings.problemItem', { item: p.itemId })})`
                    : ''}: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </ErrorMessage>
        <Field label={t('screeningSettings.definition')} hint={t('screeningSettings.importHint')}>
          {(control) => (
            <textarea
              {...control}
              rows={8}
              spellCheck={false}
              value={definition}
              onChange={(event) => {
                setDefinition(event.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit">{t('screeningSettings.import')}</button>
      </form>
    </>
  );
}
