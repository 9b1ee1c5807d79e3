// Victim compensation claims: the list with each filing deadline (and why it is that day), the
// form to record one, and the recording organization's update of status and amounts (naming the
// version it edits; a stale one is refused and the list reloaded).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPENSATION_STATUSES,
  type CompensationStatus,
} from '../../../../../domain/compensation-deadline.js';
import { ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { ErrorMessage, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDate, useApiData, useDescribeError } from '../../../hooks';
import {
  changeCompensationClaim,
  listCompensationClaims,
  recordCompensationClaim,
  type CompensationClaim,
} from '../../../legal-matters-api';
import { numberFormat } from '../../../intl';

/** Dollars as typed ("1,250.50") to cents; null when it is not an amount. */
export function centsOf(dollars: string): number | null {
  const text = dollars.replace(/[$,\s]/g, '');
  if (text === '') return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

export function CompensationClaims(props: { youthId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const claims = useApiData(`compensation-claims:${props.youthId}`, () =>
    listCompensationClaims(props.youthId),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const found = claims.data ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('legalMatters.claims.heading')}</h3>
      <p className="muted">{t('legalMatters.claims.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{claims.error ? describeError(claims.error) : null}</ErrorMessage>
      {found.length === 0 ? (
        <p>{claims.loading ? t('common.loading') : t('legalMatters.claims.none')}</p>
      ) : (
        <ul className="notes">
          {found.map((claim) => (
            <li key={`${claim.id}:${String(claim.version)}`} className="note">
              <ClaimItem
                claim={claim}
                onChanged={(message) => {
                  setSaved(message);
                  claims.reload();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {props.canRecord ? (
        <ClaimForm
          youthId={props.youthId}
          onRecorded={() => {
            setSaved(t('legalMatters.claims.recorded'));
            claims.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function ClaimItem(props: { claim: CompensationClaim; onChanged: (message: string) => void }) {
  const { claim } = props;
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatDate(d, i18n.language);
  const money = (cents: number) =>
    numberFormat(i18n.language, { style: 'currency', currency: 'USD' }).format(cents / 100);
  return (
    <>
      <p>
        <strong>
          {t('legalMatters.claims.summary', {
            program: claim.program,
            status: t(`legalMatters.claims.statuses.${claim.status}`),
          })}
        </strong>
      </p>
      <p>
        {t('legalMatters.claims.crime', { date: date(claim.crimeDate) })}
        {claim.filedOn ? ` · ${t('legalMatters.claims.filed', { date: date(claim.filedOn) })}` : ''}
      </p>
      <p>
        <strong>
          {t(
            claim.deadlineBasis === 'minor_until_age'
              ? 'legalMatters.claims.deadlineMinor'
              : 'legalMatters.claims.deadline',
            { date: date(claim.deadline) },
          )}
        </strong>
      </p>
      {claim.birthDate === 'missing' ? (
        <p className="muted">{t('legalMatters.claims.birthMissing')}</p>
      ) : claim.birthDate === 'withheld' ? (
        <p className="muted">{t('legalMatters.claims.birthWithheld')}</p>
      ) : null}
      <p>
        {t('legalMatters.claims.amounts', {
          requested: money(claim.amountRequestedCents),
          paid: money(claim.amountPaidCents),
        })}
      </p>
      <p className="muted">
        {t('legalMatters.claims.recordedBy', { organization: claim.recordedByOrganizationName })}
      </p>
      {claim.allowedActions.includes('edit') ? (
        <details>
          <summary>{t('legalMatters.claims.update')}</summary>
          <ClaimUpdateForm claim={claim} onChanged={props.onChanged} />
        </details>
      ) : null}
    </>
  );
}

interface Draft {
  status: CompensationStatus;
  filedOn: string;
  requested: string;
  paid: string;
}
type DraftErrors = Partial<Record<keyof Draft | 'program' | 'crimeDate', string>>;

function draftErrors(
  draft: Draft,
  words: { readonly date: string; readonly notAmount: string },
): DraftErrors {
  return {
    ...(draft.status !== 'planned' && !draft.filedOn ? { filedOn: words.date } : {}),
    ...(centsOf(draft.requested) === null ? { requested: words.notAmount } : {}),
    ...(centsOf(draft.paid) === null ? { paid: words.notAmount } : {}),
  };
}

function StatusField(props: {
  value: CompensationStatus;
  onChange: (value: CompensationStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('legalMatters.claims.status')} required>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.target.value as CompensationStatus);
          }}
        >
          {COMPENSATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`legalMatters.claims.statuses.${s}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function DraftFields(props: {
  draft: Draft;
  errors: DraftErrors;
  onChange: (draft: Draft) => void;
}) {
  const { draft, errors } = props;
  const { t } = useTranslation();
  const set = (field: keyof Draft) => (value: string) => {
    props.onChange({ ...draft, [field]: value });
  };
  return (
    <>
      <StatusField
        value={draft.status}
        onChange={(status) => {
          props.onChange({ ...draft, status, filedOn: status === 'planned' ? '' : draft.filedOn });
        }}
      />
      {draft.status !== 'planned' ? (
        <TextField
          label={t('legalMatters.claims.filedOn')}
          type="date"
          value={draft.filedOn}
          onChange={set('filedOn')}
          error={errors.filedOn}
          required
        />
      ) : null}
      <TextField
        label={t('legalMatters.claims.amountRequested')}
        value={draft.requested}
        onChange={set('requested')}
        error={errors.requested}
        optional
      />
      <TextField
        label={t('legalMatters.claims.amountPaid')}
        value={draft.paid}
        onChange={set('paid')}
        error={errors.paid}
        optional
      />
    </>
  );
}

function ClaimForm(props: { youthId: string; onRecorded: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const empty: Draft = { status: 'planned', filedOn: '', requested: '', paid: '' };
  const [program, setProgram] = useState('');
  const [crimeDate, setCrimeDate] = useState('');
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found: DraftErrors = {
      ...(!program.trim() ? { program: t('errors.required') } : {}),
      ...(!crimeDate ? { crimeDate: t('errors.date') } : {}),
      ...draftErrors(draft, {
        date: t('errors.date'),
        notAmount: t('legalMatters.claims.notAmount'),
      }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await recordCompensationClaim(props.youthId, {
        program: program.trim(),
        crimeDate,
        status: draft.status,
        filedOn: draft.status === 'planned' ? null : draft.filedOn,
        amountRequestedCents: centsOf(draft.requested) ?? 0,
        amountPaidCents: centsOf(draft.paid) ?? 0,
      });
      setProgram('');
      setCrimeDate('');
      setDraft(empty);
      props.onRecorded();
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };
  return (
    <form ref={form} aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={headingId}>{t('legalMatters.claims.formHeading')}</h4>
      <TextField
        label={t('legalMatters.claims.program')}
        value={program}
        onChange={setProgram}
        error={errors.program}
        required
      />
      <TextField
        label={t('legalMatters.claims.crimeDate')}
        type="date"
        value={crimeDate}
        onChange={setCrimeDate}
        error={errors.crimeDate}
        required
      />
      <DraftFields draft={draft} errors={errors} onChange={setDraft} />
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" disabled={busy}>
        {t('legalMatters.claims.record')}
      </button>
    </form>
  );
}

function ClaimUpdateForm(props: {
  claim: CompensationClaim;
  onChanged: (message: string) => void;
}) {
  const { claim } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>({
    status: claim.status,
    filedOn: claim.filedOn ?? '',
    requested: (claim.amountRequestedCents / 100).toFixed(2),
    paid: (claim.amountPaidCents / 100).toFixed(2),
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = draftErrors(draft, {
      date: t('errors.date'),
      notAmount: t('legalMatters.claims.notAmount'),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await changeCompensationClaim(claim.id, {
        version: claim.version,
        status: draft.status,
        filedOn: draft.status === 'planned' ? null : draft.filedOn,
        amountRequestedCents: centsOf(draft.requested) ?? 0,
        amountPaidCents: centsOf(draft.paid) ?? 0,
      });
      props.onChanged(t('legalMatters.claims.saved'));
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'stale_version') {
        props.onChanged(t('legalMatters.claims.stale'));
      } else {
        setFailure(describeError(caught));
      }
    }
    setBusy(false);
  };
  return (
    <form
      ref={form}
      aria-label={t('legalMatters.claims.updateHeading')}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <DraftFields draft={draft} errors={errors} onChange={setDraft} />
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" disabled={busy}>
        {t('legalMatters.claims.save')}
      </button>
    </form>
  );
}
