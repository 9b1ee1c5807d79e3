// The "then" rows of the rule form: a task (kind, title, who, due, escalation ladder), a notice, a
// place on the team, an automatic referral, or the legal statement.
import { useTranslation } from 'react-i18next';
import { DEADLINE_FIELDS, type EventType } from '../../../../domain/case-events.js';
import { NEEDS } from '../../../../domain/matching.js';
import {
  SAFETY_PLAN_TYPES,
  TASK_KINDS,
  type Action,
  type Assignee,
  type Due,
} from '../../../../domain/protocol.js';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import { TextField } from '../../components/TextField';
import { DurationFields, omitKey, SelectField, SuggestField } from './controls';
import { RecipientFields } from './RecipientFields';

type Kind = Action['kind'];
const KINDS = ['task', 'notify', 'add_to_team', 'referral', 'statement'] as const;
const ASSIGNEES = ['organization_type', 'point_person', 'recorder', 'coordinator'] as const;

export function newAction(kind: Kind): Action {
  switch (kind) {
    case 'task':
      return {
        kind,
        taskKind: 'action',
        title: '',
        assignee: { kind: 'organization_type', organizationType: 'advocacy' },
        due: { after: { amount: 24, unit: 'hours' } },
        escalations: [],
      };
    case 'notify':
      return { kind, to: { kind: 'coordinator' }, message: '' };
    case 'add_to_team':
      return { kind, organizationType: 'advocacy' };
    case 'referral':
      return { kind, receiverOrganizationType: 'advocacy' };
    case 'statement':
      return { kind };
  }
}

function newAssignee(kind: Assignee['kind']): Assignee {
  if (kind === 'organization_type') return { kind, organizationType: 'advocacy' };
  if (kind === 'point_person') return { kind, function: '' };
  return { kind };
}

export interface RowProps<T> {
  n: number;
  value: T;
  onChange: (value: T) => void;
  errorAt: (path: string) => string | undefined;
  path: string;
}

export function ActionFields(
  props: RowProps<Action> & {
    trigger: EventType;
    functions: readonly string[];
    onRemove: () => void;
  },
) {
  const { t } = useTranslation();
  const { value: action, onChange, errorAt, path } = props;
  const organizationTypes = ORGANIZATION_TYPES.map((type) => ({
    value: type,
    label: t(`organizationTypes.${type}`),
  }));
  return (
    <fieldset className="rule-row">
      <legend>
        {t('protocol.editor.action', {
          n: props.n,
          kind: t(`protocol.editor.kinds.${action.kind}`),
        })}
      </legend>
      <SelectField
        label={t('protocol.editor.kind')}
        value={action.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`protocol.editor.kinds.${k}`) }))}
        onChange={(kind) => {
          onChange(newAction(kind));
        }}
        error={errorAt(`${path}.kind`)}
      />
      {action.kind === 'task' ? <TaskFields {...props} value={action} onChange={onChange} /> : null}
      {action.kind === 'notify' ? (
        <>
          <RecipientFields
            value={action.to}
            trigger={props.trigger}
            functions={props.functions}
            onChange={(to) => {
              onChange({ ...action, to });
            }}
            errorAt={errorAt}
            path={`${path}.to`}
          />
          <TextField
            label={t('protocol.editor.message')}
            value={action.message}
            onChange={(message) => {
              onChange({ ...action, message });
            }}
            error={errorAt(`${path}.message`)}
            required
          />
        </>
      ) : null}
      {action.kind === 'add_to_team' ? (
        <SelectField
          label={t('protocol.editor.organizationType')}
          value={action.organizationType}
          options={organizationTypes}
          onChange={(organizationType) => {
            onChange({ ...action, organizationType });
          }}
          error={errorAt(`${path}.organizationType`)}
        />
      ) : null}
      {action.kind === 'referral' ? (
        <>
          <SelectField
            label={t('protocol.editor.need')}
            value={action.need ?? ''}
            emptyLabel={t('protocol.editor.anyNeed')}
            options={NEEDS.map((need) => ({ value: need, label: t(`referrals.needs.${need}`) }))}
            onChange={(need) => {
              // The empty first choice comes back as ''.
              onChange((need as string) === '' ? omitKey(action, 'need') : { ...action, need });
            }}
            error={errorAt(`${path}.need`)}
          />
          <SelectField
            label={t('protocol.editor.receiver')}
            value={action.receiverOrganizationType}
            options={organizationTypes}
            onChange={(receiverOrganizationType) => {
              onChange({ ...action, receiverOrganizationType });
            }}
            error={errorAt(`${path}.receiverOrganizationType`)}
          />
        </>
      ) : null}
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('protocol.editor.removeAction', { n: props.n })}
      </button>
    </fieldset>
  );
}

type TaskAction = Extract<Action, { kind: 'task' }>;

