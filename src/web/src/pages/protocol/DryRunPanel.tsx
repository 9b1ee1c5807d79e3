// "For this event on this case, these rules would fire, with these due times": the event's type,
// when it happened, the details a rule can test, and an optional case number. With a draft rule,
// the draft stands in for its saved version. Nothing is written.
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONDITION_FIELDS,
  EVENT_TYPES,
  IDENTIFICATION_SETTINGS,
  type EventType,
} from '../../../../domain/case-events.js';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import { Checkbox } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useDescribeError } from '../../hooks';
import { dryRun, ruleProblemsOf, type DryRunResult } from '../../protocol-api';
import { omitKey, SelectField } from './controls';
import { afterEventWords } from './words';
import { dateTimeFormat } from '../../intl';

/** The browser's local "YYYY-MM-DDTHH:mm" for a datetime-local box. */
function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

// Details some events must carry that no rule tests; the dry run fills them.
const FILLED: Partial<Record<EventType, Record<string, unknown>>> = {
  arrest_attempt: { offenseCode: 'other', offenseDescription: 'Dry run' },
  charging: { offenseCode: 'other', offenseDescription: 'Dry run' },
};

export function DryRunPanel(props: {
  jurisdictionId: string;
  timeZone: string;
  eventType: EventType;
  draft?: { key: string; rule: unknown } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const [type, setType] = useState<EventType>(props.eventType);
  const [when, setWhen] = useState(() => localInput(new Date(Date.now() - 60_000)));
  const [caseNumber, setCaseNumber] = useState('');
  const [details, setDetails] = useState<Record<string, unknown>>({});
  const [hearingDate, setHearingDate] = useState('');
  const [releaseAt, setReleaseAt] = useState('');
  const [result, setResult] = useState<DryRunResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const occurredAt = new Date(when);
  const formatAt = (iso: string) =>
    dateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: props.timeZone,
    }).format(new Date(iso));

  const run = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const dates = {
        ...(hearingDate && (type === 'subpoena' || type === 'hearing') ? { hearingDate } : {}),
        ...(releaseAt && type === 'release'
          ? { releaseAt: new Date(releaseAt).toISOString() }
          : {}),
      };
      setResult(
        await dryRun(props.jurisdictionId, {
          ...(caseNumber.trim() ? { caseNumber: caseNumber.trim() } : {}),
          event: {
            type,
            occurredAt: Number.isNaN(occurredAt.getTime()) ? when : occurredAt.toISOString(),
            details: { ...FILLED[type], ...details, ...dates },
          },
          ...(props.draft ? { draft: props.draft } : {}),
        }),
      );
    } catch (error) {
      setResult(null);
      const problems = ruleProblemsOf(error);
      setFailure(
        problems.length > 0 ? problems.map((p) => p.message).join(' ') : describeError(error),
      );
    } finally {
      setBusy(false);
    }
  };

  const fields = CONDITION_FIELDS[type];
  return (
    <section aria-labelledby="dry-run" className="dry-run">
      <h3 id="dry-run">{t('protocol.dryRun.heading')}</h3>
      <p className="hint">{t('protocol.dryRun.intro')}</p>
      <form noValidate onSubmit={(event) => void run(event)}>
        <SelectField
          label={t('protocol.dryRun.type')}
          value={type}
          options={EVENT_TYPES.map((e) => ({ value: e, label: t(`protocol.eventTypes.${e}`) }))}
          onChange={(next) => {
            setType(next);
            setDetails({});
          }}
        />
        <TextField
          label={t('protocol.dryRun.when')}
          type="datetime-local"
          value={when}
          onChange={setWhen}
          required
        />
        {Object.entries(fields).map(([field, kind]) =>
          kind === 'boolean' ? (
            <Checkbox
              key={field}
              label={field}
              checked={details[field] === true}
              onChange={(checked) => {
                setDetails({ ...details, [field]: checked });
              }}
            />
          ) : (
            <SelectField
              key={field}
              label={field}
              value={typeof details[field] === 'string' ? details[field] : ''}
              emptyLabel="—"
              options={(kind === 'organization_type'
                ? ORGANIZATION_TYPES
                : IDENTIFICATION_SETTINGS
              ).map((v) => ({
                value: v,
                label:
                  kind === 'organization_type'
                    ? t(`organizationTypes.${v as (typeof ORGANIZATION_TYPES)[number]}`)
                    : v.replaceAll('_', ' '),
              }))}
              onChange={(value) => {
                setDetails(value === '' ? omitKey(details, field) : { ...details, [field]: value });
              }}
            />
          ),
        )}
        {type === 'subpoena' || type === 'hearing' ? (
          <TextField
            label={t('protocol.dryRun.hearingDate')}
            type="date"
            value={hearingDate}
            onChange={setHearingDate}
            required
          />
        ) : null}
        {type === 'release' ? (
          <TextField
            label={t('protocol.dryRun.releaseAt')}
            type="datetime-local"
            value={releaseAt}
            onChange={setReleaseAt}
            optional
          />
        ) : null}
        <TextField
          label={t('protocol.dryRun.caseNumber')}
          hint={t('protocol.dryRun.caseNumberHint')}
          value={caseNumber}
          onChange={setCaseNumber}
          optional
        />
        <button type="submit" className="secondary" disabled={busy}>
          {t('protocol.dryRun.run')}
        </button>
      </form>
      <ErrorMessage>{failure}</ErrorMessage>
      <div role="status" aria-live="polite">
        {result === null ? null : result.rules.length === 0 ? (
          <p>{t('protocol.dryRun.none')}</p>
        ) : (
          <ul className="dry-run-results">
            {result.rules.map((rule) => (
              <li key={rule.key}>
                <strong>
                  {rule.name} {rule.draft ? t('protocol.dryRun.draft') : null}
                </strong>
                <ul>
                  {rule.actions.map((action, i) => (
                    <li key={i}>
                      {action.dueAt && action.title
                        ? t('protocol.dryRun.dueIn', {
                            title: action.title,
                            when: formatAt(action.dueAt),
                            after: afterEventWords(
                              t,
                              new Date(action.dueAt).getTime() - occurredAt.getTime(),
                            ),
                          })
                        : t(`protocol.editor.kinds.${action.kind as 'task'}`)}
                      {action.escalationsAt.length > 0
                        ? `; ${action.escalationsAt
                            .map((at) => t('protocol.dryRun.escalatesAt', { when: formatAt(at) }))
                            .join('; ')}`
                        : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
