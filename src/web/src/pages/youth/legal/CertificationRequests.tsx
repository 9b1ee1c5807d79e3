// T/U visa certification requests: the list (due date and status; the certifying agency sees the
// request itself and records the answer), and the form to record one.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VISA_KINDS, type VisaKind } from '../../../../../domain/certification-clock.js';
import { mayCertify } from '../../../../../domain/legal-matters.js';
import { listOrganizations } from '../../../api';
import { RadioGroup } from '../../../components/Field';
import { ErrorMessage, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDate, useApiData, useDescribeError } from '../../../hooks';
import {
  listCertificationRequests,
  recordCertificationOutcome,
  recordCertificationRequest,
  type CertificationRequest,
} from '../../../legal-matters-api';
import type { YouthRecord } from '../../../types';
import { localToday } from '../names';

export function CertificationRequests(props: { youth: YouthRecord; canRecord: boolean }) {
  const { youth } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const requests = useApiData(`certification-requests:${youth.id}`, () =>
    listCertificationRequests(youth.id),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const found = requests.data ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('legalMatters.certifications.heading')}</h3>
      <p className="muted">{t('legalMatters.certifications.intro')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{requests.error ? describeError(requests.error) : null}</ErrorMessage>
      {found.length === 0 ? (
        <p>{requests.loading ? t('common.loading') : t('legalMatters.certifications.none')}</p>
      ) : (
        <ul className="notes">
          {found.map((request) => (
            <li key={request.id} className="note">
              <RequestItem
                request={request}
                onAnswered={() => {
                  setSaved(t('legalMatters.certifications.outcomeSaved'));
                  requests.reload();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {props.canRecord ? (
        <RequestForm
          youth={youth}
          onRecorded={() => {
            setSaved(t('legalMatters.certifications.recorded'));
            requests.reload();
          }}
          onEdit={() => {
            setSaved(null);
          }}
        />
      ) : null}
    </section>
  );
}

function RequestItem(props: { request: CertificationRequest; onAnswered: () => void }) {
  const { request } = props;
  const { t, i18n } = useTranslation();
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <>
      <p>
        <strong>
          {t('legalMatters.certifications.summary', {
            visa: t(`legalMatters.certifications.visaKinds.${request.visaKind}`),
            agency: request.certifyingOrganizationName ?? request.outsideAgencyName ?? '',
          })}
        </strong>
        {' · '}
        <span className="badge">{t(`legalMatters.certifications.statuses.${request.status}`)}</span>
      </p>
      <p>
        {t('legalMatters.certifications.received', { date: date(request.receivedOn) })}
        {request.removalProceedings ? ` · ${t('legalMatters.certifications.removal')}` : ''}
        {' · '}
        {t('legalMatters.certifications.due', { date: date(request.dueOn) })}
      </p>
      {request.declineReason ? (
        <p className="note-body">
          {t('legalMatters.certifications.declinedBecause', { reason: request.declineReason })}
        </p>
      ) : null}
      <p className="muted">
        {t('legalMatters.certifications.requestedBy', {
          organization: request.requestingOrganizationName,
        })}
      </p>
      {request.view === 'certifier' ? (
        <p className="muted">{t('legalMatters.certifications.asCertifier')}</p>
      ) : null}
      {request.allowedActions.includes('outcome') ? (
        <OutcomeForm requestId={request.id} onAnswered={props.onAnswered} />
      ) : null}
    </>
  );
}

function OutcomeForm(props: { requestId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [outcome, setOutcome] = useState<'certified' | 'declined' | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      ...(outcome === null ? { outcome: t('errors.required') } : {}),
      ...(outcome === 'declined' && !reason.trim() ? { reason: t('errors.required') } : {}),
    };
    setErrors(found);
    if (outcome === null || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await recordCertificationOutcome(
        props.requestId,
        outcome === 'declined' ? { outcome, reason: reason.trim() } : { outcome },
      );
      props.onAnswered();
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };
  return (
    <form ref={form} aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={headingId}>{t('legalMatters.certifications.outcomeHeading')}</h4>
      <RadioGroup
        legend={t('legalMatters.certifications.outcomeHeading')}
        options={[
          { value: 'certified', label: t('legalMatters.certifications.certify') },
          { value: 'declined', label: t('legalMatters.certifications.decline') },
        ]}
        name={`certification-outcome-${props.requestId}`}
        selected={outcome}
        onChange={setOutcome}
        error={errors.outcome}
      />
      {outcome === 'declined' ? (
        <TextField
          label={t('legalMatters.certifications.reason')}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          multiline
          required
        />
      ) : null}
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" disabled={busy}>
        {t('legalMatters.certifications.saveOutcome')}
      </button>
    </form>
  );
}

interface FormErrors {
  visaKind?: string;
  organization?: string;
  outsideName?: string;
  receivedOn?: string;
}

function RequestForm(props: { youth: YouthRecord; onRecorded: () => void; onEdit: () => void }) {
  const { youth } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const selectId = useId();
  const form = useRef<HTMLFormElement>(null);
  const organizations = useApiData(`organizations:${youth.jurisdictionId}`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId }),
  );
  const [visaKind, setVisaKind] = useState<VisaKind | null>(null);
  const [inLantern, setInLantern] = useState<'in' | 'out'>('in');
  const [organizationId, setOrganizationId] = useState('');
  const [outsideName, setOutsideName] = useState('');
  const [receivedOn, setReceivedOn] = useState(() => localToday());
  const [removal, setRemoval] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      props.onEdit();
    };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const required = t('errors.required');
    const found: FormErrors = {
      ...(visaKind === null ? { visaKind: required } : {}),
      ...(inLantern === 'in' && !organizationId ? { organization: required } : {}),
      ...(inLantern === 'out' && !outsideName.trim() ? { outsideName: required } : {}),
      ...(!/^\d{4}-\d{2}-\d{2}$/.test(receivedOn) ? { receivedOn: t('errors.date') } : {}),
    };
    setErrors(found);
    if (visaKind === null || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await recordCertificationRequest(youth.id, {
        visaKind,
        ...(inLantern === 'in'
          ? { certifyingOrganizationId: organizationId }
          : { outsideAgencyName: outsideName.trim() }),
        receivedOn,
        removalProceedings: removal,
      });
      setVisaKind(null);
      setOrganizationId('');
      setOutsideName('');
      setRemoval(false);
      props.onRecorded();
    } catch (caught) {
      setFailure(describeError(caught));
    }
    setBusy(false);
  };
  // Only the agencies that may certify (src/domain/legal-matters.ts); the server refuses others.
  const choices = (organizations.data ?? []).filter((o) => o.active && mayCertify(o.type));
  return (
    <form ref={form} aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={headingId}>{t('legalMatters.certifications.formHeading')}</h4>
      <RadioGroup
        legend={t('legalMatters.certifications.visaKind')}
        options={VISA_KINDS.map((kind) => ({
          value: kind,
          label: t(`legalMatters.certifications.visaKinds.${kind}`),
        }))}
        name="visa-kind"
        selected={visaKind}
        onChange={edit(setVisaKind)}
        error={errors.visaKind}
      />
      <RadioGroup
        legend={t('legalMatters.certifications.agencyKind')}
        options={[
          { value: 'in' as const, label: t('legalMatters.certifications.agencyInLantern') },
          { value: 'out' as const, label: t('legalMatters.certifications.agencyOutside') },
        ]}
        name="certifying-agency-kind"
        selected={inLantern}
        onChange={edit(setInLantern)}
      />
      {inLantern === 'in' ? (
        <div className="field">
          <label htmlFor={selectId}>{t('legalMatters.certifications.organization')}</label>
          {errors.organization ? (
            <p id={`${selectId}-error`} className="field-error" role="alert">
              {errors.organization}
            </p>
          ) : null}
          <select
            id={selectId}
            value={organizationId}
            required
            aria-invalid={errors.organization ? true : undefined}
            aria-describedby={errors.organization ? `${selectId}-error` : undefined}
            onChange={(event) => {
              edit(setOrganizationId)(event.target.value);
            }}
          >
            <option value="">{t('legalMatters.certifications.chooseOrganization')}</option>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <TextField
          label={t('legalMatters.certifications.outsideName')}
          value={outsideName}
          onChange={edit(setOutsideName)}
          error={errors.outsideName}
          required
        />
      )}
      <TextField
        label={t('legalMatters.certifications.receivedOn')}
        type="date"
        value={receivedOn}
        onChange={edit(setReceivedOn)}
        error={errors.receivedOn}
        required
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={removal}
            onChange={(event) => {
              edit(setRemoval)(event.target.checked);
            }}
          />{' '}
          {t('legalMatters.certifications.removalProceedings')}
        </label>
      </div>
      <ErrorMessage>{failure}</ErrorMessage>
      <button type="submit" disabled={busy}>
        {t('legalMatters.certifications.record')}
      </button>
    </form>
  );
}