function TaskFields(
  props: RowProps<TaskAction> & { trigger: EventType; functions: readonly string[] },
) {
  const { t } = useTranslation();
  const { value: task, onChange, errorAt, path, trigger } = props;
  const dates = DEADLINE_FIELDS[trigger];
  const setDue = (due: Due) => {
    onChange({ ...task, due });
  };
  return (
    <>
      <SelectField
        label={t('protocol.editor.taskKind')}
        value={task.taskKind}
        options={TASK_KINDS.map((k) => ({ value: k, label: t(`protocol.taskKinds.${k}`) }))}
        onChange={(taskKind) => {
          const rest = omitKey(task, 'planType');
          onChange(
            taskKind === 'safety_plan'
              ? { ...rest, taskKind, planType: 'general' }
              : { ...rest, taskKind },
          );
        }}
        error={errorAt(`${path}.taskKind`)}
      />
      {task.taskKind === 'safety_plan' ? (
        <SelectField
          label={t('protocol.editor.planType')}
          value={task.planType ?? 'general'}
          options={SAFETY_PLAN_TYPES.map((p) => ({ value: p, label: p.replaceAll('_', ' ') }))}
          onChange={(planType) => {
            onChange({ ...task, planType });
          }}
          error={errorAt(`${path}.planType`)}
        />
      ) : null}
      <TextField
        label={t('protocol.editor.title')}
        value={task.title}
        onChange={(title) => {
          onChange({ ...task, title });
        }}
        error={errorAt(`${path}.title`)}
        required
      />
      <SelectField
        label={t('protocol.editor.assignee')}
        value={task.assignee.kind}
        options={ASSIGNEES.map((k) => ({ value: k, label: t(`protocol.editor.assignees.${k}`) }))}
        onChange={(kind) => {
          onChange({ ...task, assignee: newAssignee(kind) });
        }}
        error={errorAt(`${path}.assignee.kind`)}
      />
      {task.assignee.kind === 'organization_type' ? (
        <SelectField
          label={t('protocol.editor.organizationType')}
          value={task.assignee.organizationType}
          options={ORGANIZATION_TYPES.map((type) => ({
            value: type,
            label: t(`organizationTypes.${type}`),
          }))}
          onChange={(organizationType) => {
            onChange({ ...task, assignee: { kind: 'organization_type', organizationType } });
          }}
          error={errorAt(`${path}.assignee.organizationType`)}
        />
      ) : null}
      {task.assignee.kind === 'point_person' ? (
        <SuggestField
          label={t('protocol.editor.function')}
          hint={t('protocol.editor.functionHint')}
          value={task.assignee.function}
          suggestions={props.functions}
          onChange={(fn) => {
            onChange({ ...task, assignee: { kind: 'point_person', function: fn } });
          }}
          error={errorAt(`${path}.assignee.function`)}
        />
      ) : null}
      <SelectField
        label={t('protocol.editor.due')}
        value={'after' in task.due ? 'after' : 'before'}
        options={(dates.length > 0 ? (['after', 'before'] as const) : (['after'] as const)).map(
          (mode) => ({ value: mode, label: t(`protocol.editor.dueModes.${mode}`) }),
        )}
        onChange={(mode) => {
          const amount = 'after' in task.due ? task.due.after : task.due.by;
          setDue(
            mode === 'after'
              ? { after: amount }
              : { before: dates[0] ?? 'hearingDate', by: amount },
          );
        }}
        error={errorAt(`${path}.due`)}
      />
      {'before' in task.due ? (
        <SelectField
          label={t('protocol.editor.beforeDate')}
          value={task.due.before}
          options={(['hearingDate', 'releaseAt'] as const).map((d) => ({
            value: d,
            label: t(`protocol.words.${d}`),
          }))}
          onChange={(before) => {
            if ('before' in task.due) setDue({ ...task.due, before });
          }}
          error={errorAt(`${path}.due.before`)}
        />
      ) : null}
      <DurationFields
        legend={t('protocol.editor.due')}
        value={'after' in task.due ? task.due.after : task.due.by}
        onChange={(duration) => {
          setDue('after' in task.due ? { after: duration } : { ...task.due, by: duration });
        }}
        errorAt={errorAt}
        path={'after' in task.due ? `${path}.due.after` : `${path}.due.by`}
      />
      <fieldset className="rule-rows">
        <legend>{t('protocol.editor.escalationsHeading')}</legend>
        {task.escalations.map((step, i) => (
          <fieldset key={i} className="rule-row">
            <legend>{t('protocol.editor.escalation', { n: i + 1 })}</legend>
            <DurationFields
              legend={t('protocol.editor.after')}
              value={step.after}
              onChange={(after) => {
                onChange({
                  ...task,
                  escalations: task.escalations.map((s, j) => (j === i ? { ...s, after } : s)),
                });
              }}
              errorAt={errorAt}
              path={`${path}.escalations.${i}.after`}
            />
            <RecipientFields
              value={step.to}
              trigger={trigger}
              functions={props.functions}
              onChange={(to) => {
                onChange({
                  ...task,
                  escalations: task.escalations.map((s, j) => (j === i ? { ...s, to } : s)),
                });
              }}
              errorAt={errorAt}
              path={`${path}.escalations.${i}.to`}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => {
                onChange({ ...task, escalations: task.escalations.filter((_, j) => j !== i) });
              }}
            >
              {t('protocol.editor.removeEscalation', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        {task.escalations.length < 5 ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              onChange({
                ...task,
                escalations: [
                  ...task.escalations,
                  { after: { amount: 0, unit: 'minutes' }, to: { kind: 'coordinator' } },
                ],
              });
            }}
          >
            {t('protocol.editor.addEscalation')}
          </button>
        ) : null}
      </fieldset>
    </>
  );
}
