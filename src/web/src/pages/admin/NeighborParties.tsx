// An agreement's organizations of neighboring counties (docs/CONFIDENTIALITY.md, Agreements
// across counties): each with its county and where it stands; Accept / Decline for the
// coordinator of the organization's county; and, for the agreement's own coordinator, a form to
// propose one (county, then organization). What the caller may do comes from the server
// (`mayProposeNeighbor`, `mayAnswer`).
import { useId, useRef, useState } from 'react';
import type { SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listJurisdictions, listOrganizations } from '../../api';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Messages';
import { focusFirstInvalid, useApiData, useDescribeError } from '../../hooks';
import { answerNeighborParty, proposeNeighborParty } from '../../neighbors-api';
import type { Agreement, NeighborParty } from '../../types';

export function NeighborParties(props: {
  agreement: Agreement;
  /** The caller's county: another county's agreement is read-only for it. */
  jurisdictionId: string;
  onChanged: (message: string) => void;
}) {
  const { agreement, jurisdictionId, onChanged } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);

  const answer = async (party: NeighborParty, step: 'accept' | 'decline' | 'withdraw') => {
    setBusy(true);
    setFailure(null);
    try {
      await answerNeighborParty(agreement.id, party.organizationId, step);
      onChanged(
        t(
          `neighbors.${step === 'accept' ? 'accepted' : step === 'decline' ? 'declined' : 'withdrawn'}`,
          {
            organization: party.organizationName,
            title: agreement.title,
          },
        ),
      );
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="neighbor-parties" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('neighbors.heading')}</h3>
      {agreement.jurisdictionId === jurisdictionId ? null : (
        <p>{t('neighbors.ofCounty', { county: agreement.jurisdictionName })}</p>
      )}
      <ErrorMessage>{failure}</ErrorMessage>
      {agreement.neighborParties.length === 0 ? (
        <p>{t('neighbors.none')}</p>
      ) : (
        <ul>
          {agreement.neighborParties.map((party) => (
            <li key={party.organizationId}>
              {t('neighbors.partyLine', {
                organization: party.organizationName,
                county: party.jurisdictionName,
                status: t(`neighbors.status.${party.status}`),
              })}
              {party.mayAnswer ? (
                <span className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    onClick={() => void answer(party, 'accept')}
                  >
                    {t('neighbors.acceptButton')}
                    <span className="visually-hidden">
                      {' '}
                      {t('neighbors.onAgreement', {
                        organization: party.organizationName,
                        title: agreement.title,
                      })}
                    </span>
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void answer(party, 'decline')}
                  >
                    {t('neighbors.declineButton')}
                    <span className="visually-hidden">
                      {' '}
                      {t('neighbors.onAgreement', {
                        organization: party.organizationName,
                        title: agreement.title,
                      })}
                    </span>
                  </button>
                </span>
              ) : null}
              {party.mayWithdraw ? (
                <span className="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void answer(party, 'withdraw')}
                  >
                    {t('neighbors.withdrawButton')}
                    <span className="visually-hidden">
                      {' '}
                      {t('neighbors.onAgreement', {
                        organization: party.organizationName,
                        title: agreement.title,
                      })}
                    </span>
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('neighbors.opensNothing')}</p>
      {agreement.mayProposeNeighbor && !adding ? (
        <button
          type="button"
          onClick={() => {
            setAdding(true);
          }}
        >
          {t('neighbors.add')}
        </button>
      ) : null}
      {agreement.mayProposeNeighbor && adding ? (
        <ProposeForm
          agreement={agreement}
          jurisdictionId={jurisdictionId}
          onProposed={(message) => {
            setAdding(false);
            onChanged(message);
          }}
          onCancel={() => {
            setAdding(false);
          }}
        />
      ) : null}
    </section>
  );
}

/** County first, then one of its active organizations not already on the agreement. */
function ProposeForm(props: {
  agreement: Agreement;
  jurisdictionId: string;
  onProposed: (message: string) => void;
  onCancel: () => void;
}) {
  const { agreement, jurisdictionId } = props;
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [county, setCounty] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [errors, setErrors] = useState<{ county?: string; organization?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const jurisdictions = useApiData('jurisdictions', listJurisdictions);
  const organizations = useApiData(`organizations:${county || 'none'}`, () =>
    county ? listOrganizations({ jurisdictionId: county }) : Promise.resolve([]),
  );
  const onAgreement = new Set(agreement.neighborParties.map((p) => p.organizationId));
  const choices = (organizations.data ?? []).filter((o) => !onAgreement.has(o.id));
  const counties = (jurisdictions.data ?? []).filter((j) => j.id !== jurisdictionId);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!county) found.county = t('errors.chooseOne');
    else if (!organizationId) found.organization = t('errors.chooseOne');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    setBusy(true);
    try {
      await proposeNeighborParty(agreement.id, organizationId);
      const name = choices.find((o) => o.id === organizationId)?.name ?? '';
      props.onProposed(t('neighbors.proposed', { organization: name }));
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('neighbors.addHeading', { title: agreement.title })}</h4>
      <form ref={form} noValidate onSubmit={(event) => void submit(event)}>
        <ErrorMessage>
          {failure ??
            (jurisdictions.error ? describeError(jurisdictions.error) : null) ??
            (organizations.error ? describeError(organizations.error) : null)}
        </ErrorMessage>
        <Field label={t('neighbors.county')} error={errors.county} required>
          {(control) => (
            <select
              {...control}
              value={county}
              onChange={(event) => {
                setCounty(event.target.value);
                setOrganizationId('');
              }}
            >
              <option value="">{t('common.choose')}</option>
              {counties.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {county ? (
          <Field
            label={t('neighbors.organization')}
            error={errors.organization}
            hint={
              organizations.data && choices.length === 0
                ? t('neighbors.noOrganizations')
                : undefined
            }
            required
          >
            {(control) => (
              <select
                {...control}
                value={organizationId}
                onChange={(event) => {
                  setOrganizationId(event.target.value);
                }}
              >
                <option value="">{t('common.choose')}</option>
                {choices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} ({t(`organizationTypes.${o.type}`)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('neighbors.propose')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
