// "People around the youth" on the record: whom the team verified (and how), did not, or must never
// hand the child to, with each person's history. Shown as the server decided the reader may see
// it; the forms only where it says the reader may list or change (mayRecord, mayChange).
import { useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_STATUSES,
  VERIFICATION_METHODS,
  type ContactStatus,
  type VerificationMethod,
} from '../../../../../domain/verified-contacts.js';
import {
  addContact,
  changeContact,
  listContacts,
  type Contact,
  type ContactChange,
} from '../../../contacts-api';
import { Field } from '../../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { focusFirstInvalid, formatDateTime, useApiData, useDescribeError } from '../../../hooks';

const BADGE: Record<ContactStatus, string> = {
  verified: 'badge badge-on',
  not_verified: 'badge badge-off',
  do_not_release: 'badge badge-warn',
};

export function ContactsSection({ youthId }: { youthId: string }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const list = useApiData(`contacts:${youthId}`, () => listContacts(youthId));
  if (list.error) return <ErrorMessage>{describeError(list.error)}</ErrorMessage>;
  if (!list.data) return <Loading label={t('common.loading')} />;
  const { contacts, mayRecord } = list.data;
  return (
    <div className="contacts">
      <p>{t('contacts.intro')}</p>
      {contacts.length === 0 ? <p>{t('contacts.empty')}</p> : null}
      <ul className="notes">
        {contacts.map((contact) => (
          <ContactItem key={contact.id} contact={contact} onChanged={list.reload} />
        ))}
      </ul>
      {mayRecord ? <AddContactForm youthId={youthId} onAdded={list.reload} /> : null}
    </div>
  );
}

