// The "only if" rows of the rule form: a fact, then the inputs that fact needs. A detail of the
// event offers only the details its trigger has (CONDITION_FIELDS), each with values of its kind.
import { useTranslation } from 'react-i18next';
import {
  CONDITION_FIELDS,
  IDENTIFICATION_SETTINGS,
  type EventType,
} from '../../../../domain/case-events.js';
import { SETTING_VALUES, type ChoiceSetting, type Condition } from '../../../../domain/protocol.js';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import { SelectField } from './controls';

const FACTS = [
  'detail',
  'team_includes',
  'in_custody',
  'identified_by_law_enforcement',
  'hearing_elsewhere',
  'setting',
] as const satisfies readonly Condition['fact'][];

export function newCondition(fact: Condition['fact'], trigger: EventType): Condition {
  switch (fact) {
    case 'detail': {
      const [field, kind] = Object.entries(CONDITION_FIELDS[trigger])[0] ?? ['', 'boolean'];
      return { fact, field, equals: kind === 'boolean' ? true : firstValue(kind) };
    }
    case 'team_includes':
      return { fact, organizationType: 'child_welfare', equals: true };
    case 'setting':
      return { fact, setting: 'lawEnforcementResponse', equals: 'protective_custody' };
    default:
      return { fact, equals: true };
  }
}

const firstValue = (kind: 'organization_type' | 'setting') =>
  kind === 'organization_type' ? 'law_enforcement' : IDENTIFICATION_SETTINGS[0];

export function ConditionFields(props: {
  n: number;
  trigger: EventType;
  condition: Condition;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
  errorAt: (path: string) => string | undefined;
  path: string;
}) {
  const { t } = useTranslation();
  const { condition, trigger, onChange, errorAt, path } = props;
  const yesNo = [
    { value: 'true', label: t('protocol.words.yes') },
    { value: 'false', label: t('protocol.words.no') },
  ] as const;
  const organizationTypes = ORGANIZATION_TYPES.map((type) => ({
    value: type,
    label: t(`organizationTypes.${type}`),
  }));
  const holds = (equals: boolean) => (
    <SelectField
      label={t('protocol.editor.holds')}
      value={equals ? 'true' : 'false'}
      options={yesNo}
      onChange={(value) => {
        onChange({ ...condition, equals: value === 'true' } as Condition);
      }}
      error={errorAt(`${path}.equals`)}
    />
  );
  const fields = CONDITION_FIELDS[trigger];
  return (
    <fieldset className="rule-row">
      <legend>{t('protocol.editor.condition', { n: props.n })}</legend>
      <SelectField
        label={t('protocol.editor.fact')}
        value={condition.fact}
        options={FACTS.map((fact) => ({ value: fact, label: t(`protocol.editor.facts.${fact}`) }))}
        onChange={(fact) => {
          onChange(newCondition(fact, trigger));
        }}
        error={errorAt(`${path}.fact`)}
      />
      {condition.fact === 'detail' ? (
        Object.keys(fields).length === 0 ? (
          <p className="field-error">{t('protocol.editor.noFields')}</p>
        ) : (
          <>
            <SelectField
              label={t('protocol.editor.field')}
              value={condition.field}
              options={Object.keys(fields).map((field) => ({ value: field, label: field }))}
              onChange={(field) => {
                const kind = fields[field] ?? 'boolean';
                onChange({
                  fact: 'detail',
                  field,
                  equals: kind === 'boolean' ? true : firstValue(kind),
                });
              }}
              error={errorAt(`${path}.field`)}
            />
            {fields[condition.field] === 'boolean' ? (
              holds(condition.equals === true)
            ) : (
              <SelectField
                label={t('protocol.editor.value')}
                value={String(condition.equals)}
                options={
                  fields[condition.field] === 'organization_type'
                    ? organizationTypes
                    : IDENTIFICATION_SETTINGS.map((s) => ({
                        value: s,
                        label: s.replaceAll('_', ' '),
                      }))
                }
                onChange={(equals) => {
                  onChange({ ...condition, equals });
                }}
                error={errorAt(`${path}.equals`)}
              />
            )}
          </>
        )
      ) : null}
      {condition.fact === 'team_includes' ? (
        <>
          <SelectField
            label={t('protocol.editor.organizationType')}
            value={condition.organizationType}
            options={organizationTypes}
            onChange={(organizationType) => {
              onChange({ ...condition, organizationType });
            }}
            error={errorAt(`${path}.organizationType`)}
          />
          {holds(condition.equals)}
        </>
      ) : null}
      {condition.fact === 'in_custody' ||
      condition.fact === 'identified_by_law_enforcement' ||
      condition.fact === 'hearing_elsewhere'
        ? holds(condition.equals)
        : null}
      {condition.fact === 'setting' ? (
        <>
          <SelectField
            label={t('protocol.editor.setting')}
            value={condition.setting}
            options={(Object.keys(SETTING_VALUES) as ChoiceSetting[]).map((s) => ({
              value: s,
              label: t(`protocol.settings.${s}`),
            }))}
            onChange={(setting) => {
              onChange({ fact: 'setting', setting, equals: SETTING_VALUES[setting][0] });
            }}
            error={errorAt(`${path}.setting`)}
          />
          <SelectField
            label={t('protocol.editor.value')}
            value={condition.equals}
            options={SETTING_VALUES[condition.setting].map((v) => ({
              value: v,
              label: v.replaceAll('_', ' '),
            }))}
            onChange={(equals) => {
              onChange({ ...condition, equals });
            }}
            error={errorAt(`${path}.equals`)}
          />
        </>
      ) : null}
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('protocol.editor.removeCondition', { n: props.n })}
      </button>
    </fieldset>
  );
}
