// Waivers and court orders disclosing privileged notes: those of the caller's organization (for
// its qualified caseworkers) and those naming it; a caseworker of the authoring organization
// records the youth's waiver or a court order, and revokes one at once.
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosureKind } from '../../../../domain/case-access.js';
import { listDisclosures, listOrganizations, recordDisclosure, revokeDisclosure } from '../../api';
import type { DisclosureFields } from '../../api';
import { ConfirmActions, useFocusAfterConfirm } from '../../components/ConfirmActions';
import { CheckboxGroup, RadioGroup } from '../../components/Field';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { TextField } from '../../components/TextField';
import {
  focusFirstInvalid,
  formatDate,
  formatDateTime,
  useApiData,
  useDescribeError,
} from '../../hooks';
import { useSignedIn } from '../../session';
import type { Disclosure, Note, Organization, YouthRecord } from '../../types';
import { localToday } from './names';

const EXCERPT_LENGTH = 60;

/** The first words of a note, to tell notes apart in a list of checkboxes. */
function excerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

export function DisclosuresPanel(props: {
  youth: YouthRecord;
  /** The privileged notes the caller may read (those offered for a waiver are its own). */
  notes: readonly Note[];
  canRecord: boolean;
  onChanged: () => void;
}) {
  const { youth, notes, canRecord } = props;
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const describeError = useDescribeError();
  const headingId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const disclosures = useApiData(`disclosures:${youth.id}`, () => listDisclosures(youth.id));
  const organizations = useApiData(`organizations:${youth.jurisdictionId}:all`, () =>
    listOrganizations({ jurisdictionId: youth.jurisdictionId, includeInactive: true }),
  );
  const all = organizations.data ?? [];
  const names = new Map(all.map((o) => [o.id, o.name]));
  const found = disclosures.data ?? [];
  const ownNotes = notes.filter((n) => n.authorOrganizationId === user.organizationId);
  const loadError = disclosures.error ?? organizations.error;
  const changed = (message: string) => {
    setSaved(message);
    disclosures.reload();
    props.onChanged();
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('disclosures.heading')}</h3>
      <p>{t('disclosures.holder')}</p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{loadError ? describeError(loadError) : null}</ErrorMessage>
      {disclosures.data === undefined && disclosures.loading ? (
        <Loading label={t('common.loading')} />
      ) : found.length === 0 ? (
        <p>{t('disclosures.none')}</p>
      ) : (
        <ul className="cards">
          {found.map((disclosure) => (
            <li key={disclosure.id}>
              <DisclosureCard
                disclosure={disclosure}
                notes={notes}
                organizationNames={names}
                canRevoke={canRecord && disclosure.authorOrganizationId === user.organizationId}
                onRevoked={() => {
                  changed(t('disclosures.revoked'));
                }}
                onAsk={() => {
                  setSaved(null);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {canRecord ? (
        organizations.data === undefined ? (
          <Loading label={t('common.loading')} />
        ) : (
          <DisclosureForm
            youthId={youth.id}
            notes={ownNotes}
            organizations={all.filter(
              (o) =>
                o.active &&
                o.jurisdictionId === youth.jurisdictionId &&
                o.type !== 'oversight' &&
                o.id !== user.organizationId,
            )}
            onRecorded={() => {
              changed(t('disclosures.recorded'));
            }}
            onEdit={() => {
              setSaved(null);
            }}
          />
        )
      ) : null}
    </section>
  );
}

function disclosureState(disclosure: Disclosure): 'inForce' | 'revoked' | 'ended' {
  if (disclosure.revokedAt !== null) return 'revoked';
  return disclosure.current ? 'inForce' : 'ended';
}

function DisclosureCard(props: {
  disclosure: Disclosure;
  notes: readonly Note[];
  organizationNames: ReadonlyMap<string, string>;
  canRevoke: boolean;
  onRevoked: () => void;
  onAsk: () => void;
}) {
  const { disclosure, organizationNames } = props;
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const ask = useFocusAfterConfirm(confirming);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = disclosureState(disclosure);
  const date = (value: string) => formatDate(value, i18n.language);
  const known = new Map(props.notes.map((n) => [n.id, n]));

  const revoke = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await revokeDisclosure(disclosure.id);
      setConfirming(false);
      props.onRevoked();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <article className="card" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(`disclosures.kinds.${disclosure.kind}`)}</h4>
      <p className={state === 'inForce' ? 'badge badge-on' : 'badge badge-off'}>
        {t(`disclosures.states.${state}`)}
      </p>
      <dl className="details">
        <div>
          <dt>{t('disclosures.which')}</dt>
          <dd>
            {disclosure.noteIds ? (
              <>
                {t('disclosures.notesCount', { count: disclosure.noteIds.length })}
                {disclosure.noteIds.some((id) => known.has(id)) ? (
                  <ul>
                    {disclosure.noteIds.map((id) => {
                      const note = known.get(id);
                      return note ? (
                        <li key={id}>
                          {t('disclosures.noteOf', {
                            when: formatDateTime(note.createdAt, i18n.language),
                            author: note.authorName,
                          })}
                        </li>
                      ) : null;
                    })}
                  </ul>
                ) : null}
              </>
            ) : (
              t('disclosures.period', {
                from: date(disclosure.periodFrom ?? ''),
                to: date(disclosure.periodTo ?? ''),
              })
            )}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.recipients')}</dt>
          <dd>
            {disclosure.recipientOrganizationIds
              .map((id) => organizationNames.get(id) ?? t('agreements.unknownOrganization'))
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('disclosures.until')}</dt>
          <dd>{date(disclosure.expiresOn)}</dd>
        </div>
        <div>
          <dt>{t('disclosures.signedOn')}</dt>
          <dd>{date(disclosure.signedOn)}</dd>
        </div>
        {disclosure.court ? (
          <div>
            <dt>{t('disclosures.court')}</dt>
            <dd>
              {disclosure.orderDate
                ? t('legalBases.courtOn', {
                    court: disclosure.court,
                    date: date(disclosure.orderDate),
                  })
                : disclosure.court}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('disclosures.by')}</dt>
          <dd>
            {organizationNames.get(disclosure.authorOrganizationId) ??
              t('agreements.unknownOrganization')}
          </dd>
        </div>
      </dl>
      <ErrorMessage>{failure}</ErrorMessage>
      {props.canRevoke && state === 'inForce' ? (
        confirming ? (
          <ConfirmActions
            question={t('disclosures.revokeExplain')}
            confirmLabel={t('disclosures.revokeConfirm')}
            busy={busy}
            onConfirm={() => void revoke()}
            onCancel={() => {
              setConfirming(false);
            }}
          />
        ) : (
          <button
            ref={ask}
            type="button"
            aria-describedby={headingId}
            onClick={() => {
              props.onAsk();
              setConfirming(true);
            }}
          >
            {t('disclosures.revoke')}
          </button>
        )
      ) : null}
    </article>
  );
}

type Scope = 'notes' | 'period';

interface Errors {
  notes?: string;
  periodFrom?: string;
  periodTo?: string;
  recipients?: string;
  expiresOn?: string;
  signedOn?: string;
  court?: string;
  orderDate?: string;
}

function DisclosureForm(props: {
  youthId: string;
  notes: readonly Note[];
  organizations: readonly Organization[];
  onRecorded: () => void;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<DisclosureKind>('waiver');
  const [scope, setScope] = useState<Scope>('notes');
  const [noteIds, setNoteIds] = useState<string[]>([]);
  const [periodFrom, setPeriodFrom] = useState('');
  const [periodTo, setPeriodTo] = useState('');
  const [recipients, setRecipients] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [signedOn, setSignedOn] = useState(() => localToday());
  const [court, setCourt] = useState('');
  const [orderDate, setOrderDate] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isOrder = kind === 'court_order';
  const edited = <T,>(set: (value: T) => void) => {
    return (value: T) => {
      set(value);
      props.onEdit();
    };
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (scope === 'notes' && noteIds.length === 0) found.notes = t('disclosures.errors.notes');
    if (scope === 'period') {
      if (!periodFrom) found.periodFrom = t('errors.date');
      if (!periodTo) found.periodTo = t('errors.date');
      else if (periodFrom && periodTo < periodFrom) found.periodTo = t('errors.endBeforeStart');
    }
    if (recipients.length === 0) found.recipients = t('disclosures.errors.recipients');
    if (!expiresOn) found.expiresOn = t('disclosures.errors.expiresRequired');
    else if (expiresOn < localToday()) found.expiresOn = t('disclosures.errors.expiresPast');
    if (!signedOn) found.signedOn = t('errors.date');
    if (isOrder && !court.trim()) found.court = t('errors.required');
    if (isOrder && !orderDate) found.orderDate = t('errors.date');
    return found;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    const fields: DisclosureFields = {
      kind,
      recipientOrganizationIds: recipients,
      expiresOn,
      signedOn,
      ...(isOrder ? { court: court.trim(), orderDate } : {}),
      ...(scope === 'notes' ? { noteIds } : { periodFrom, periodTo }),
    };
    setBusy(true);
    try {
      await recordDisclosure(props.youthId, fields);
      setNoteIds([]);
      setPeriodFrom('');
      setPeriodTo('');
      setRecipients([]);
      setExpiresOn('');
      setCourt('');
      setOrderDate('');
      props.onRecorded();
    } catch (error) {
      setFailure(describeError(error));
    }
    setBusy(false);
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('disclosures.formHeading')}</h4>
      <p>{t('disclosures.formIntro')}</p>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>{failure}</ErrorMessage>
        <RadioGroup
          legend={t('disclosures.kind')}
          name="disclosure-kind"
          options={[
            { value: 'waiver', label: t('disclosures.kindChoices.waiver') },
            { value: 'court_order', label: t('disclosures.kindChoices.court_order') },
          ]}
          selected={kind}
          onChange={edited(setKind)}
        />
        {isOrder ? (
          <div className="field-row">
            <TextField
              label={t('legalBases.court')}
              hint={t('legalBases.courtHint')}
              value={court}
              onChange={edited(setCourt)}
              error={errors.court}
              required
            />
            <TextField
              label={t('legalBases.orderDate')}
              type="date"
              value={orderDate}
              onChange={edited(setOrderDate)}
              error={errors.orderDate}
              required
            />
          </div>
        ) : null}
        <RadioGroup
          legend={t('disclosures.which')}
          name="disclosure-scope"
          options={[
            { value: 'notes', label: t('disclosures.scopes.notes') },
            { value: 'period', label: t('disclosures.scopes.period') },
          ]}
          selected={scope}
          onChange={edited(setScope)}
        />
        {scope === 'notes' ? (
          props.notes.length === 0 ? (
            <p>{t('disclosures.noOwnNotes')}</p>
          ) : (
            <CheckboxGroup
              legend={t('disclosures.notesLegend')}
              options={props.notes.map((note) => ({
                value: note.id,
                label: t('disclosures.noteOption', {
                  when: formatDateTime(note.createdAt, i18n.language),
                  author: note.authorName,
                  excerpt: excerpt(note.body),
                }),
              }))}
              selected={noteIds}
              onChange={edited(setNoteIds)}
              error={errors.notes}
            />
          )
        ) : (
          <div className="field-row">
            <TextField
              label={t('disclosures.periodFrom')}
              type="date"
              value={periodFrom}
              onChange={edited(setPeriodFrom)}
              error={errors.periodFrom}
              required
            />
            <TextField
              label={t('disclosures.periodTo')}
              type="date"
              value={periodTo}
              onChange={edited(setPeriodTo)}
              error={errors.periodTo}
              required
            />
          </div>
        )}
        <CheckboxGroup
          legend={t('disclosures.recipientsLegend')}
          hint={t('disclosures.recipientsHint')}
          options={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
          selected={recipients}
          onChange={edited(setRecipients)}
          error={errors.recipients}
        />
        <div className="field-row">
          <TextField
            label={t('disclosures.signedOnLabel')}
            hint={t('disclosures.signedOnHint')}
            type="date"
            value={signedOn}
            onChange={edited(setSignedOn)}
            error={errors.signedOn}
            required
          />
          <TextField
            label={t('disclosures.expiresOn')}
            hint={t('disclosures.expiresOnHint')}
            type="date"
            value={expiresOn}
            onChange={edited(setExpiresOn)}
            error={errors.expiresOn}
            required
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('disclosures.submit')}
        </button>
      </form>
    </section>
  );
}
