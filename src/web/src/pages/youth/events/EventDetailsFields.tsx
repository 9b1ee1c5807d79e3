// The few details of the chosen type: on a phone at night, a couple of taps, nothing else.
import { useTranslation } from 'react-i18next';
import { IDENTIFICATION_SETTINGS, type EventType } from '../../../../../domain/case-events.js';
import { RISK_LEVELS } from '../../../../../domain/missing-youth.js';
import { ORGANIZATION_TYPES } from '../../../../../domain/vocabulary.js';
import { getLegalProfile, listJurisdictions } from '../../../api';
import { Checkbox, Field } from '../../../components/Field';
import { TextField } from '../../../components/TextField';
import { useApiData } from '../../../hooks';
import type { DraftErrors, DraftField, EventDraft } from './event-draft';
import { FIELDS_BY_TYPE } from './event-draft';

type BooleanField =
  | 'prostitutionRelated'
  | 'meetsForensicInterviewCriteria'
  | 'fromCare'
  | 'knownRunawayHistory'
  | 'inCustody';

export function EventDetailsFields(props: {
  type: EventType;
  draft: EventDraft;
  errors: DraftErrors;
  /** The youth's county: a transfer goes elsewhere, a hearing elsewhere is named. */
  jurisdictionId: string;
  onChange: (field: DraftField, value: string | boolean) => void;
}) {
  const { type, draft, errors, onChange } = props;
  const { t } = useTranslation();
  const fields = FIELDS_BY_TYPE[type];
  const needsCounties =
    fields.includes('hearingJurisdictionId') || fields.includes('toJurisdictionId');
  const counties = useApiData(`jurisdictions:${String(needsCounties)}`, () =>
    needsCounties ? listJurisdictions() : Promise.resolve([]),
  );
  const others = (counties.data ?? []).filter((j) => j.id !== props.jurisdictionId);
  // The offenses come from the county's legal profile, each shown with its citation.
  const needsOffenses = fields.includes('offenseCode');
  const profile = useApiData(
    `legal-profile:${props.jurisdictionId}:${String(needsOffenses)}`,
    () => (needsOffenses ? getLegalProfile(props.jurisdictionId) : Promise.resolve(null)),
  );
  const offenses = profile.data?.coveredOffenses ?? [];
  const required = (field: DraftField) => (errors[field] ? t('events.required') : undefined);

  const yesNo = (field: BooleanField) => (
    <Checkbox
      key={field}
      label={t(`events.${field}`)}
      checked={draft[field]}
      onChange={(checked) => {
        onChange(field, checked);
      }}
    />
  );
  const select = (
    field: DraftField,
    label: string,
    options: readonly { value: string; label: string }[],
    blank: string,
    isRequired = false,
  ) => (
    <Field key={field} label={label} error={required(field)} required={isRequired}>
      {(control) => (
        <select
          {...control}
          value={String(draft[field])}
          onChange={(event) => {
            onChange(field, event.target.value);
          }}
        >
          <option value="">{blank}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (field: 'offenseDescription' | 'court', isRequired: boolean) => (
    <TextField
      key={field}
      label={t(`events.${field}`)}
      value={draft[field]}
      onChange={(value) => {
        onChange(field, value);
      }}
      error={required(field)}
      required={isRequired}
      optional={!isRequired}
    />
  );

  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'setting':
            return select(
              field,
              t('events.setting'),
              IDENTIFICATION_SETTINGS.map((value) => ({
                value,
                label: t(`events.settings.${value}`),
              })),
              t('common.choose'),
            );
          case 'prostitutionRelated':
          case 'meetsForensicInterviewCriteria':
          case 'fromCare':
          case 'knownRunawayHistory':
          case 'inCustody':
            return yesNo(field);
          case 'offenseCode':
            return select(
              field,
              t('nonCriminalization.offense'),
              [
                ...offenses.map((o) => ({ value: o.code, label: o.label })),
                { value: 'other', label: t('nonCriminalization.otherOffense') },
              ],
              t('common.choose'),
              true,
            );
          case 'riskLevel':
            return select(
              field,
              t('missing.riskLevel'),
              RISK_LEVELS.map((value) => ({ value, label: t(`missing.risk.${value}`) })),
              t('common.choose'),
            );
          case 'offenseDescription':
            // Asked only for an offense not on the profile's list; an older draft had no list.
            if (fields.includes('offenseCode') && draft.offenseCode !== 'other') return null;
            return (
              <TextField
                key={field}
                label={t('nonCriminalization.describeOffense')}
                value={draft.offenseDescription}
                onChange={(value) => {
                  onChange(field, value);
                }}
                error={required(field)}
                required
              />
            );
          case 'court':
            return text(field, false);
          case 'toOrganizationType':
            return select(
              field,
              t('events.toOrganizationType'),
              ORGANIZATION_TYPES.map((value) => ({
                value,
                label: t(`organizationTypes.${value}`),
              })),
              t('common.choose'),
              true,
            );
          case 'hearingDate':
            return (
              <TextField
                key={field}
                type="date"
                label={t('events.hearingDate')}
                value={draft.hearingDate}
                onChange={(value) => {
                  onChange(field, value);
                }}
                error={required(field)}
                required
              />
            );
          case 'hearingJurisdictionId':
            return select(
              field,
              t('events.hearingJurisdiction'),
              others.map((j) => ({ value: j.id, label: j.name })),
              t('events.thisCounty'),
            );
          case 'toJurisdictionId':
            return select(
              field,
              t('events.toJurisdiction'),
              others.map((j) => ({ value: j.id, label: j.name })),
              t('common.choose'),
              true,
            );
          default:
            return null;
        }
      })}
    </>
  );
}
