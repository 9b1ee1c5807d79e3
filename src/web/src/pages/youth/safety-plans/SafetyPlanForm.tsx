// The fields of a safety plan, one section after another (phone first): written with the youth,
// warning signs, safe people and places, contacts she agreed to, steps per party, and the fields
// of the plan's type.
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { TextField } from '../../../components/TextField';
import { RowsField } from './RowsField';
import type { DetailsDraft, PersonRow, PlanDraft } from './plan-draft';

export interface TeamOrganization {
  readonly organizationId: string;
  readonly organizationName: string;
}

export function SafetyPlanForm(props: {
  draft: PlanDraft;
  onChange: (draft: PlanDraft) => void;
  team: readonly TeamOrganization[];
}) {
  const { t } = useTranslation();
  const { draft, onChange } = props;
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => {
    onChange({ ...draft, [key]: value });
  };
  const detail = (key: keyof DetailsDraft, label: string, type = 'text') => (
    <TextField
      key={key}
      label={label}
      type={type}
      value={draft.details[key]}
      onChange={(value) => {
        set('details', { ...draft.details, [key]: value });
      }}
    />
  );
  const people = (key: 'safePeople' | 'agreedContacts', legend: string) => (
    <RowsField<PersonRow>
      legend={legend}
      rows={draft[key]}
      empty={() => ({ name: '', relationship: '', phone: '' })}
      onChange={(rows) => {
        set(key, rows);
      }}
    >
      {(row, setRow) => (
        <>
          <TextField
            label={t('safetyPlans.name')}
            value={row.name}
            onChange={(name) => {
              setRow({ ...row, name });
            }}
          />
          <TextField
            label={t('safetyPlans.relationship')}
            optional
            value={row.relationship}
            onChange={(relationship) => {
              setRow({ ...row, relationship });
            }}
          />
          <TextField
            label={t('safetyPlans.phone')}
            optional
            type="tel"
            value={row.phone}
            onChange={(phone) => {
              setRow({ ...row, phone });
            }}
          />
        </>
      )}
    </RowsField>
  );

  return (
    <div className="stack">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.writtenWithYouth}
          onChange={(event) => {
            set('writtenWithYouth', event.target.checked);
          }}
        />
        {t('safetyPlans.writtenWithYouth')}
      </label>
      {draft.writtenWithYouth ? (
        <TextField
          label={t('safetyPlans.writtenWithYouthOn')}
          type="date"
          value={draft.writtenWithYouthOn}
          onChange={(value) => {
            set('writtenWithYouthOn', value);
          }}
        />
      ) : null}

      <fieldset>
        <legend>{t('safetyPlans.details')}</legend>
        {draft.type === 'testimony' ? (
          <>
            {detail('hearingDate', t('safetyPlans.hearingDate'), 'date')}
            {detail('court', t('safetyPlans.court'))}
            <fieldset>
              <legend>{t('safetyPlans.transportation')}</legend>
              {detail('driver', t('safetyPlans.driver'))}
              {detail('pickUpAt', t('safetyPlans.pickUpAt'), 'datetime-local')}
              {detail('pickUpPlace', t('safetyPlans.pickUpPlace'))}
              {detail('confirmedBy', t('safetyPlans.confirmedBy'))}
              {detail('confirmedAt', t('safetyPlans.confirmedAt'), 'datetime-local')}
            </fieldset>
          </>
        ) : null}
        {draft.type === 'release_from_custody' ? (
          <>
            <fieldset>
              <legend>{t('safetyPlans.receiver')}</legend>
              {(['person', 'organization'] as const).map((kind) => (
                <label key={kind} className="checkbox">
                  <input
                    type="radio"
                    name="receiverKind"
                    checked={draft.details.receiverKind === kind}
                    onChange={() => {
                      set('details', { ...draft.details, receiverKind: kind });
                    }}
                  />
                  {kind === 'person'
                    ? t('safetyPlans.receiverPerson')
                    : t('safetyPlans.receiverOrganization')}
                </label>
              ))}
              {draft.details.receiverKind === 'person' ? (
                <>
                  {detail('receiverName', t('safetyPlans.name'))}
                  {detail('receiverRelationship', t('safetyPlans.relationship'))}
                </>
              ) : (
                <OrganizationSelect
                  label={t('safetyPlans.party')}
                  team={props.team}
                  value={draft.details.receiverOrganizationId}
                  onChange={(value) => {
                    set('details', { ...draft.details, receiverOrganizationId: value });
                  }}
                />
              )}
            </fieldset>
            {detail('releaseAt', t('safetyPlans.releaseAt'), 'datetime-local')}
          </>
        ) : null}
        {draft.type === 'placement'
          ? detail('placementName', t('safetyPlans.placementName'))
          : null}
        {draft.type === 'return_from_missing'
          ? detail('returnedOn', t('safetyPlans.returnedOn'), 'date')
          : null}
        {draft.type === 'general' ? <p className="muted">—</p> : null}
      </fieldset>

      <TextField
        label={t('safetyPlans.warningSigns')}
        hint={t('safetyPlans.warningSignsHint')}
        multiline
        value={draft.warningSigns}
        onChange={(value) => {
          set('warningSigns', value);
        }}
      />
      {people('safePeople', t('safetyPlans.safePeople'))}
      <RowsField
        legend={t('safetyPlans.safePlaces')}
        rows={draft.safePlaces}
        empty={() => ({ name: '', note: '' })}
        onChange={(rows) => {
          set('safePlaces', rows);
        }}
      >
        {(row, setRow) => (
          <>
            <TextField
              label={t('safetyPlans.place')}
              value={row.name}
              onChange={(name) => {
                setRow({ ...row, name });
              }}
            />
            <TextField
              label={t('safetyPlans.note')}
              optional
              value={row.note}
              onChange={(note) => {
                setRow({ ...row, note });
              }}
            />
          </>
        )}
      </RowsField>
      {people('agreedContacts', t('safetyPlans.agreedContacts'))}
      <RowsField
        legend={t('safetyPlans.steps')}
        hint={t('safetyPlans.stepsHint')}
        rows={draft.steps}
        empty={() => ({
          key: '',
          partyOrganizationId: props.team[0]?.organizationId ?? '',
          title: '',
          owner: '',
          due: '',
        })}
        onChange={(rows) => {
          set('steps', rows);
        }}
      >
        {(row, setRow) => (
          <>
            <OrganizationSelect
              label={t('safetyPlans.party')}
              team={props.team}
              value={row.partyOrganizationId}
              onChange={(partyOrganizationId) => {
                setRow({ ...row, partyOrganizationId });
              }}
            />
            <TextField
              label={t('safetyPlans.stepTitle')}
              value={row.title}
              onChange={(title) => {
                setRow({ ...row, title });
              }}
            />
            <TextField
              label={t('safetyPlans.owner')}
              value={row.owner}
              onChange={(owner) => {
                setRow({ ...row, owner });
              }}
            />
            <TextField
              label={t('safetyPlans.due')}
              optional
              type="datetime-local"
              value={row.due}
              onChange={(due) => {
                setRow({ ...row, due });
              }}
            />
          </>
        )}
      </RowsField>
    </div>
  );
}

function OrganizationSelect(props: {
  label: string;
  team: readonly TeamOrganization[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={props.label}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value);
          }}
        >
          <option value="">{t('common.choose')}</option>
          {props.team.map((o) => (
            <option key={o.organizationId} value={o.organizationId}>
              {o.organizationName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
