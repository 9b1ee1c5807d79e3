// Protective orders on the record: the orders the reader may see, in force or not, and the form to
// record one where the server says the reader may (mayRecord). The restrained person is one listed
// around the youth, or a name typed here.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROTECTIVE_ORDER_TYPES,
  type ProtectiveOrderType,
} from '../../../../../domain/protective-orders.js';
import { listContacts } from '../../../contacts-api';
import {
  listProtectiveOrders,
  recordProtectiveOrder,
  type ProtectiveOrder,
} from '../../../court-api';
import { Field } from '../../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDate, useApiData, useDescribeError } from '../../../hooks';

export function ProtectiveOrdersPanel({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const list = useApiData(`protective-orders:${youthId}`, () => listProtectiveOrders(youthId));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('protectiveOrders.heading')}</h3>
      <p className="muted">{t('protectiveOrders.intro')}</p>
      {list.error ? <ErrorMessage>{describeError(list.error)}</ErrorMessage> : null}
      {!list.data ? (
        list.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <>
          {list.data.orders.length === 0 ? <p>{t('protectiveOrders.empty')}</p> : null}
          <ul className="notes">
            {list.data.orders.map((order) => (
              <OrderItem key={order.id} order={order} />
            ))}
          </ul>
          {list.data.mayRecord ? <OrderForm youthId={youthId} onAdded={list.reload} /> : null}
        </>
      )}
    </section>
  );
}

function OrderItem({ order }: { order: ProtectiveOrder }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="note">
      <p>
        {t('protectiveOrders.summary', {
          type: t(`protectiveOrders.types.${order.type}`),
          court: order.court,
          issued: formatDate(order.issuedOn, i18n.language),
          expires: formatDate(order.expiresOn, i18n.language),
        })}{' '}
        <span className={order.inForce ? 'badge badge-warn' : 'badge badge-off'}>
          {order.inForce ? t('protectiveOrders.inForce') : t('protectiveOrders.notInForce')}
        </span>
      </p>
      <p>
        {t('protectiveOrders.restrains', {
          name: [order.restrainedName, ...order.restrainedAliases].join(', '),
        })}
      </p>
      <p className="muted">
        {t('protectiveOrders.recordedBy', {
          name: order.recordedByName,
          organization: order.recordedByOrganizationName,
        })}
      </p>
    </li>
  );
}

type Errors = Partial<Record<'court' | 'issuedOn' | 'expiresOn' | 'person', string>>;

function OrderForm({ youthId, onAdded }: { youthId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const headingId = useId();
  // The people the reader may see around the youth, to link the restrained person to.
  const contacts = useApiData(`contacts:${youthId}`, () => listContacts(youthId));
  const [type, setType] = useState<ProtectiveOrderType>('temporary');
  const [court, setCourt] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [contactId, setContactId] = useState('');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const listed = contacts.data?.contacts ?? [];

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = t('protectiveOrders.required');
    const found: Errors = {
      ...(court.trim() ? {} : { court: required }),
      ...(issuedOn ? {} : { issuedOn: required }),
      ...(expiresOn ? {} : { expiresOn: required }),
      ...(contactId || name.trim() ? {} : { person: required }),
      ...(issuedOn && expiresOn && expiresOn < issuedOn
        ? { expiresOn: t('protectiveOrders.expiresBeforeIssued') }
        : {}),
    };
    setErrors(found);
    setSaved(false);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await recordProtectiveOrder(youthId, {
        type,
        court,
        issuedOn,
        expiresOn,
        ...(contactId
          ? { restrainedContactId: contactId }
          : {
              restrainedName: name,
              restrainedAliases: aliases
                .split('\n')
                .map((a) => a.trim())
                .filter(Boolean),
            }),
      });
      setCourt('');
      setIssuedOn('');
      setExpiresOn('');
      setContactId('');
      setName('');
      setAliases('');
      setSaved(true);
      onAdded();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('protectiveOrders.addHeading')}</summary>
      <form
        ref={form}
        noValidate
        className="stack"
        aria-labelledby={headingId}
        onSubmit={(event) => void submit(event)}
      >
        <h4 id={headingId} className="visually-hidden">
          {t('protectiveOrders.addHeading')}
        </h4>
        {saved ? <StatusMessage>{t('protectiveOrders.added')}</StatusMessage> : null}
        {failure ? <ErrorMessage>{failure}</ErrorMessage> : null}
        <Field label={t('protectiveOrders.type')} required>
          {(control) => (
            <select
              {...control}
              value={type}
              onChange={(event) => {
                setType(event.target.value as ProtectiveOrderType);
              }}
            >
              {PROTECTIVE_ORDER_TYPES.map((value) => (
                <option key={value} value={value}>
                  {t(`protectiveOrders.types.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t('protectiveOrders.court')}
          value={court}
          onChange={setCourt}
          error={errors.court}
          required
        />
        <TextField
          label={t('protectiveOrders.issuedOn')}
          type="date"
          value={issuedOn}
          onChange={setIssuedOn}
          error={errors.issuedOn}
          required
        />
        <TextField
          label={t('protectiveOrders.expiresOn')}
          type="date"
          value={expiresOn}
          onChange={setExpiresOn}
          error={errors.expiresOn}
          required
        />
        {listed.length > 0 ? (
          <Field label={t('protectiveOrders.personListed')} optional>
            {(control) => (
              <select
                {...control}
                value={contactId}
                onChange={(event) => {
                  setContactId(event.target.value);
                }}
              >
                <option value="">{t('protectiveOrders.personTyped')}</option>
                {listed.map((contact) => (
                  <option key={contact.id} value={contact.id}>
                    {contact.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {contactId ? null : (
          <>
            <TextField
              label={t('protectiveOrders.person')}
              value={name}
              onChange={setName}
              error={errors.person}
              required
              autoComplete="off"
            />
            <TextField
              label={t('protectiveOrders.aliases')}
              hint={t('protectiveOrders.aliasesHint')}
              value={aliases}
              onChange={setAliases}
              multiline
            />
          </>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('protectiveOrders.add')}
          </button>
        </div>
      </form>
    </details>
  );
}
