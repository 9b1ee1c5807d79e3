// One recorded consent: who may see what, until when, how it was explained, its state, and
// which holders have let their information go.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { ConsentView, TeamMember } from '../../types';
import { ReleaseAnswers } from './ReleaseAnswers';

export function consentState(consent: ConsentView): 'inForce' | 'revoked' | 'notInForce' {
  if (consent.revokedAt !== null) return 'revoked';
  return consent.current ? 'inForce' : 'notInForce';
}

/** "es" -> "Spanish" in the reader's language; any other recorded text as it was written. */
export function useLanguageName(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => (code === 'en' || code === 'es' ? t(`language.${code}`) : code);
}

export function ConsentCard(props: {
  consent: ConsentView;
  organizationNames: ReadonlyMap<string, string>;
  /** The case team: the organizations that answer for the information they hold. */
  team: readonly TeamMember[];
  children?: ReactNode;
}) {
  const { consent, organizationNames } = props;
  const { t, i18n } = useTranslation();
  const languageName = useLanguageName();
  const headingId = useId();
  const state = consentState(consent);
  const recipients = consent.recipientOrganizationIds.map(
    (id) => organizationNames.get(id) ?? t('agreements.unknownOrganization'),
  );
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('consent.cardHeading', {
          categories: consent.categories.map((c) => t(`dataCategories.${c}`)).join(', '),
        })}
      </h3>
      <p className={state === 'inForce' ? 'badge badge-on' : 'badge badge-off'}>
        {t(`consent.states.${state}`)}
      </p>
      <dl className="details">
        <div>
          <dt>{t('consent.recipients')}</dt>
          <dd>{recipients.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('consent.purpose')}</dt>
          <dd>{consent.purpose}</dd>
        </div>
        <div>
          <dt>{t('consent.dates')}</dt>
          <dd>
            {t('agreements.dateRange', {
              from: formatDate(consent.signedAt, i18n.language),
              to: formatDate(consent.expiresAt, i18n.language),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('consent.givenBy')}</dt>
          <dd>{t(`consent.givers.${consent.givenBy}`)}</dd>
        </div>
        <div>
          <dt>{t('consent.explained')}</dt>
          <dd>
            {t('consent.explainedHow', {
              method: consent.explanationMethod,
              language: languageName(consent.explanationLanguage),
            })}
          </dd>
        </div>
        <ReleaseAnswers consent={consent} team={props.team} organizationNames={organizationNames} />
      </dl>
      {props.children}
    </article>
  );
}
