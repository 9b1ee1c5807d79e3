// The rule form: trigger, conditions and actions as forms, source and active. Saving writes the
// rule's next version; the server's problems show next to the fields they name (their path), and
// the dry run below tries the draft as it stands.
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, type EventType } from '../../../../domain/case-events.js';
import type { RuleDefinition } from '../../../../domain/protocol.js';
import { Checkbox } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import {
  ruleProblemsOf,
  saveRule,
  type ProtocolView,
  type RuleProblem,
  type RuleVersion,
} from '../../protocol-api';
import { ActionFields, newAction } from './ActionFields';
import { ConditionFields, newCondition } from './ConditionFields';
import { SelectField } from './controls';
import { DryRunPanel } from './DryRunPanel';

/** A key from a name: "Release: call the lead" -> "release-call-the-lead". */
export const keyFromName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

const blankRule = (): RuleDefinition => ({
  name: '',
  trigger: 'identification',
  conditions: [],
  actions: [newAction('task')],
  source: '',
});

export function RuleEditor(props: {
  jurisdictionId: string;
  protocol: ProtocolView;
  rule: RuleVersion | null;
  onSaved: (saved: RuleVersion) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const existing = props.rule;
  const [draft, setDraft] = useState<RuleDefinition>(() =>
    existing
      ? {
          name: existing.name,
          trigger: existing.trigger,
          conditions: existing.conditions,
          actions: existing.actions,
          source: existing.source,
        }
      : blankRule(),
  );
  const [key, setKey] = useState(existing?.key ?? '');
  const [keyEdited, setKeyEdited] = useState(existing !== null);
  const [active, setActive] = useState(existing?.active ?? true);
  const [problems, setProblems] = useState<RuleProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorAt = (path: string) =>
    problems
      .filter((p) => p.path === path)
      .map((p) => p.message)
      .join(' ') || undefined;
  const change = (next: Partial<RuleDefinition>) => {
    setDraft((before) => ({ ...before, ...next }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const saved = await saveRule(props.jurisdictionId, key, draft, active);
      setProblems([]);
      props.onSaved(saved);
    } catch (error) {
      const found = ruleProblemsOf(error);
      setProblems(found);
      setFailure(found.length > 0 ? t('protocol.editor.problems') : describeError(error));
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  };

  const heading = existing
    ? t('protocol.editor.headingEdit', { name: existing.name })
    : t('protocol.editor.headingNew');
  return (
    <section aria-labelledby="rule-editor" className="help rule-editor">
      <h2 id="rule-editor">{heading}</h2>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>
          {failure ? (
            <>
              <p>{failure}</p>
              {problems.length > 0 ? (
                <ul>
                  {problems.map((p) => (
                    <li key={`${p.path}:${p.code}`}>{p.message}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </ErrorMessage>
        <TextField
          label={t('protocol.editor.name')}
          value={draft.name}
          onChange={(name) => {
            change({ name });
            if (!keyEdited) setKey(keyFromName(name));
          }}
          error={errorAt('name')}
          required
        />
        <TextField
          label={t('protocol.editor.key')}
          hint={t('protocol.editor.keyHint')}
          value={key}
          onChange={(value) => {
            setKey(value);
            setKeyEdited(true);
          }}
          required
        />
        <SelectField
          label={t('protocol.editor.trigger')}
          value={draft.trigger}
          options={EVENT_TYPES.map((type) => ({
            value: type,
            label: t(`protocol.eventTypes.${type}`),
          }))}
          onChange={(trigger: EventType) => {
            change({ trigger });
          }}
          error={errorAt('trigger')}
        />
        <fieldset className="rule-rows">
          <legend>{t('protocol.editor.conditionsHeading')}</legend>
          <p className="hint">{t('protocol.editor.conditionsHint')}</p>
          {draft.conditions.map((condition, i) => (
            <ConditionFields
              key={i}
              n={i + 1}
              trigger={draft.trigger}
              condition={condition}
              onChange={(next) => {
                change({ conditions: draft.conditions.map((c, j) => (j === i ? next : c)) });
              }}
              onRemove={() => {
                change({ conditions: draft.conditions.filter((_, j) => j !== i) });
              }}
              errorAt={errorAt}
              path={`conditions.${i}`}
            />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change({ conditions: [...draft.conditions, newCondition('detail', draft.trigger)] });
            }}
          >
            {t('protocol.editor.addCondition')}
          </button>
        </fieldset>
        <fieldset className="rule-rows">
          <legend>{t('protocol.editor.actionsHeading')}</legend>
          {draft.actions.map((action, i) => (
            <ActionFields
              key={i}
              n={i + 1}
              value={action}
              trigger={draft.trigger}
              functions={props.protocol.pointPersonFunctions}
              onChange={(next) => {
                change({ actions: draft.actions.map((a, j) => (j === i ? next : a)) });
              }}
              onRemove={() => {
                change({ actions: draft.actions.filter((_, j) => j !== i) });
              }}
              errorAt={errorAt}
              path={`actions.${i}`}
            />
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              change({ actions: [...draft.actions, newAction('task')] });
            }}
          >
            {t('protocol.editor.addAction')}
          </button>
        </fieldset>
        <TextField
          label={t('protocol.editor.source')}
          hint={t('protocol.editor.sourceHint')}
          value={draft.source}
          onChange={(source) => {
            change({ source });
          }}
          error={errorAt('source')}
          multiline
          required
        />
        <Checkbox label={t('protocol.editor.active')} checked={active} onChange={setActive} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('protocol.editor.save')}
          </button>
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('protocol.editor.cancel')}
          </button>
        </div>
      </form>
      {/* A new trigger starts the dry run afresh on that event type. */}
      <DryRunPanel
        key={draft.trigger}
        jurisdictionId={props.jurisdictionId}
        timeZone={props.protocol.timeZone}
        eventType={draft.trigger}
        draft={key ? { key, rule: draft } : undefined}
      />
    </section>
  );
}
