// The coordinator schedules a meeting: title, when, and which of the county's organizations
// attend. The server builds the agenda from the cases due for review.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listOrganizations } from '../../api';
import { ErrorMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import { useApiData, useDescribeError } from '../../hooks';
import { scheduleMeeting } from '../../mdt-api';

export function ScheduleForm(props: { jurisdictionId: string; onScheduled: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describe = useDescribeError();
  const organizations = useApiData(`organizations-${props.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: props.jurisdictionId }),
  );
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = (organizations.data ?? []).filter(
    (o) => o.active && o.type !== 'oversight' && o.type !== 'county_lead',
  );
  const submit = async () => {
    if (!startsAt) {
      setError(t('mdt.schedule.noTime'));
      return;
    }
    if (attendees.length === 0) {
      setError(t('mdt.schedule.noAttendees'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const meeting = await scheduleMeeting({
        ...(title.trim() ? { title: title.trim() } : {}),
        startsAt: new Date(startsAt).toISOString(),
        attendeeOrganizationIds: attendees,
      });
      props.onScheduled();
      await navigate(`/mdt/${meeting.id}`);
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="mdt-schedule">
      <h2 id="mdt-schedule">{t('mdt.schedule.heading')}</h2>
      <p>{t('mdt.schedule.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextField label={t('mdt.schedule.name')} value={title} onChange={setTitle} optional />
        <TextField
          label={t('mdt.schedule.startsAt')}
          type="datetime-local"
          value={startsAt}
          onChange={setStartsAt}
          required
        />
        <fieldset>
          <legend>{t('mdt.schedule.attendees')}</legend>
          {choices.map((o) => (
            <label key={o.id} className="checkbox">
              <input
                type="checkbox"
                checked={attendees.includes(o.id)}
                onChange={(event) => {
                  setAttendees((before) =>
                    event.target.checked ? [...before, o.id] : before.filter((id) => id !== o.id),
                  );
                }}
              />
              {o.name}
            </label>
          ))}
        </fieldset>
        <ErrorMessage>{error}</ErrorMessage>
        <button type="submit" disabled={busy}>
          {t('mdt.schedule.submit')}
        </button>
      </form>
    </section>
  );
}
