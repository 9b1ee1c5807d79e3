// The county's protocol decisions (the advocacy partner chosen among the county's advocacy
// organizations) and its holiday calendar, which business-day clocks skip.
import { useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrganizations } from '../../api';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useApiData, useDescribeError } from '../../hooks';
import {
  saveHolidays,
  saveProtocolSettings,
  type Holiday,
  type ProtocolSettings,
} from '../../protocol-api';
import { SelectField } from './controls';

/** The urgent referral answer times a county chooses from (src/domain/referral-answers.ts). */
const URGENT_HOURS = [1, 2, 3, 4, 6, 8, 12, 24, 48, 72] as const;

export function SettingsForm(props: {
  jurisdictionId: string;
  settings: ProtocolSettings;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [settings, setSettings] = useState(props.settings);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const advocacy = useApiData(`organizations:${props.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: props.jurisdictionId }),
  );
  const partners = (advocacy.data ?? []).filter((o) => o.type === 'advocacy');
  const set = (next: Partial<ProtocolSettings>) => {
    setSettings({ ...settings, ...next });
    setStatus(null);
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    try {
      setSettings(await saveProtocolSettings(props.jurisdictionId, settings));
      setStatus(t('protocol.settings.saved'));
      props.onSaved();
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <section aria-labelledby="protocol-settings" className="help">
      <h2 id="protocol-settings">{t('protocol.settings.heading')}</h2>
      <p className="hint">{t('protocol.settings.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('protocol.settings.lawEnforcementResponse')}
          value={settings.lawEnforcementResponse}
          options={(['protective_custody', 'arrest'] as const).map((v) => ({
            value: v,
            label: t(`protocol.settings.lawEnforcementResponses.${v}`),
          }))}
          onChange={(lawEnforcementResponse) => {
            set({ lawEnforcementResponse });
          }}
        />
        <SelectField
          label={t('protocol.settings.interviewLocation')}
          value={settings.interviewLocation}
          options={(['child_advocacy_center', 'law_enforcement', 'other'] as const).map((v) => ({
            value: v,
            label: t(`protocol.settings.interviewLocations.${v}`),
          }))}
          onChange={(interviewLocation) => {
            set({ interviewLocation });
          }}
        />
        <SelectField
          label={t('protocol.settings.advocacyPartner')}
          hint={t('protocol.settings.advocacyPartnerHint')}
          value={settings.advocacyPartnerOrganizationId ?? ''}
          emptyLabel={t('protocol.settings.noPartner')}
          options={partners.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => {
            set({ advocacyPartnerOrganizationId: id === '' ? null : id });
          }}
        />
        <SelectField
          label={t('protocol.settings.juvenileHallPractice')}
          value={settings.juvenileHallPractice}
          options={(['release', 'detain'] as const).map((v) => ({
            value: v,
            label: t(`protocol.settings.juvenileHallPractices.${v}`),
          }))}
          onChange={(juvenileHallPractice) => {
            set({ juvenileHallPractice });
          }}
        />
        <TextField
          label={t('protocol.settings.takeChildTo')}
          value={settings.takeChildTo}
          onChange={(takeChildTo) => {
            set({ takeChildTo });
          }}
          optional
        />
        <TextField
          label={t('protocol.settings.forensicInterviewCriteria')}
          value={settings.forensicInterviewCriteria}
          onChange={(forensicInterviewCriteria) => {
            set({ forensicInterviewCriteria });
          }}
          multiline
          optional
        />
        <SelectField
          label={t('referralThreads.settings.urgentHours')}
          hint={t('referralThreads.settings.urgentHoursHint')}
          value={String(settings.urgentReferralAnswerHours)}
          options={URGENT_HOURS.map((hours) => ({
            value: String(hours),
            label: t('referralThreads.settings.hours', { count: hours }),
          }))}
          onChange={(hours) => {
            set({ urgentReferralAnswerHours: Number(hours) });
          }}
        />
        <button type="submit" className="primary">
          {t('protocol.settings.save')}
        </button>
      </form>
    </section>
  );
}

export function HolidaysForm(props: { jurisdictionId: string; holidays: Holiday[] }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const [holidays, setHolidays] = useState(props.holidays);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const edit = (i: number, change: Partial<Holiday>) => {
    setHolidays(holidays.map((h, j) => (j === i ? { ...h, ...change } : h)));
    setStatus(null);
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (holidays.some((h) => !h.day || !h.name.trim())) return;
    try {
      setHolidays(await saveHolidays(props.jurisdictionId, holidays));
      setStatus(t('protocol.holidays.saved'));
      setTried(false);
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <section aria-labelledby="protocol-holidays" className="help">
      <h2 id="protocol-holidays">{t('protocol.holidays.heading')}</h2>
      <p className="hint">{t('protocol.holidays.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {holidays.length === 0 ? <p>{t('protocol.holidays.none')}</p> : null}
        {holidays.map((holiday, i) => (
          <fieldset key={i} className="rule-row">
            <legend>{holiday.name || holiday.day || String(i + 1)}</legend>
            <TextField
              label={t('protocol.holidays.day')}
              type="date"
              value={holiday.day}
              onChange={(day) => {
                edit(i, { day });
              }}
              error={tried && !holiday.day ? t('protocol.holidays.errors.day') : undefined}
              required
            />
            <TextField
              label={t('protocol.holidays.name')}
              value={holiday.name}
              onChange={(name) => {
                edit(i, { name });
              }}
              error={tried && !holiday.name.trim() ? t('protocol.holidays.errors.name') : undefined}
              required
            />
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setHolidays(holidays.filter((_, j) => j !== i));
              }}
            >
              {t('protocol.holidays.remove', { day: holiday.day || String(i + 1) })}
            </button>
          </fieldset>
        ))}
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setHolidays([...holidays, { day: '', name: '' }]);
            }}
          >
            {t('protocol.holidays.add')}
          </button>
          <button type="submit" className="primary">
            {t('protocol.holidays.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
