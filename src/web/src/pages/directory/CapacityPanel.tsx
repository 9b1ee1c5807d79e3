// Open places: what the service last reported and, for those the server allows (the provider,
// the coordinator, an administrator), a one-action form that updates it in place.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateServiceCapacity } from '../../api';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { WholeNumberField, parseWholeNumber } from '../../components/WholeNumberField';
import { focusFirstInvalid, useDescribeError } from '../../hooks';
import type { DirectoryServiceDetail } from '../../types';
import { capacityBadge, capacityText } from './format';

const MOST_PLACES = 100000;

export function CapacityPanel(props: {
  service: DirectoryServiceDetail;
  onSaved: (service: DirectoryServiceDetail) => void;
}) {
  const { service } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [available, setAvailable] = useState(String(service.capacity?.available ?? ''));
  const [maximum, setMaximum] = useState(
    service.capacity?.maximum === null || service.capacity?.maximum === undefined
      ? ''
      : String(service.capacity.maximum),
  );
  const [errors, setErrors] = useState<{ available?: string; maximum?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = capacityText(service.capacity, t, i18n.language);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    setFailure(null);
    const open = parseWholeNumber(available, 0, MOST_PLACES);
    const total = maximum.trim() === '' ? null : parseWholeNumber(maximum, 0, MOST_PLACES);
    const found: { available?: string; maximum?: string } = {};
    const range = t('errors.wholeNumber', { min: 0, max: MOST_PLACES });
    if (open === null) found.available = range;
    if (maximum.trim() !== '' && total === null) found.maximum = range;
    else if (open !== null && total !== null && open > total) {
      found.available = t('servicePage.overMaximum');
    }
    setErrors(found);
    if (open === null || Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      const updated = await updateServiceCapacity(service.id, { available: open, maximum: total });
      props.onSaved(updated);
      setSaved(
        t('servicePage.capacitySaved', {
          capacity: capacityText(updated.capacity, t, i18n.language) ?? '',
        }),
      );
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('servicePage.capacity')}</h2>
      <p>
        {current === null ? (
          t('servicePage.capacityUnknown')
        ) : (
          <span className={capacityBadge(service.capacity)}>{current}</span>
        )}
      </p>
      <StatusMessage>{saved}</StatusMessage>
      {service.mayUpdateCapacity ? (
        <form
          ref={form}
          className="panel capacity-form"
          aria-label={t('servicePage.updateCapacity')}
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <h3>{t('servicePage.updateCapacity')}</h3>
          <ErrorMessage>{failure}</ErrorMessage>
          <div className="capacity-fields">
            <WholeNumberField
              label={t('servicePage.available')}
              value={available}
              onChange={setAvailable}
              error={errors.available}
              required
            />
            <WholeNumberField
              label={t('servicePage.maximum')}
              hint={t('servicePage.maximumHint')}
              value={maximum}
              onChange={setMaximum}
              error={errors.maximum}
            />
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {t('servicePage.saveCapacity')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
