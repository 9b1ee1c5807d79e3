// On the youth record: a sealed case's banner (only the court roles the order names ever see the
// record, so only they see it), and the court's forms to seal the case or lift the seal
// (docs/CONFIDENTIALITY.md, "Sealed cases"). Shows nothing to anyone else.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { ErrorMessage, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDate, useApiData, useDescribeError } from '../../../hooks';
import { readSeal, sealCase, unsealCase, type SealOrder, type SealView } from '../../../seal-api';

export function SealPanel({ youthId }: { youthId: string }) {
  const { t, i18n } = useTranslation();
  const view = useApiData(`seal:${youthId}`, () => readSeal(youthId));
  const [done, setDone] = useState<string | null>(null);
  const seal = view.data?.seal ?? null;
  const actions = view.data?.allowedActions ?? [];
  if (!seal && !actions.includes('seal') && !done) return null;
  const roles = seal ? seal.rolesAllowed.map((r) => t(`seal.roles.${r}`)).join(t('seal.and')) : '';
  return (
    <>
      <StatusMessage>{done}</StatusMessage>
      {seal ? (
        <section className="message message-error" aria-labelledby="seal-banner">
          <h2 id="seal-banner">{t('seal.banner')}</h2>
          <p>
            {t('seal.bannerDetail', {
              number: seal.orderNumber ?? t('seal.numberUnreadable'),
              date: formatDate(seal.orderDate, i18n.language),
              who: seal.sealedByName,
              roles,
            })}
          </p>
        </section>
      ) : null}
      {actions.includes('seal') || actions.includes('unseal') ? (
        <OrderForm
          kind={actions.includes('unseal') ? 'unseal' : 'seal'}
          onSubmit={async (order) => {
            const next: SealView = actions.includes('unseal')
              ? await unsealCase(youthId, order)
              : await sealCase(youthId, order);
            setDone(t(next.sealed ? 'seal.sealed' : 'seal.unsealed'));
            view.reload();
          }}
        />
      ) : null}
    </>
  );
}

function OrderForm(props: {
  kind: 'seal' | 'unseal';
  onSubmit: (order: SealOrder) => Promise<void>;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [orderNumber, setOrderNumber] = useState('');
  const [orderDate, setOrderDate] = useState('');
  const [errors, setErrors] = useState<{ orderNumber?: string; orderDate?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!orderNumber.trim()) found.orderNumber = t('seal.required');
    if (!orderDate) found.orderDate = t('seal.required');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit({ orderNumber: orderNumber.trim(), orderDate });
      setOrderNumber('');
      setOrderDate('');
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  const heading = props.kind === 'seal' ? t('seal.sealHeading') : t('seal.unsealHeading');
  return (
    <details className="panel">
      <summary id={headingId}>{heading}</summary>
      <p>{props.kind === 'seal' ? t('seal.sealIntro') : t('seal.unsealIntro')}</p>
      <form
        ref={form}
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => void submit(event)}
      >
        <ErrorMessage>{failure}</ErrorMessage>
        <TextField
          label={t('seal.orderNumber')}
          value={orderNumber}
          onChange={setOrderNumber}
          error={errors.orderNumber}
          required
        />
        <Field label={t('seal.orderDate')} error={errors.orderDate} required>
          {(control) => (
            <input
              {...control}
              type="date"
              value={orderDate}
              onChange={(event) => {
                setOrderDate(event.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="primary danger" disabled={busy}>
          {props.kind === 'seal' ? t('seal.submitSeal') : t('seal.submitUnseal')}
        </button>
      </form>
    </details>
  );
}