function ContactItem({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="note contact">
      <h3>
        {contact.name}{' '}
        <span className={BADGE[contact.status]}>{t(`contacts.statuses.${contact.status}`)}</span>
      </h3>
      {contact.aliases.length > 0 ? (
        <p>{t('contacts.aliases', { aliases: contact.aliases.join(', ') })}</p>
      ) : null}
      <p>{t('contacts.relationship', { relationship: contact.relationship })}</p>
      {contact.method ? <p>{t(`contacts.methods.${contact.method}`)}</p> : null}
      {contact.reason ? <p>{t('contacts.reason', { reason: contact.reason })}</p> : null}
      <p className="muted">
        {t('contacts.listedBy', { organization: contact.recordedByOrganizationName })}
      </p>
      <details>
        <summary>{t('contacts.history')}</summary>
        <ol>
          {contact.history.map((entry) => (
            <li key={entry.id}>
              {t('contacts.historyEntry', {
                status: t(`contacts.statuses.${entry.status}`),
                who: entry.recordedByName,
                organization: entry.recordedByOrganizationName,
                when: formatDateTime(entry.recordedAt, i18n.language),
              })}
              {entry.method ? ` · ${t(`contacts.methods.${entry.method}`)}` : ''}
              {entry.note ? ` · ${entry.note}` : ''}
              {entry.reason ? ` · ${entry.reason}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {contact.mayChange ? <ChangeStatusForm contact={contact} onChanged={onChanged} /> : null}
    </li>
  );
}

interface StatusDraft {
  status: ContactStatus;
  method: VerificationMethod | '';
  note: string;
  reason: string;
}

const EMPTY_STATUS: StatusDraft = { status: 'not_verified', method: '', note: '', reason: '' };

type StatusErrors = Partial<Record<'method' | 'reason', string>>;

/** The status fields' errors, as the server would refuse them, before sending. */
function statusErrors(draft: StatusDraft, required: string): StatusErrors {
  const errors: StatusErrors = {};
  if (draft.status === 'verified' && draft.method === '') errors.method = required;
  if (draft.status === 'do_not_release' && draft.reason.trim() === '') errors.reason = required;
  return errors;
}

/** What the API takes for a status: only the fields that go with it. */
function statusBody(draft: StatusDraft): Required<Pick<ContactChange, 'status'>> & ContactChange {
  return {
    status: draft.status,
    ...(draft.status === 'verified' && draft.method !== '' ? { method: draft.method } : {}),
    ...(draft.status !== 'do_not_release' && draft.note.trim() ? { note: draft.note } : {}),
    ...(draft.status === 'do_not_release' ? { reason: draft.reason } : {}),
  };
}

function StatusFields(props: {
  draft: StatusDraft;
  onChange: (draft: StatusDraft) => void;
  errors: StatusErrors;
}) {
  const { t } = useTranslation();
  const { draft, onChange, errors } = props;
  return (
    <>
      <Field label={t('contacts.status')} required>
        {(control) => (
          <select
            {...control}
            value={draft.status}
            onChange={(event) => {
              onChange({ ...draft, status: event.target.value as ContactStatus });
            }}
          >
            {CONTACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`contacts.statuses.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.status === 'verified' ? (
        <Field label={t('contacts.method')} error={errors.method} required>
          {(control) => (
            <select
              {...control}
              value={draft.method}
              onChange={(event) => {
                onChange({ ...draft, method: event.target.value as VerificationMethod | '' });
              }}
            >
              <option value="">{t('contacts.chooseMethod')}</option>
              {VERIFICATION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`contacts.methods.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {draft.status === 'do_not_release' ? (
        <TextField
          label={t('contacts.reasonField')}
          hint={t('contacts.reasonHint')}
          value={draft.reason}
          onChange={(reason) => {
            onChange({ ...draft, reason });
          }}
          error={errors.reason}
          required
          multiline
        />
      ) : (
        <TextField
          label={t('contacts.note')}
          hint={t('contacts.noteHint')}
          value={draft.note}
          onChange={(note) => {
            onChange({ ...draft, note });
          }}
          optional
        />
      )}
    </>
  );
}

function AddContactForm({ youthId, onAdded }: { youthId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState('');
  const [relationship, setRelationship] = useState('');
  const [draft, setDraft] = useState<StatusDraft>(EMPTY_STATUS);
  const [errors, setErrors] = useState<StatusErrors & { name?: string; relationship?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = t('contacts.required');
    const found = {
      ...statusErrors(draft, required),
      ...(name.trim() ? {} : { name: required }),
      ...(relationship.trim() ? {} : { relationship: required }),
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
      await addContact(youthId, {
        name,
        relationship,
        aliases: aliases
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        ...statusBody(draft),
      });
      setName('');
      setAliases('');
      setRelationship('');
      setDraft(EMPTY_STATUS);
      setSaved(true);
      onAdded();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      noValidate
      className="stack"
      aria-labelledby="contact-add-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="contact-add-heading">{t('contacts.addHeading')}</h3>
      {saved ? <StatusMessage>{t('contacts.added')}</StatusMessage> : null}
      {failure ? <ErrorMessage>{failure}</ErrorMessage> : null}
      <TextField
        label={t('contacts.name')}
        value={name}
        onChange={setName}
        error={errors.name}
        required
        autoComplete="off"
      />
      <TextField
        label={t('contacts.aliasesField')}
        hint={t('contacts.aliasesHint')}
        value={aliases}
        onChange={setAliases}
        optional
        multiline
      />
      <TextField
        label={t('contacts.relationshipField')}
        hint={t('contacts.relationshipHint')}
        value={relationship}
        onChange={setRelationship}
        error={errors.relationship}
        required
      />
      <StatusFields draft={draft} onChange={setDraft} errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('contacts.add')}
        </button>
      </div>
    </form>
  );
}

function ChangeStatusForm({ contact, onChanged }: { contact: Contact; onChanged: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<StatusDraft>({ ...EMPTY_STATUS, status: contact.status });
  const [errors, setErrors] = useState<StatusErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = `contact-change-${contact.id}`;

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = statusErrors(draft, t('contacts.required'));
    setErrors(found);
    setSaved(false);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await changeContact(contact.id, statusBody(draft));
      setSaved(true);
      onChanged();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details>
      <summary>{t('contacts.changeHeading', { name: contact.name })}</summary>
      <form
        ref={form}
        noValidate
        className="stack"
        aria-labelledby={headingId}
        onSubmit={(event) => void submit(event)}
      >
        <h4 id={headingId} className="visually-hidden">
          {t('contacts.changeHeading', { name: contact.name })}
        </h4>
        {saved ? <StatusMessage>{t('contacts.changed')}</StatusMessage> : null}
        {failure ? <ErrorMessage>{failure}</ErrorMessage> : null}
        <StatusFields draft={draft} onChange={setDraft} errors={errors} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('contacts.change')}
          </button>
        </div>
      </form>
    </details>
  );
}
