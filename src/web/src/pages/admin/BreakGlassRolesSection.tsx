// Which roles may open emergency access (break-glass) in this jurisdiction: the legal profile
// names them. Administrators and oversight analysts never read a case, so they are not offered.
import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, roleSeesYouthData } from '../../../../domain/vocabulary.js';
import type { Role } from '../../../../domain/vocabulary.js';
import { CheckboxGroup } from '../../components/Field';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useDescribeReleaseError } from '../releases/words';

const OFFERED = ROLES.filter(roleSeesYouthData);

export function BreakGlassRolesSection(props: {
  roles: readonly Role[];
  /** Absent for people who only read the profile. */
  onSave?: ((roles: Role[]) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="break-glass-roles">
      <h2 id={headingId}>{t('breakGlassRoles.heading')}</h2>
      <p>{t('breakGlassRoles.intro')}</p>
      {props.onSave ? (
        <RolesForm roles={props.roles} onSave={props.onSave} />
      ) : props.roles.length === 0 ? (
        <p>{t('breakGlassRoles.none')}</p>
      ) : (
        <ul>
          {props.roles.map((role) => (
            <li key={role}>{t(`roles.${role}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RolesForm(props: { roles: readonly Role[]; onSave: (roles: Role[]) => Promise<void> }) {
  const { t } = useTranslation();
  const describeError = useDescribeReleaseError();
  const [roles, setRoles] = useState<Role[]>(OFFERED.filter((r) => props.roles.includes(r)));
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    setBusy(true);
    try {
      await props.onSave(OFFERED.filter((r) => roles.includes(r)));
      setSaved(t('breakGlassRoles.saved'));
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      <CheckboxGroup
        legend={t('breakGlassRoles.legend')}
        options={OFFERED.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        selected={roles}
        onChange={(next) => {
          setSaved(null);
          setRoles(next);
        }}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('breakGlassRoles.save')}
      </button>
    </form>
  );
}
