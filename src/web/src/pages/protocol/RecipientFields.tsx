// Whom a notice or an escalation step reaches: the assignee's point person, the coordinator, a
// point person of a function (this county's, or the hearing's or transfer's county), or an agency
// type on the case team.
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../../../domain/case-events.js';
import type { Recipient } from '../../../../domain/protocol.js';
import { ORGANIZATION_TYPES } from '../../../../domain/vocabulary.js';
import { SelectField, SuggestField } from './controls';

const KINDS = ['assignee_point_person', 'coordinator', 'point_person', 'team_member'] as const;

export function RecipientFields(props: {
  value: Recipient;
  trigger: EventType;
  functions: readonly string[];
  onChange: (value: Recipient) => void;
  errorAt: (path: string) => string | undefined;
  path: string;
}) {
  const { t } = useTranslation();
  const { value, onChange, errorAt, path, trigger } = props;
  // Another county's roster is only there when the event names one.
  const jurisdictions = [
    'case',
    ...(trigger === 'subpoena' || trigger === 'hearing' ? (['hearing'] as const) : []),
    ...(trigger === 'transfer' ? (['transfer'] as const) : []),
  ] as const;
  return (
    <>
      <SelectField
        label={t('protocol.editor.to')}
        value={value.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`protocol.editor.recipients.${k}`) }))}
        onChange={(kind) => {
          onChange(
            kind === 'point_person'
              ? { kind, function: '', jurisdiction: 'case' }
              : kind === 'team_member'
                ? { kind, organizationType: 'advocacy' }
                : { kind },
          );
        }}
        error={errorAt(`${path}.kind`)}
      />
      {value.kind === 'point_person' ? (
        <>
          <SuggestField
            label={t('protocol.editor.function')}
            hint={t('protocol.editor.functionHint')}
            value={value.function}
            suggestions={props.functions}
            onChange={(fn) => {
              onChange({ ...value, function: fn });
            }}
            error={errorAt(`${path}.function`)}
          />
          {jurisdictions.length > 1 || value.jurisdiction !== 'case' ? (
            <SelectField
              label={t('protocol.editor.jurisdiction')}
              value={value.jurisdiction}
              options={[...new Set([...jurisdictions, value.jurisdiction])].map((j) => ({
                value: j,
                label: t(`protocol.editor.jurisdictions.${j}`),
              }))}
              onChange={(jurisdiction) => {
                onChange({ ...value, jurisdiction });
              }}
              error={errorAt(`${path}.jurisdiction`)}
            />
          ) : null}
        </>
      ) : null}
      {value.kind === 'team_member' ? (
        <SelectField
          label={t('protocol.editor.organizationType')}
          value={value.organizationType}
          options={ORGANIZATION_TYPES.map((type) => ({
            value: type,
            label: t(`organizationTypes.${type}`),
          }))}
          onChange={(organizationType) => {
            onChange({ ...value, organizationType });
          }}
          error={errorAt(`${path}.organizationType`)}
        />
      ) : null}
    </>
  );
}
