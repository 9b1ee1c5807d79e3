// Attendance: which attending organizations came, saved at once for all of them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useDescribeError } from '../../hooks';
import { recordAttendance, type Meeting } from '../../mdt-api';

export function AttendanceForm(props: { meeting: Meeting; onSaved: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(props.meeting.attendees.map((a) => [a.organizationId, a.present === true])),
  );
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await recordAttendance(
        props.meeting.id,
        props.meeting.attendees.map((a) => ({
          organizationId: a.organizationId,
          present: present[a.organizationId] ?? false,
        })),
      );
      setSaved(true);
      props.onSaved();
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <section aria-labelledby="mdt-attendance">
      <h2 id="mdt-attendance">{t('mdt.attendance.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {props.meeting.attendees.map((a) => (
          <label key={a.organizationId} className="checkbox">
            <input
              type="checkbox"
              checked={present[a.organizationId] ?? false}
              onChange={(event) => {
                setPresent((before) => ({ ...before, [a.organizationId]: event.target.checked }));
              }}
            />
            {t('mdt.attendance.present', { organization: a.organizationName })}
          </label>
        ))}
        <ErrorMessage>{error}</ErrorMessage>
        <StatusMessage>{saved ? t('mdt.attendance.saved') : null}</StatusMessage>
        <button type="submit">{t('mdt.attendance.save')}</button>
      </form>
    </section>
  );
}
